package dev.newsdesk.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a browser's program on the PATH for the tests that drive a page in a real browser. Where it is not
 * installed such a test is skipped with the reason; under CI ({@code CI=true}, where {@code .ci/run} installs it) it
 * fails instead, so that CI cannot pass without having run it.
 */
final class InstalledBrowser {

    private InstalledBrowser() {
    }

    /** The first of {@code names} on the PATH; {@code install} says how to get it. */
    static Path find(List<String> names, String install) {
        Optional<Path> found = names.stream().map(InstalledBrowser::onPath).flatMap(Optional::stream).findFirst();
        if (found.isPresent()) return found.get();
        String missing = "no " + String.join(" or ", names) + " on the PATH (Debian: " + install + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + "; under CI the browser tests must run, not be skipped");
        }
        Assumptions.abort(missing);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
