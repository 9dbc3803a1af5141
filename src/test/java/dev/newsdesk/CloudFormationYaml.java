package dev.newsdesk;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CloudFormation/SAM template written in YAML into a Jackson tree, turning the short-form tags into the
 * long form CloudFormation itself uses ({@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.Arn}
 * becomes {@code {"Fn::GetAtt": ["A", "Arn"]}}, {@code !Sub s} becomes {@code {"Fn::Sub": s}}), so that a test
 * can tell a reference from a plain string.
 */
final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[^}]*)?}");

    private CloudFormationYaml() {
    }

    /** Parses the template at {@code file}. */
    static JsonNode read(Path file) throws IOException {
        try (YAMLParser parser = (YAMLParser) new YAMLFactory().createParser(file.toFile())) {
            parser.nextToken();
            return readValue(parser);
        }
    }

    private static JsonNode readValue(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId(); // "Ref" for `!Ref`, null when the node has no explicit tag
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, readValue(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected " + parser.currentToken() + " at " + parser.currentLocation());
        };
        return tag == null ? value : longForm(tag, value);
    }

    private static JsonNode longForm(String tag, JsonNode value) {
        ObjectNode function = NODES.objectNode();
        switch (tag) {
            case "Ref", "Condition" -> function.set(tag, value);
            case "GetAtt" -> {
                if (value.isTextual()) {
                    String[] parts = value.asText().split("\\.", 2);
                    function.set("Fn::GetAtt", NODES.arrayNode().add(parts[0]).add(parts.length > 1 ? parts[1] : ""));
                } else {
                    function.set("Fn::GetAtt", value);
                }
            }
            default -> function.set("Fn::" + tag, value);
        }
        return function;
    }

    /**
     * The logical ids that {@code node} refers to through {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub}
     * (pseudo parameters such as {@code AWS::Region} left out).
     */
    static Set<String> references(JsonNode node) {
        Set<String> ids = new TreeSet<>();
        collectReferences(node, ids);
        return ids;
    }

    private static void collectReferences(JsonNode node, Set<String> ids) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.size() == 1 && node.has("Ref") && node.get("Ref").isTextual()) {
                addUnlessPseudo(node.get("Ref").asText(), ids);
            }
            if (node.size() == 1 && node.has("Fn::GetAtt")) {
                JsonNode target = node.get("Fn::GetAtt");
                addUnlessPseudo(target.isArray() ? target.get(0).asText() : target.asText().split("\\.")[0], ids);
            }
            if (node.size() == 1 && node.has("Fn::Sub")) {
                JsonNode sub = node.get("Fn::Sub");
                String text = sub.isArray() ? sub.get(0).asText() : sub.asText();
                Set<String> bound = new TreeSet<>();
                if (sub.isArray() && sub.size() > 1) {
                    sub.get(1).fieldNames().forEachRemaining(bound::add);
                }
                Matcher matcher = SUB_VARIABLE.matcher(text);
                while (matcher.find()) {
                    if (!bound.contains(matcher.group(1))) {
                        addUnlessPseudo(matcher.group(1), ids);
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                collectReferences(it.next().getValue(), ids);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, ids));
        }
    }

    private static void addUnlessPseudo(String id, Set<String> ids) {
        if (!id.startsWith("AWS::")) {
            ids.add(id);
        }
    }
}
