package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which template changes reach the alias {@code live}, asked of the SAM transform itself (the one CloudFormation
 * runs on deploy, through {@code src/test/python/sam_versions.py}): a change publishes a version exactly when it
 * changes the logical ID SAM gives the function's version. Skipped where the SAM translator is not installed.
 */
class AliasPublishingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Case> CASES = new ArrayList<>();

    private static final Case AS_IS = add(template -> { });
    private static final Case API_TIMEOUT = add(template -> function(template, "ApiFunction").put("Timeout", 11));
    private static final Case UPLOAD_LIMIT = add(template -> globals(template).with("Environment").with("Variables")
            .put("MAX_UPLOAD_BYTES", "20971520"));
    private static final Case ARCHITECTURE = add(template -> globals(template).putArray("Architectures").add("x86_64"));
    private static final Case CODE_ONLY_HASH = add(template -> globals(template).remove("AutoPublishAliasAllProperties"));
    private static final Case CODE_ONLY_HASH_API_TIMEOUT = add(template -> {
        globals(template).remove("AutoPublishAliasAllProperties");
        function(template, "ApiFunction").put("Timeout", 11);
    });
    private static final Case RESERVE_5 = add(template -> { }, "IngestReservedConcurrency", "5");
    private static final Case RESERVE_3 = add(template -> { }, "IngestReservedConcurrency", "3");

    /** A variant of template.yaml, with parameter values, and the version IDs SAM gave its functions. */
    private static final class Case {
        final Consumer<ObjectNode> change;
        final Map<String, String> parameters;
        Map<String, String> versions;

        Case(Consumer<ObjectNode> change, Map<String, String> parameters) {
            this.change = change;
            this.parameters = parameters;
        }
    }

    private static Case add(Consumer<ObjectNode> change, String... parameter) {
        Case c = new Case(change, parameter.length == 0 ? Map.of() : Map.of(parameter[0], parameter[1]));
        CASES.add(c);
        return c;
    }

    @BeforeAll
    static void transformEveryCase() throws IOException, InterruptedException {
        ArrayNode input = JSON.createArrayNode();
        for (Case c : CASES) {
            ObjectNode template = (ObjectNode) CloudFormationYaml.read(Path.of("template.yaml"));
            c.change.accept(template);
            input.addObject().<ObjectNode>set("template", template).set("parameters", JSON.valueToTree(c.parameters));
        }
        Path file = Files.createTempFile("templates", ".json");
        try {
            JSON.writeValue(file.toFile(), input);
            var run = ExternalTool.run(List.of("python3", "src/test/python/sam_versions.py", file.toString()), 3,
                    Duration.ofMinutes(2));
            assertEquals(0, run.exitStatus(), run.output());
            JsonNode output = JSON.readTree(run.output().lines().reduce((first, last) -> last).orElse("[]"));
            assertEquals(CASES.size(), output.size(), run.output());
            for (int i = 0; i < CASES.size(); i++) {
                assertEquals(3, output.get(i).size(), run.output());
                CASES.get(i).versions = JSON.convertValue(output.get(i),
                        JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTimeoutChangePublishesAVersionOfThatFunctionOnly() {
        assertNotEquals(AS_IS.versions.get("ApiFunction"), API_TIMEOUT.versions.get("ApiFunction"));
        assertEquals(AS_IS.versions.get("IngestFunction"), API_TIMEOUT.versions.get("IngestFunction"));
        assertEquals(AS_IS.versions.get("RankingsFunction"), API_TIMEOUT.versions.get("RankingsFunction"));
    }

    @Test
    void aChangedSettingOrArchitectureInGlobalsPublishesEveryFunction() {
        for (String function : AS_IS.versions.keySet()) {
            assertNotEquals(AS_IS.versions.get(function), UPLOAD_LIMIT.versions.get(function), function);
            assertNotEquals(AS_IS.versions.get(function), ARCHITECTURE.versions.get(function), function);
        }
    }

    @Test
    void withoutAllPropertiesATimeoutChangeWouldNeverReachTheAlias() {
        assertEquals(CODE_ONLY_HASH.versions, CODE_ONLY_HASH_API_TIMEOUT.versions,
                "SAM hashes only code, environment, memory and SnapStart by default");
    }

    /** Why nothing the code reads comes from a parameter: SAM hashes `!Ref Parameter`, not the parameter's value. */
    @Test
    void aParameterValueChangesNoVersion() {
        assertEquals(RESERVE_5.versions, RESERVE_3.versions);
    }

    private static ObjectNode globals(ObjectNode template) {
        return (ObjectNode) template.path("Globals").path("Function");
    }

    private static ObjectNode function(ObjectNode template, String id) {
        return (ObjectNode) template.path("Resources").path(id).path("Properties");
    }
}
