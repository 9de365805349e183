package se.platslage.audit;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import se.platslage.security.CurrentActor;

/**
 * The last gate before a JSON answer leaves: for a user who may not see police-only fields, any that a
 * controller let through are removed. The services leave them out in the first place; this catches a
 * new endpoint or a mistake.
 */
@ControllerAdvice
class PoliceFieldsAdvice implements ResponseBodyAdvice<Object> {

    private final CurrentActor current;

    PoliceFieldsAdvice(CurrentActor current) {
        this.current = current;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body != null && !(body instanceof byte[]) && !current.get().seesPoliceFields()) {
            PoliceFields.redact(body);
        }
        return body;
    }
}
