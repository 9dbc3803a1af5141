package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** Stories laid out, or served, in ways the body finder was not tuned for. */
class StoryLayoutsTest {

    private static final String[] STORY = {
        "The ferry left the harbour at dawn, carrying farmers, two teachers and a crate of chickens, and the captain"
                + " said the crossing would take four hours if the wind held.",
        "On the far shore the village had rebuilt its school after the flood, with help from a church in the city,"
                + " and the children now walk there along the new dyke.",
        "The mayor, a former fisherman, showed us the fields that had been under water for a month, and he pointed"
                + " out where the old road had been washed away.",
        "Tourists are still rare here, he admitted, but a guesthouse opened in the spring, and its owner hopes that"
                + " the new road will bring visitors from the capital.",
        "In the evening the market fills with stalls selling grilled fish, rice cakes and sweet tea, and music plays"
                + " from a radio hung on a pole above the square.",
        "Back on the ferry the next morning, the captain said the wind had turned, and that the crossing home would"
                + " take most of the day, as it often does in autumn.",
        "We reached the harbour after dark, tired and sunburnt, and the lights of the city looked strange after a"
                + " week of lamps, candles and the stars over the river.",
        "The guesthouse owner has since written to say that the road is finished, and that the first coach of"
                + " visitors arrived a week later, to the delight of the market.",
    };

