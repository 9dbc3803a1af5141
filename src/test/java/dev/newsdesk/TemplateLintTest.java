package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * template.yaml through cfn-lint, where it is installed: it runs the SAM transform and CloudFormation's own
 * checks (resource schemas, references, circular dependencies). Skipped where cfn-lint is not on the PATH.
 */
class TemplateLintTest {

    @Test
    void cfnLintFindsNothing() throws IOException, InterruptedException {
        Path output = Files.createTempFile("cfn-lint", ".txt");
        Process lint;
        try {
            lint = new ProcessBuilder("cfn-lint", "--format", "parseable", "template.yaml")
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
        } catch (IOException notInstalled) {
            Assumptions.abort("cfn-lint is not installed: " + notInstalled.getMessage());
            return;
        }
        assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "cfn-lint did not finish");
        String findings = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        assertEquals(0, lint.exitValue(), "cfn-lint template.yaml:\n" + findings);
    }
}
