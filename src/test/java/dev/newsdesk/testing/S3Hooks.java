package dev.newsdesk.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import software.amazon.awssdk.services.s3.S3Client;

/** An S3 client that lets a test interleave another instance's work with an ingest at a chosen point. */
public final class S3Hooks {

    private S3Hooks() {
    }

    /** {@code s3}, running {@code hook} once right after the first GetObject has returned the object's stream. */
    public static S3Client afterFirstRead(S3Client s3, Runnable hook) {
        boolean[] done = {false};
        return (S3Client) Proxy.newProxyInstance(S3Client.class.getClassLoader(), new Class<?>[]{S3Client.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(s3, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("getObject") && !done[0]) {
                        done[0] = true;
                        hook.run();
                    }
                    return result;
                });
    }
}