    /** Each paragraph of the story in a grid row of its own, a long travel-tips box in one element below it. */
    @Test
    void readsAStoryWithEachParagraphInAGridRowOfItsOwnAsOneStory() throws Exception {
        StringBuilder story = new StringBuilder("<div class=story>");
        for (int i = 0; i < STORY.length; i++) {
            story.append("<div class=\"row\"><div class=\"col\"><p>").append(STORY[i]).append("</p></div></div>");
            if (i % 3 == 2) story.append("<div class=\"row\"><div class=\"col\"><figure><img src=/p").append(i)
                    .append(".jpg></figure></div></div>");
        }
        String tips = "Getting there: ferries leave the harbour twice a day, at six and at noon, and tickets, which"
                + " cost a few dollars, are sold on board, in cash only, by the captain's son.";
        story.append("<div class=\"row\"><div class=\"col\"><div class=\"box\"><h2>Travel tips</h2>")
                .append((tips + "<br>").repeat(5)).append("</div></div></div></div>");
        ArticleContent a = parse("<html><body><h1>A week on the river</h1>" + story + "</body></html>", "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }

    /** The story waits in a comment until a consent script takes the comment marks away. */
    @Test
    void readsAStoryKeptInAnHtmlCommentWhenThePageShowsNone() throws Exception {
        StringBuilder story = new StringBuilder("<div class=story><h1>A week on the river</h1>");
        for (String p : STORY) story.append("<p>").append(p).append("</p>\n");
        String page = "<html><head><title>A week on the river</title></head><body><nav><a href=/>Home</a></nav>"
                + "<div data-consent=story><!-- <script>var old = 1;</script> --><!--\n" + story + "</div>\n-->"
                + "</div><script>unlockStory();</script><footer><a href=/about>About us</a></footer></body></html>";
        ArticleContent a = parse(page, "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }
    /**
     * A page builder's layout: the headline and the lead in one full-width section, the rest of the story in the
     * sections after it, each a box of one class with the text's column a few levels down.
     */
    @Test
    void readsAStoryWhoseRestStandsInPageBuilderSectionsAfterTheLead() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<section class=\"post-head\"><div class=container><div class=row><div class=col-wide>"
                + "<h1>A week on the river</h1></div></div><div class=row><div class=col-main>"
                + "<div class=date>4 May 2024</div><div class=\"post-text\"><p>" + STORY[0] + "</p></div></div>"
                + "<div class=col-side><a href=/share>Share</a></div></div></div></section>");
        for (int i = 1; i < STORY.length; i += 3) {
            page.append("<div class=\"band text-band\"><div class=container><div class=row><div class=col-text>")
                    .append("<h2>Part ").append(i).append(" of the trip</h2>");
            for (int j = i; j < Math.min(i + 3, STORY.length); j++) page.append("<p>").append(STORY[j]).append("</p>");
            page.append("</div></div></div></div><div class=\"band table-band\"><table><tr><th>Day</th><td>")
                    .append(i).append("</td></tr></table></div>");
        }
        ArticleContent a = parse(page + "<footer><a href=/about>About us</a></footer></body></html>", "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }
    /**
     * A story in sections named alike, a picture's box between each two: the second section, twice as long as the
     * others, wins deep inside (its column), and the sections after it join it; the first, which holds the opening,
     * is the story's too.
     */
    @Test
    void readsTheOpeningSectionOfAStoryInSectionsNamedAlike() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<h1>A week on the river</h1><div class=columns>");
        for (int[] section : new int[][] {{0}, {1, 2, 3, 4, 5, 6}, {6}, {7}}) {
            page.append("<div class=\"text-part\"><div>");
            for (int i : section) {
                // the long section's paragraphs run two of the story's into one
                String p = section.length > 1 ? STORY[i] + " " + STORY[i + 1] : STORY[i];
                page.append("<p>").append(p).append("</p>");
            }
            page.append("</div></div><div class=picture><img src=/p").append(section[0]).append(".jpg><p>The river"
                    + " at dawn, seen from the ferry's deck.</p></div>");
        }
        ArticleContent a = parse(page + "</div><footer><a href=/about>About us</a></footer></body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }

    /**
     * A story split by rules into HTML sections of one class: the long middle section wins deep inside, and the
     * short ones before and after it, a paragraph each, score under a few sentences' worth. A section of related
     * links named as they are stays out.
     */
    @Test
    void readsEveryPartOfAStorySplitIntoSectionsOfOneClass() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<article><h1>A week on the river</h1><div>");
        for (int[] part : new int[][] {{0}, {1, 2, 3, 4, 5}, {6}, {7}}) {
            page.append("<section class=\"part wide\"><div><div>");
            for (int i : part) page.append("<p>").append(STORY[i]).append("</p>");
            page.append("</div></div></section><hr class=rule>");
        }
        page.append("<section class=\"part wide\"><div><div><h3>More trips</h3><ul>");
        for (String trip : new String[] {"Up the coast by night train", "Three days in the hill villages",
                "A winter on the northern lakes"}) {
            page.append("<li><a href=/trips/").append(trip.length()).append(">").append(trip).append("</a></li>");
        }
        ArticleContent a = parse(page + "</ul></div></div></section></div></article>"
                + "<footer><a href=/about>About us</a></footer></body></html>", "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
        assertFalse(a.body().contains("northern lakes"), a.body());
    }

    /**
     * Boxes of one class beside a story's paragraph boxes (a quote, an embedded post) are no sections of the story:
     * only HTML's own sections make a run of its parts.
     */
    @Test
    void leavesBoxesNamedLikeAStorysParagraphBoxesOut() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<article><h1>A week on the river</h1><div class=items>");
        page.append("<div class=item><div class=text>");
        for (int i = 0; i < STORY.length; i++) page.append("<p>").append(STORY[i]).append("</p>");
        page.append("</div></div>");
        for (String embed : new String[] {"Post by the harbour office, shared with readers on the first day:",
                "Post by the village school about the new dyke and the walk of its children:"}) {
            page.append("<div class=item><div class=embed><p>").append(embed).append("</p><p>Show the post</p>")
                    .append("</div></div>");
        }
        ArticleContent a = parse(page + "</div></article><footer><a href=/about>About us</a></footer></body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertFalse(a.body().contains("harbour office"), a.body());
    }

    /**
     * A content system that keeps a story's opening paragraphs in one block ("block block-body") and the rest as
     * items of the next block ("block block-paragraphs"), a pull quote with a person's name and role first: the
     * items win, and the opening block, named as theirs but for its kind, is the story's start.
     */
    @Test
    void readsTheOpeningBlockBeforeAStorysParagraphItems() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<h1>A week on the river</h1><div class=region><div class=\"block block-body\"><div class=top-text>"
                + "<p>" + STORY[0] + "</p><p>" + STORY[1] + "</p></div></div>"
                + "<div class=\"block block-paragraphs\"><div class=items><div class=item><div class=quote>"
                + "<p>" + STORY[2] + "</p><div class=person><div>Anna</div><div>Berg</div><div>Mayor of the village"
                + "</div></div></div></div>");
        for (int[] item : new int[][] {{3, 4, 5}, {6, 7}}) {
            // the first text item holds more than the opening block: it wins
            page.append("<div class=item><div class=item-text>");
            for (int i : item) page.append("<p>").append(STORY[i]).append("</p>");
            page.append("</div></div>");
        }
        ArticleContent a = parse(page + "</div></div></div><footer><a href=/about>About us</a></footer></body></html>",
                "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("week of lamps"), a.body());
    }

    /**
     * A page builder that calls every block a widget: the story's text in two text widgets with a heading widget
     * between them, the second far shorter than the first.
     */
    @Test
    void readsAStoryWhoseTextStandsInAPageBuildersWidgets() throws Exception {
        String widget = "elementor-element elementor-widget elementor-widget-";
        StringBuilder page = new StringBuilder("<html><head><title>A week on the river</title></head><body>"
                + "<h1>A week on the river</h1><div class=\"elementor-column\"><div class=\"" + widget
                + "text-editor\"><div class=elementor-text-editor>");
        for (int i = 0; i < STORY.length - 1; i++) page.append("<p>").append(STORY[i]).append("</p>");
        page.append("</div></div><div class=\"").append(widget).append("heading\"><h2>What came next</h2></div>")
                .append("<div class=\"").append(widget).append("text-editor\"><div class=elementor-text-editor><p>")
                .append(STORY[STORY.length - 1]).append("</p></div></div></div>");
        ArticleContent a = parse(page + "<footer><a href=/about>About us</a></footer></body></html>", "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }

    /**
     * A test's results: a lead paragraph, then a table of thirty products (each name linked to its page, a price
     * and a mark), then the discussion. The rows cost the run more than the lead weighs, which was cut off.
     */
    @Test
    void keepsTheLeadAboveALongResultsTable() throws Exception {
        String lead = "We tested thirty kettles over two months for speed, safety, noise and the energy they use,"
                + " and most of them did well, but four failed because their handles grew too hot to hold.";
        StringBuilder page = new StringBuilder("<html><head><title>Thirty kettles tested</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/tests>Tests</a></nav><article><h1>Thirty kettles tested</h1>"
                + "<div class=body><p>").append(lead).append("</p><h2>The results</h2><table>"
                + "<tr><th>Model</th><th>Price</th><th>Mark</th></tr>");
        for (int i = 1; i <= 30; i++) {
            page.append("<tr><td><a href=/kettles/").append(i).append(">Brand ").append((char) ('A' + i % 26))
                    .append(" Kettle Model ").append(i).append("</a></td><td>").append(20 + i).append(" €</td><td>")
                    .append(1 + i % 5).append(",").append(i % 10).append("</td></tr>");
        }
        page.append("</table>");
        for (String p : STORY) page.append("<p>").append(p).append("</p>");
        ArticleContent a = parse(page + "</div></article><footer><a href=/about>About us</a></footer></body></html>",
                "page.html");
        assertTrue(a.body().startsWith("We tested thirty kettles"), a.body());
        assertTrue(a.body().contains("the first coach of visitors"), a.body());
    }

    /**
     * A comparison between two of the story's paragraphs: each row a product's name linked to its page, then its
     * price and mark. Mostly link, the rows read as a link list and were dropped from the body; a table of links
     * (every cell a link) still is.
     */
    @Test
    void keepsTheRowsOfADataTableBetweenTheStorysParagraphs() throws Exception {
        StringBuilder page = new StringBuilder("<html><head><title>Five tents tested</title></head><body>"
                + "<article><h1>Five tents tested</h1><p>").append(STORY[0]).append("</p><p>").append(STORY[1])
                .append("</p><table><tr><th>Tent</th><th>Price</th><th>Mark</th></tr>");
        for (int i = 1; i <= 5; i++) {
            page.append("<tr><td><a href=/tents/").append(i).append(">Ridgeline Shelter Lightweight Model ")
                    .append(i).append("</a></td><td>").append(90 + i).append(" €</td><td>").append(i).append("</td></tr>");
        }
        page.append("</table><p>").append(STORY[2]).append("</p><p>").append(STORY[3]).append("</p><table><tr>");
        for (int i = 1; i <= 3; i++) page.append("<td><a href=/more/").append(i).append(">More tents ").append(i)
                .append("</a></td>");
        page.append("</tr></table><p>").append(STORY[4]).append("</p></article></body></html>");
        ArticleContent a = parse(page.toString(), "page.html");
        assertTrue(a.body().contains("Ridgeline Shelter Lightweight Model 4 | 94 € | 4"), a.body());
        assertTrue(a.body().contains("market fills with stalls"), a.body());
        assertTrue(!a.body().contains("More tents"), a.body());
    }

    /**
     * The story goes on in a media object beside its lead's text box: a picture and a donation appeal by it, the
     * next paragraphs in the object's text box. The box's name weighs it down as a gallery's would; its text is the
     * story's.
     */
    @Test
    void readsTheStoryOnInAMediaObjectBesideItsLead() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < 4; i++) text.append("<p>").append(STORY[i]).append("</p>");
        String page = "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><div class=column>"
                + "<h1>A week on the river</h1><p class=meta>12 May</p><div class=text-block><p><strong>" + STORY[0]
                + "</strong></p></div><div class=\"o-media o-media--left\"><figure class=o-media__img><img src=/f.jpg"
                + " alt=Ferry></figure><div class=flyout><span>Help us!</span><p>Every small gift helps the people"
                + " of the river!</p><form action=/give><button>Give now</button></form></div>"
                + "<div class=o-media__body>" + text + "</div></div></div><footer><p>All rights reserved.</p>"
                + "</footer></body></html>";
        ArticleContent a = parse(page, "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("the new road will bring visitors"), a.body());
        assertTrue(!a.body().contains("Every small gift"), a.body());
    }

    /**
     * A travel guide laid out as a table: each section of the text in a cell of its own row, spacer rows and a
     * picture's caption between them, a menu in the first column, a blurb in the last. The longest section's cell
     * won, and its row holds only spacer cells beside it: the other sections were lost.
     */
    @Test
    void readsEverySectionOfAnArticleLaidOutInTheRowsOfATable() throws Exception {
        String spacer = "<tr><td colspan=4 height=14></td></tr>";
        String page = "<html><head><title>River guide</title></head><body><table>"
                + "<tr><td colspan=4><h1>River guide</h1></td></tr>"
                + "<tr><td><a href=/>Home</a><br><a href=/guides>Guides</a><br><a href=/contact>Contact</a></td>"
                + "<td colspan=2><p>Getting there<br><br>" + STORY[0] + "<br>" + STORY[7] + "</p></td><td></td></tr>"
                + spacer + "<tr><td></td><td colspan=2><p>Villages<br><br>" + STORY[1] + "<br><br>" + STORY[2]
                + "<br><br>" + STORY[3] + "<br><br>" + STORY[4] + "</p></td><td></td></tr>" + spacer
                + "<tr><td colspan=2></td><td><p>The market square at dusk, seen from the ferry.</p></td><td></td></tr>"
                + "<tr><td colspan=3></td><td><p>About us: we are two retired teachers, and we have written guides"
                + " to the rivers, lakes and islands of the region, with maps, timetables and tips, since 1998.<br>We"
                + " travel by ferry, bus and bicycle, and we pay for our rooms, meals and tickets, so that no hotel,"
                + " shop or tour can buy a good word in our guides.</p></td></tr>"
                + "<tr><td></td><td colspan=2><p>Going home<br><br>" + STORY[5] + "<br>" + STORY[6]
                + "</p></td><td></td></tr>" + spacer
                + "<tr><td colspan=4><p><a href=/imprint>Imprint</a> | <a href=/privacy>Privacy</a></p></td></tr>"
                + "</table></body></html>";
        ArticleContent a = parse(page, "page.html");
        assertTrue(a.body().startsWith("The ferry left the harbour"), a.body());
        assertTrue(a.body().contains("lights of the city looked strange"), a.body());
        assertTrue(!a.body().contains("Guides") && !a.body().contains("Privacy"), a.body());
        assertTrue(!a.body().contains("retired teachers"), a.body());
    }
}
