package dev.newsdesk.functions.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of the functions' events and responses: fields this code does not know are ignored (AWS
 * adds fields to its events), absent ones are null, and null fields are left out of what is written.
 */
public final class LambdaJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the runtime's output stream is the runtime's to close
            .build();

    private LambdaJson() {
    }

    /**
     * The {@code type} in {@code json}.
     *
     * @throws IllegalArgumentException naming the type and what is wrong, when {@code json} is not one
     */
    public static <T> T read(InputStream json, Class<T> type) {
        try {
            return present(MAPPER.readValue(json, type), type);
        } catch (JacksonException e) {
            throw invalid(type, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return read(new ByteArrayInputStream(json), type);
    }

    /** The {@code type} in a tree already parsed (a message that wraps the event). */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return present(MAPPER.treeToValue(json, type), type);
        } catch (JacksonException e) {
            throw invalid(type, e);
        }
    }

    /** Writes {@code value} ({@code null} as JSON's null) to {@code out}, which stays open. */
    public static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T present(T value, Class<T> type) {
        if (value == null) throw new IllegalArgumentException("the event is null, not " + type.getSimpleName());
        return value;
    }

    private static IllegalArgumentException invalid(Class<?> type, JacksonException e) {
        return new IllegalArgumentException("the event is not " + type.getSimpleName() + " JSON: "
                + e.getOriginalMessage(), e);
    }
}
