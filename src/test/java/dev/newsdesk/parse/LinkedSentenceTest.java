package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A sentence of the story whose link wraps most of its words, or whose link is classed like chrome, is the story's,
 * not a link list's item.
 */
class LinkedSentenceTest {

    private static final String ABOVE = """
            <p>The regional museum has named a new director, who will take up the post in April and lead the \
            renovation of its east wing over the next two years.</p>""";
    private static final String BELOW = """
            <p>The new director has worked in museums for fifteen years and said she wanted to open the collection \
            to schools, with free visits for every class in the region.</p>
            <p>The board thanked the staff for their patience during the search and said the renovation would go \
            ahead as planned, with the east wing closed from the summer.</p>""";

    @Test
    void keepsASentenceWhoseLinkWrapsMostOfIt() throws RejectedFileException {
        String sentence = "She takes over from Tom Baker, <a href=\"https://example.com/news/tom-baker\">who for the "
                + "past eight months combined the role with his work in the marketing department.</a>";
        String body = story("<p>" + sentence + "</p>");
        assertTrue(body.contains("She takes over from Tom Baker, who for the past eight months"), body);
    }

    /** A label's colon introduces another story's link, however much it reads like a sentence. */
    @Test
    void leavesALabelledLinkToAnotherStory() throws RejectedFileException {
        String body = story("<p>See also: <a href=\"https://example.com/news/budget\">The council agreed on a "
                + "budget that will repair the old bridges before the winter.</a></p>");
        assertFalse(body.contains("repair the old bridges"), body);
    }

    /** A name's link classed like a metadata line ("meta-person") inside a sentence leaves the sentence whole. */
    @Test
    void keepsASentenceWholeAroundALinkClassedLikeChrome() throws RejectedFileException {
        String link = "<a href=\"https://example.com/people/ann-lee\" class=\"meta-person\">Ann Lee</a>";
        String body = story("<p>The search was led by the chair of the board, " + link
                + ", who interviewed twelve candidates over the winter.</p>");
        assertTrue(body.contains("the chair of the board, Ann Lee, who interviewed twelve candidates"), body);
    }

    /** Guard: links classed as chrome that only punctuation parts are a row of links, not words of a sentence. */
    @Test
    void leavesARowOfChromeLinksBetweenPunctuation() throws RejectedFileException {
        String row = Stream.of("Museums", "Culture", "Renovation")
                .map(tag -> "<a href=\"/tags/" + tag + "\" class=\"tags-link\">" + tag + "</a>")
                .collect(Collectors.joining(" | "));
        assertFalse(story("<p>Filed under " + row + "</p>").contains("Culture"));
    }

    /** Guard: share buttons classed as chrome, set with no space between them, are not words of the sentence. */
    @Test
    void leavesShareButtonsSetWithoutSpacesOutOfTheSentenceAboveThem() throws RejectedFileException {
        String buttons = Stream.of("Tweet", "Share", "Email")
                .map(label -> "<a href=\"https://example.com/share/" + label + "\" class=\"share-link\">" + label
                        + "</a>")
                .collect(Collectors.joining());
        String body = story("<p>The director said she wanted to open the collection to schools. " + buttons + "</p>");
        assertTrue(body.contains("open the collection to schools."), body);
        assertFalse(body.contains("Tweet"), body);
    }

    private static String story(String between) throws RejectedFileException {
        String html = "<html lang=en><head><title>Museum names a new director</title></head><body><nav><a href=/>"
                + "Home</a> <a href=/news>News</a></nav><article><h1>Museum names a new director</h1>" + ABOVE
                + between + BELOW + "</article><footer><p>All rights reserved.</p></footer></body></html>";
        return parse(html, "story.html").body();
    }

    /** Chinese writes no space between words: two links side by side inside a sentence are words of it. */
    @Test
    void keepsLinksSideBySideInsideASentenceWithoutSpaces() throws RejectedFileException {
        String html = "<html lang=zh><head><title>博物馆任命新馆长</title></head><body><article><h1>博物馆任命新馆长</h1>"
                + "<p>市博物馆周二宣布，经过长达半年的遴选，董事会一致同意任命一位在文物保护领域工作了二十多年的专家担任新一任馆长。</p>"
                + "<p>据<a class=\"share-link\" href=\"https://example.com/tag/a\">新华社</a><a class=\"share-link\" "
                + "href=\"https://example.com/tag/b\">报道</a>，新馆长表示希望向全市中小学开放馆藏，并计划在明年推出教育项目。</p>"
                + "<p>她还表示，博物馆将在未来三年内完成对主展厅的翻修工作，并与多所大学合作开展文物数字化研究。</p>"
                + "</article></body></html>";
        String body = parse(html, "zh.html").body();
        assertTrue(body.contains("据新华社报道，新馆长表示"), body);
    }
}
