package io.transitplanner.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.transitplanner.domain.Instants;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * Makes request bodies read strictly: {@code "teu": 2.5} or {@code "teu": "2"} is an error rather than 2, an enum is
 * never read from a number, and an instant is only an RFC 3339 string with Z or a numeric offset (read by
 * {@link Instants}, as in the exchange format), never a number of seconds or a time without an offset.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("no-nul-strings")
                .addDeserializer(String.class, new NoNulStrings()));
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        var textual = mapper.coercionConfigFor(LogicalType.Textual);
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            textual.setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("transit-planner-strict-instants")
                .addDeserializer(Instant.class, new UtcInstantDeserializer()));
    }

    /** Applied after the customizer of Quarkus, so that this instant reader replaces the lenient default one. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    static final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {
        UtcInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return Instants.parse(text);
            } catch (IllegalArgumentException e) {
                // The message is the reason the problem document gives (see JsonProblems).
                throw InvalidFormatException.from(p, e.getMessage(), text, Instant.class);
            }
        }
    }

    /** PostgreSQL stores no NUL in text: a string carrying one is a bad field (400), not a database failure. */
    static final class NoNulStrings extends com.fasterxml.jackson.databind.deser.std.StringDeserializer {
        @Override
        public String deserialize(
                com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
                throws java.io.IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
                        p, "must not contain NUL characters", value, String.class);
            }
            return value;
        }
    }
}
