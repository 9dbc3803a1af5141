package dev.newsdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool a test runs where it is installed (cfn-lint, the SAM translator): the test is reported
 * skipped, with the reason, where it is not, and fails only on what the tool itself says.
 */
public final class ExternalTool {

    /** What pyenv's shims and POSIX shells answer for a command that is not installed. */
    private static final int NOT_FOUND = 127;

    /** What the tool printed (standard output and error together) and its exit status. */
    public record Result(int exitStatus, String output) {
    }

    private ExternalTool() {
    }

    /**
     * Runs {@code command} in the project's directory. Aborts the calling test (skipped, not failed) when the tool
     * cannot be started, exits with 127, or exits with {@code missingStatus} (a script's own "not installed").
     */
    public static Result run(List<String> command, int missingStatus, Duration timeout)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("tool", ".txt");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException notInstalled) {
                Assumptions.abort(command.get(0) + " is not installed: " + notInstalled.getMessage());
                throw notInstalled;
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            int status = process.exitValue();
            Assumptions.assumeFalse(status == NOT_FOUND || status == missingStatus,
                    () -> command.get(0) + " cannot run here: " + printed.strip());
            return new Result(status, printed);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
