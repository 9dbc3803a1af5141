package dev.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Plain values to and from WebDriver BiDi's serialized script values (its LocalValue and RemoteValue). */
final class RemoteValues {

    private RemoteValues() {
    }

    /** Strings, whole numbers, booleans and null, as a script's arguments. */
    static List<Map<String, Object>> fromJava(Object... values) {
        return Arrays.stream(values).map(RemoteValues::fromJava).toList();
    }

    private static Map<String, Object> fromJava(Object value) {
        if (value == null) return Map.of("type", "null");
        if (value instanceof String) return Map.of("type", "string", "value", value);
        if (value instanceof Boolean) return Map.of("type", "boolean", "value", value);
        if (value instanceof Integer || value instanceof Long) return Map.of("type", "number", "value", value);
        throw new IllegalArgumentException("a script takes strings, whole numbers, booleans and null, not "
                + value.getClass().getSimpleName());
    }

    /** A script's value as Selenium's executeScript gives it: String, Boolean, Long, Double or null. */
    static Object toJava(JsonNode value) {
        return switch (value.get("type").asText()) {
            case "undefined", "null" -> null;
            case "string" -> value.get("value").asText();
            case "boolean" -> value.get("value").asBoolean();
            case "number" -> {
                JsonNode number = value.get("value");
                yield number.isIntegralNumber() ? (Object) number.asLong()
                        : number.isNumber() ? (Object) number.asDouble() : number.asText(); // NaN, -0, Infinity
            }
            default -> throw new IllegalArgumentException("a script's " + value.get("type").asText()
                    + " is not read back here; return a string, number, boolean or null");
        };
    }
}
