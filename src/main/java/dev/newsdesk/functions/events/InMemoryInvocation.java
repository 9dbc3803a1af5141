package dev.newsdesk.functions.events;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A stream handler invoked the way Lambda does, in memory: priming and the tests hand functions their JSON so. */
public final class InMemoryInvocation {

    private InMemoryInvocation() {
    }

    /** What {@code function} writes for {@code event}, without a context (its log lines go to standard output). */
    public static byte[] call(RequestStreamHandler function, byte[] event) {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            function.handleRequest(new ByteArrayInputStream(event), response, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return response.toByteArray();
    }
}
