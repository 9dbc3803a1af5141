package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.testing.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Which template changes reach the alias {@code live}, asked of the SAM transform itself (the one CloudFormation
 * runs on deploy, through {@code src/test/python/sam_versions.py}): a change publishes a version exactly when it
 * changes the logical ID SAM gives the function's version. Skipped where the SAM translator is not installed.
 */
class AliasPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aTimeoutChangePublishesAVersionOfThatFunctionOnly() throws Exception {
        Map<String, String> before = versions(template -> { });
        Map<String, String> after = versions(template -> function(template, "ApiFunction").put("Timeout", 11));
        assertNotEquals(before.get("ApiFunction"), after.get("ApiFunction"));
        assertEquals(before.get("IngestFunction"), after.get("IngestFunction"));
        assertEquals(before.get("RankingsFunction"), after.get("RankingsFunction"));
    }

    @Test
    void aChangedSettingOrArchitectureInGlobalsPublishesEveryFunction() throws Exception {
        Map<String, String> before = versions(template -> { });
        Map<String, String> setting = versions(template -> globals(template).with("Environment").with("Variables")
                .put("MAX_UPLOAD_BYTES", "20971520"));
        Map<String, String> architecture = versions(template -> globals(template).putArray("Architectures")
                .add("x86_64"));
        for (String function : before.keySet()) {
            assertNotEquals(before.get(function), setting.get(function), function);
            assertNotEquals(before.get(function), architecture.get(function), function);
        }
    }

    @Test
    void withoutAllPropertiesATimeoutChangeWouldNeverReachTheAlias() throws Exception {
        Map<String, String> before = versions(template -> globals(template).remove("AutoPublishAliasAllProperties"));
        Map<String, String> after = versions(template -> {
            globals(template).remove("AutoPublishAliasAllProperties");
            function(template, "ApiFunction").put("Timeout", 11);
        });
        assertEquals(before, after, "SAM hashes only code, environment, memory and SnapStart by default");
    }

    /** Why nothing the code reads comes from a parameter: SAM hashes `!Ref Parameter`, not the parameter's value. */
    @Test
    void aParameterValueChangesNoVersion() throws Exception {
        Map<String, String> before = versions(template -> { }, "IngestReservedConcurrency=5");
        Map<String, String> after = versions(template -> { }, "IngestReservedConcurrency=3");
        assertEquals(before, after);
    }

    private static ObjectNode globals(ObjectNode template) {
        return (ObjectNode) template.path("Globals").path("Function");
    }

    private static ObjectNode function(ObjectNode template, String id) {
        return (ObjectNode) template.path("Resources").path(id).path("Properties");
    }

    /** Each function's version logical ID after the SAM transform of template.yaml changed by {@code change}. */
    private static Map<String, String> versions(Consumer<ObjectNode> change, String... parameters)
            throws IOException, InterruptedException {
        ObjectNode template = (ObjectNode) CloudFormationYaml.read(Path.of("template.yaml"));
        change.accept(template);
        Path file = Files.createTempFile("template", ".json");
        try {
            JSON.writeValue(file.toFile(), template);
            List<String> command = new ArrayList<>(List.of("python3", "src/test/python/sam_versions.py", file.toString()));
            command.addAll(List.of(parameters));
            var run = ExternalTool.run(command, 3, Duration.ofMinutes(1));
            assertEquals(0, run.exitStatus(), run.output());
            JsonNode versions = JSON.readTree(run.output().lines().reduce((first, last) -> last).orElse("{}"));
            assertEquals(3, versions.size(), run.output());
            return JSON.convertValue(versions, JSON.getTypeFactory().constructMapType(Map.class, String.class,
                    String.class));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
