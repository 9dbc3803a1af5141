package dev.newsdesk.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.RejectedFileException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The object that is the article in an exported JSON file, with its body ({@link BodyText}). Content systems wrap
 * it: a JSON Feed's {@code items}, a Ghost export's {@code posts}, Strapi's {@code data.attributes}, Contentful's
 * {@code fields}, a REST API's one-post array. The article is the object nearest the top that holds a body; a file
 * holding several is refused, since taking one would silently drop the others.
 */
record ArticleObject(JsonNode node, String body) {

    /** The fields that title an article, in order of trust. */
    static final List<String> TITLE_KEYS = List.of("title", "headline", "name");

    /** Levels below the top searched: a list of entries holding their fields (Strapi's data[0].attributes) is three. */
    private static final int MAX_DEPTH = 3;

    static ArticleObject find(JsonNode root) throws RejectedFileException {
        if (root == null || !root.isContainerNode()) {
            throw new RejectedFileException(Reason.NOT_AN_ARTICLE, "the JSON is not an object with a title and a body");
        }
        List<JsonNode> level = List.of(root);
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            List<ArticleObject> withBody = new ArrayList<>();
            for (JsonNode node : level) {
                String body = node.isObject() ? BodyText.of(node) : null;
                if (body != null) withBody.add(new ArticleObject(node, body));
            }
            if (withBody.size() == 1) return withBody.get(0);
            // Beside an article, a widget's text ("newsletter": {"text": …}) has no title; a feed's items have one each.
            List<ArticleObject> titled = withBody.stream().filter(ArticleObject::hasTitle).toList();
            if (titled.size() == 1) return titled.get(0);
            if (withBody.size() > 1) {
                throw new RejectedFileException(Reason.NOT_AN_ARTICLE, "the JSON holds " + withBody.size()
                        + " texts side by side (a feed's items, a list of posts); upload one article a file");
            }
            level = children(level);
        }
        throw new RejectedFileException(Reason.NOT_AN_ARTICLE, "the JSON has no body (expected one of "
                + String.join(", ", BodyText.KEYS) + ")");
    }

    private boolean hasTitle() {
        return TITLE_KEYS.stream().anyMatch(node::hasNonNull);
    }

    /** The objects one level down: the values of objects, the items of arrays. */
    private static List<JsonNode> children(List<JsonNode> level) {
        List<JsonNode> next = new ArrayList<>();
        for (JsonNode node : level) {
            for (JsonNode child : node) {
                if (child.isContainerNode()) next.add(child);
            }
        }
        return next;
    }
}
