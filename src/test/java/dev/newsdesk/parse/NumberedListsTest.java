package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.article.ArticleMarkdown;
import dev.newsdesk.article.Block;
import dev.newsdesk.article.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A numbered list ({@code <ol>}, Markdown's {@code 1.}) stays numbered in the blocks, the html and the Markdown. */
class NumberedListsTest {

    private static final String PROSE = "Making bread at home takes little more than flour, water, salt and time,"
            + " and the loaf that comes out of the oven is better than most you can buy in a shop nearby.";
    private static final String MORE = "Once you have baked it a few times you will find your own rhythm, and the"
            + " steps will feel as natural as making a pot of coffee on a quiet morning before work.";

    private static final String TOOLS = "<ul><li>A wooden spoon makes the mixing easier on the hands.</li>"
            + "<li>A <em>cast iron</em> pot gives the loaf a thicker crust.</li></ul>";

    /** A recipe page with {@code lists} between its two paragraphs. */
    private static String page(String lists) {
        return "<!doctype html><html lang=en><head><title>How to bake bread</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/food>Food</a></nav><article><h1>How to bake bread</h1>"
                + "<p>" + PROSE + "</p>" + lists + "<p>" + MORE + "</p></article></body></html>";
    }

    private static List<Block> lists(ArticleContent a) {
        return a.blocks().stream().filter(b -> b.type() == Block.Type.LIST).toList();
    }

    @Test
    void anHtmlOrderedListIsNumberedAndABulletedListBesideItIsNot() throws Exception {
        ArticleContent a = parse(page("<ol><li>Mix the flour with the water and the salt in a bowl.</li>"
                + "<li>Knead the dough for ten minutes until it is smooth.</li>"
                + "<li>Let it rise for two hours under a damp cloth.</li></ol>" + TOOLS), "bread.html");
        List<Block> lists = lists(a);
        assertEquals(2, lists.size(), a.blocks().toString());
        assertTrue(lists.get(0).ordered());
        assertTrue(lists.get(0).text().startsWith("Mix the flour"), lists.get(0).text());
        assertFalse(lists.get(1).ordered());
        assertTrue(a.html().contains("<ol><li>Mix the flour with the water and the salt in a bowl.</li>"), a.html());
        assertTrue(a.html().contains("<ul><li>A wooden spoon"), a.html());
        JsonNode json = ArticleJson.mapper().valueToTree(lists);
        assertTrue(json.get(0).get("ordered").asBoolean(), json.toString());
        assertFalse(json.get(1).has("ordered"), json.toString());
    }

    @Test
    void markdownNumbersMakeAnOrderedListAndAChangeOfMarkerStartsAnotherList() throws Exception {
        ArticleContent a = parse("# How to bake bread\n\n" + PROSE + "\n\n1. Mix the flour with the **water**.\n"
                + "2. Knead the dough for ten minutes.\n- A wooden spoon helps.\n- So does a cast iron pot.\n\n"
                + MORE + "\n", "bread.md");
        List<Block> lists = lists(a);
        assertEquals(2, lists.size(), a.blocks().toString());
        assertEquals("Mix the flour with the water.\nKnead the dough for ten minutes.", lists.get(0).text());
        assertTrue(lists.get(0).ordered());
        assertFalse(lists.get(1).ordered());
        assertTrue(a.html().contains("<ol><li>Mix the flour with the <strong>water</strong>.</li>"), a.html());

        String md = ArticleMarkdown.of(new Article("a", a, new Source("b", "bread.md", a.format(), "e", null), 0,
                "t", "t"));
        assertTrue(md.contains("\n1. Mix the flour with the **water**.\n2. Knead the dough for ten minutes.\n\n"
                + "- A wooden spoon helps.\n- So does a cast iron pot.\n"), md);
        ArticleContent again = parse(md, "again.md");
        assertEquals(a.blocks(), again.blocks());
        assertEquals(a.html(), again.html());
    }

    @Test
    void aListNestedInAnotherIsFlattenedIntoItAndTheOuterOneDecides() throws Exception {
        ArticleContent html = parse("<!doctype html><html lang=en><head><title>Bread</title></head><body><article>"
                + "<h1>Bread</h1><p>" + PROSE + "</p><ol><li>Mix the flour.<ul><li>sifted</li><li>warm</li></ul></li>"
                + "<li>Knead the dough.</li></ol><ul><li>A spoon helps.<ol><li>wooden</li></ol></li></ul><p>" + MORE
                + "</p></article></body></html>", "bread.html");
        List<Block> lists = lists(html);
        assertEquals(2, lists.size(), html.blocks().toString());
        assertEquals("Mix the flour.\nsifted\nwarm\nKnead the dough.", lists.get(0).text());
        assertTrue(lists.get(0).ordered(), "one numbered list, not two counted from 1");
        assertFalse(lists.get(1).ordered());

        ArticleContent md = parse("# Bread\n\n" + PROSE + "\n\n1. Mix the flour.\n   - sifted\n   - warm\n"
                + "2. Knead the dough.\n\n" + MORE + "\n", "bread.md");
        assertEquals(List.of(Block.list("Mix the flour.\nsifted\nwarm\nKnead the dough.", true)), lists(md));
    }

    /** Each run of items of one kind is one list, its items in order with their markup, however many runs follow. */
    @Test
    void eachRunOfItemsOfOneKindIsOneListInOrder() throws Exception {
        ArticleContent a = parse(page(TOOLS + "<ol><li>Mix the flour with the water and the salt in a bowl.</li>"
                + "<li>Knead the dough for ten minutes until it is smooth.</li></ol>"
                + "<ul><li>A linen cloth keeps the dough from drying out as it rises.</li></ul>"), "bread.html");
        List<Block> lists = lists(a);
        assertEquals(List.of(false, true, false), lists.stream().map(Block::ordered).toList(), a.blocks().toString());
        assertEquals("A wooden spoon makes the mixing easier on the hands.\nA cast iron pot gives the loaf a thicker"
                + " crust.", lists.get(0).text());
        assertTrue(a.html().contains("<ul><li>A wooden spoon makes the mixing easier on the hands.</li><li>A <em>cast"
                + " iron</em> pot gives the loaf a thicker crust.</li></ul>"), a.html());
        assertEquals("Mix the flour with the water and the salt in a bowl.\nKnead the dough for ten minutes until it"
                + " is smooth.", lists.get(1).text());
    }
}
