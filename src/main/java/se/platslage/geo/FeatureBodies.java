package se.platslage.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A GeoJSON Feature sent to an {@link AcceptsFeature} record becomes the record's flat shape before it is bound:
 * the members of {@code properties}, and {@code geometry} where it is the record's own. The Feature's
 * {@code id} and every read-only property ({@code actions}, labels, counts) are left to the binding, which
 * ignores members the record does not have; the path names the record and {@code version} (or If-Match) still
 * guards the write. A body that is not a Feature passes unchanged, so the flat shape keeps working.
 *
 * IMPLEMENTATION NOTE: this is done on the JSON tree, not in each record, because the records share no type
 * and the rule (read properties and geometry, nothing else) is the same for all of them.
 */
@ControllerAdvice
class FeatureBodies extends RequestBodyAdviceAdapter {

    private final ObjectMapper json;

    FeatureBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return parameter.getParameterType().isAnnotationPresent(AcceptsFeature.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            // Not JSON: the converter reports it as it would have without this advice.
            return message(body, input.getHeaders());
        }
        if (root == null || !root.path("type").asText("").equals("Feature") || !root.path("properties").isObject()) {
            return message(body, input.getHeaders());
        }
        ObjectNode flat = ((ObjectNode) root.get("properties")).deepCopy();
        String flag = parameter.getParameterType().getAnnotation(AcceptsFeature.class).ownGeometryFlag();
        boolean ownGeometry = flag.isEmpty() || flat.path(flag).asBoolean(false);
        if (ownGeometry && root.has("geometry")) {
            flat.set("geometry", root.get("geometry"));
        } else {
            flat.remove("geometry");
        }
        return message(json.writeValueAsBytes(flat), input.getHeaders());
    }

    private static HttpInputMessage message(byte[] body, HttpHeaders headers) {
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
