package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A "teaser" that links nowhere, or only from inside its sentences, is the article's own standfirst (German CMSs
 * name it so); a teaser for another article links to it and stays out.
 */
class UnlinkedTeaserTest {

    private static final String LEDE = "Residents will vote next month on a plan to rebuild the old bridges, after a "
            + "year of debate in the council.";
    private static final String OTHER = "The zoo raises its prices again this summer, and the opposition is angry about it.";

    @Test
    void keepsAnUnlinkedTeaserAboveTheArticle() throws RejectedFileException {
        String body = parse(page("<p>" + LEDE + "</p>"), "a.html").body();
        assertTrue(body.startsWith(LEDE), body);
        assertFalse(body.contains(OTHER), body);
    }

    /** The standfirst may be a list of the story's key points, or a subtitle heading: no paragraph in it. */
    @Test
    void keepsAnUnlinkedTeaserOfKeyPoints() throws RejectedFileException {
        String body = parse(page("<ul><li>" + LEDE + "</li></ul>"), "a.html").body();
        assertTrue(body.startsWith(LEDE), body);
    }

    /** A standfirst may name its source with a link inside a sentence: still the article's, not another's teaser. */
    @Test
    void keepsATeaserWhoseLinkStandsInsideASentence() throws RejectedFileException {
        String lede = "Residents will vote next month on a plan to rebuild the old bridges, after a year of debate in "
                + "the council, as <a href=/council>the city's engineers</a> warned that two of them may not last "
                + "another winter.";
        String body = parse(page("<p>" + lede + "</p>"), "a.html").body();
        assertTrue(body.startsWith("Residents will vote next month"), body);
        assertFalse(body.contains(OTHER), body);
    }

    /**
     * A line of the article that ends on a link after its own words (a CV's entry pointing to the show's video) is
     * the article's; a teaser links from its headline, its first words.
     */
    @Test
    void keepsALineThatLinksOnlyAfterItsOwnWords() throws RejectedFileException {
        String entry = "March 2014 Finalist of the national comedy contest on public television with our first "
                + "sketch";
        String teaser = "The zoo raises its prices again this summer and the opposition in the council is angry";
        String html = "<html><body><article><h1>About us</h1>"
                + "<p>We are two friends who have written satire together since the autumn of 2008, first as a blog "
                + "and then on stages across the country.</p>"
                + "<p>" + entry + " <a href=https://video.example.org/v/1>watch the video</a></p>"
                + "<p>We have played our programme in small theatres and in large halls, and we still enjoy it.</p>"
                + "<p><a href=/zoo>" + teaser + "</a> more</p>"
                + "<p>Our next programme opens in the spring, and the first dates are already on our page.</p>"
                + "</article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains(entry + " watch the video"), body);
        assertFalse(body.contains(teaser), body);
    }

    /**
     * An embedded post's words link at their end (an account, a short address, a tag) and end without a stop, as a
     * quoted teaser does, yet they are the post the article quotes; a quoted line outside such a post is judged as
     * before.
     */
    @Test
    void keepsTheWordsOfAnEmbeddedPost() throws RejectedFileException {
        String post = "the new bridge plan is the best news this town has had in years";
        String quoted = "<p>@<a href=https://social.example/towncouncil>towncouncil</a> " + post
                + " <a href=https://t.example/abc>example.org/bridge</a> <a href=https://social.example/tags/bridge>"
                + "#bridge</a></p>";
        String embedded = parse(postPage("<blockquote class=twitter-tweet>" + quoted + "<p>&mdash; Jane Walker "
                + "(@janewalker) <a href=https://twitter.com/janewalker/status/1234567890>April 2, 2013</a></p>"
                + "</blockquote>"), "a.html").body();
        assertTrue(embedded.contains("@towncouncil " + post + " example.org/bridge #bridge"), embedded);
        assertTrue(embedded.contains("Jane Walker (@janewalker) April 2, 2013"), embedded);
        String plain = parse(postPage("<blockquote>" + quoted + "</blockquote>"), "a.html").body();
        assertFalse(plain.contains(post), plain);
        assertTrue(plain.contains("The vote passed by seven to two"), plain);
    }

    /** A post the story closes on, right under its last paragraph, is the story's, as a closing picture is. */
    @Test
    void keepsAnEmbeddedPostUnderTheLastParagraph() throws RejectedFileException {
        String post = "great meeting last night and a fine plan for the bridge, well done";
        String quoted = "<p>@<a href=https://social.example/towncouncil>towncouncil</a> " + post
                + " <a href=https://social.example/tags/bridge>#bridge</a></p>";
        String embedded = parse(postPage("").replace("</article>", "<blockquote class=twitter-tweet>" + quoted
                + "</blockquote></article>"), "a.html").body();
        assertTrue(embedded.endsWith("@towncouncil " + post + " #bridge"), embedded);
        String plain = parse(postPage("").replace("</article>", "<blockquote>" + quoted + "</blockquote></article>"),
                "a.html").body();
        assertFalse(plain.contains(post), plain);
        assertTrue(plain.endsWith("repairing existing roads."), plain);
    }

    private static String postPage(String quote) {
        return "<html><body><nav><a href=/>Home</a></nav><article><h1>Council votes on the new bridge</h1>"
                + "<p>The council met on Tuesday evening to decide the future of the river crossing, after months of "
                + "debate among residents and engineers.</p><p>Several residents shared their views online before "
                + "the meeting, and one post drew particular attention from the members of the council.</p>" + quote
                + "<p>The vote passed by seven to two, and construction is expected to begin in the spring once the "
                + "funding has been confirmed by the region.</p><p>Opponents said they would continue to campaign "
                + "against the plan, arguing that the money would be better spent on repairing existing roads.</p>"
                + "</article><footer><p>Copyright 2024 Example News</p></footer></body></html>";
    }

    private static String page(String teaser) {
        StringBuilder html = new StringBuilder("<html><body><nav><a href=/>Home</a></nav><div class=news>"
                + "<h1>Bridges to be rebuilt</h1><div class=teaser-text>" + teaser + "</div><div class=news-text>");
        for (String p : ENGLISH_PROSE.split("\n\n")) html.append("<p>").append(p.strip()).append("</p>");
        html.append("</div></div><div class=teaser><p><a href=/zoo>").append(OTHER).append("</a></p></div></body></html>");
        return html.toString();
    }
}
