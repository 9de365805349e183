package se.platslage.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * A reference to another record in a request body: its id, or the object GET wrote for it
 * ({@code {"id": 3, "name": "Hässelby torg"}}), of which only {@code id} is read. So a body read with GET can
 * be sent back unchanged. Use as {@code @JsonDeserialize(contentUsing = RecordReference.class)}.
 */
public class RecordReference extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        JsonNode id = node.isObject() ? node.get("id") : node;
        if (id != null && id.isIntegralNumber() && id.canConvertToLong()) {
            return id.asLong();
        }
        if (id != null && id.isTextual() && id.asText().matches("\\d{1,18}")) {
            return Long.valueOf(id.asText());
        }
        throw InvalidFormatException.from(parser, "must be a record id or an object with an id", node.toString(),
                Long.class);
    }
}
