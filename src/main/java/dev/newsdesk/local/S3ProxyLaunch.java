package dev.newsdesk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How S3Proxy's own JVM is started: from its standalone jar (what the launcher fetches), or from a class path
 * that holds S3Proxy (the tests', where it is a test dependency).
 *
 * @param javaArgs what follows {@code java} and comes before S3Proxy's own arguments
 * @param jar      the jar that must exist, when started from one
 */
public record S3ProxyLaunch(List<String> javaArgs, Optional<Path> jar) {

    public S3ProxyLaunch {
        javaArgs = List.copyOf(javaArgs);
    }

    public static S3ProxyLaunch fromJar(Path jar) {
        return new S3ProxyLaunch(List.of("-jar", jar.toString()), Optional.of(jar));
    }

    public static S3ProxyLaunch fromClassPath(String classPath) {
        return new S3ProxyLaunch(List.of("-cp", classPath, "org.gaul.s3proxy.Main"), Optional.empty());
    }

    /** Fails with what to do when the jar is missing. */
    void check() throws IOException {
        if (jar.isPresent() && !Files.isRegularFile(jar.get())) {
            throw new IOException("S3Proxy's standalone jar is missing: " + jar.get() + " (./newsdesk fetches it)");
        }
    }
}
