package dev.newsdesk.parse.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * Reads JSON into a tree that keeps, in every object, only the fields of the given names: a page's JSON-LD graph
 * holds the site's organisation, breadcrumbs, search box and pictures, of which the metadata reads a few fields, and
 * building a node for each of the others cost more than reading them. What it keeps is built as
 * {@link ObjectMapper#readTree} builds it (the last of two fields of one name wins); what it leaves out is still read,
 * so JSON that readTree refuses is refused here too.
 */
final class PrunedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory factory;
    private final Set<String> kept;

    /** A reader with {@code factory}'s features that keeps the fields named in {@code kept}. */
    PrunedJson(JsonFactory factory, Set<String> kept) {
        this.factory = factory;
        this.kept = kept;
    }

    /** The tree of {@code json}'s first value, pruned; a missing node when there is none. */
    JsonNode read(String json) throws IOException {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            return first == null ? MissingNode.getInstance() : value(p, first);
        }
    }

    /** The value whose first token {@code t} the parser stands on. */
    private JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    JsonToken v = p.nextToken();
                    if (kept.contains(name)) object.replace(name, value(p, v));
                    else p.skipChildren();
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) array.add(value(p, v));
                return array;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            default:
                return NODES.nullNode();
        }
    }
}
