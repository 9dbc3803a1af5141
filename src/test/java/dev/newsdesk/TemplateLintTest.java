package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.testing.ExternalTool;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * template.yaml through cfn-lint, where it is installed: it runs the SAM transform and CloudFormation's own
 * checks (resource schemas, references, circular dependencies). Skipped, with the reason, where cfn-lint is not
 * installed (a fresh CI machine): `pip install cfn-lint` to run it there.
 */
class TemplateLintTest {

    @Test
    void cfnLintFindsNothing() throws IOException, InterruptedException {
        var lint = ExternalTool.run(List.of("cfn-lint", "--format", "parseable", "template.yaml"), 127,
                Duration.ofMinutes(2));
        assertEquals(0, lint.exitStatus(), "cfn-lint template.yaml:\n" + lint.output());
    }
}
