package se.platslage.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in request bodies: a string {@code YYYY-MM-DD} with a year from {@value #MIN_YEAR} to {@value #MAX_YEAR},
 * nothing else (issue 17: Jackson took {@code "date": 12} as 1970-01-13 and accepted year 0000). A bad one is an
 * {@link InvalidInputException}, so the 400 names the field.
 */
@Configuration
class JsonDates {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer plausibleDates() {
        return builder -> builder.deserializerByType(LocalDate.class, new PlausibleDate());
    }

    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String field = p.currentName() == null ? "date" : p.currentName();
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidInputException(field, "a date is a string YYYY-MM-DD");
            }
            String text = p.getText().trim();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "'" + text + "' is not a date YYYY-MM-DD");
            }
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new InvalidInputException(field, "the year must be from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return date;
        }
    }
}
