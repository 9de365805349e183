package se.platslage.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
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
 * new endpoint or a mistake. A record (or a list of them) cannot lose a property, so for such a user it is
 * written as its JSON tree, redacted the same way, unless its declared type cannot carry a police-only field
 * ({@link PoliceFieldTypes}): the detour doubles the cost of writing the answer (about 35 to 80 ms for the city's
 * 10,000-measure map layer, measured once on a loaded machine).
 */
@ControllerAdvice
class PoliceFieldsAdvice implements ResponseBodyAdvice<Object> {

    private final CurrentActor current;
    private final ObjectMapper json;

    PoliceFieldsAdvice(CurrentActor current, ObjectMapper json) {
        this.current = current;
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof byte[] || current.get().seesPoliceFields()) {
            return body;
        }
        if (isTyped(body)) {
            if (!PoliceFieldTypes.mayCarry(ResolvableType.forMethodParameter(returnType))) {
                return body;
            }
            JsonNode tree = json.valueToTree(body);
            PoliceFields.redact(tree);
            return tree;
        }
        PoliceFields.redact(body);
        return body;
    }

    private static boolean isTyped(Object body) {
        if (body instanceof Record) {
            return true;
        }
        return body instanceof Iterable<?> items && items.iterator().hasNext() && items.iterator().next() instanceof Record;
    }
}
