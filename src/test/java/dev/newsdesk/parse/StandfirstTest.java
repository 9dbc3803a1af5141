package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standfirst set above the article's body, in an element of its own, is the article's first paragraph. */
class StandfirstTest {

    private static final String HEADLINE = "Les écoles rouvriront en septembre";
    private static final String LEAD = "Le gouvernement a présenté mardi son plan pour les écoles. Les classes "
            + "rouvriront en septembre avec des effectifs réduits, et le Parlement en débattra dès la rentrée";
    private static final String CHAPO = "Le gouvernement a présenté mardi un plan pour les écoles, qui sera débattu "
            + "au Parlement dès la rentrée.";

    @Test
    void keepsAChapoBesideTheBody() throws RejectedFileException {
        String html = "<html><body><nav><a href=/>Accueil</a></nav><div class=main><h1>Le titre</h1>"
                + "<div class=chapo><p>" + CHAPO + "</p></div><div class=texte>" + paragraphs(FRENCH_PROSE)
                + "</div></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.startsWith(CHAPO), body);
    }

    @Test
    void keepsALedeInTheHeaderAboveTheBody() throws RejectedFileException {
        String html = "<html><body><div class=cartouche><h1>Le titre</h1><div class=article-lede><p>" + CHAPO
                + "</p></div><div class=date>12 mars 2020</div></div><div class=corps>" + paragraphs(FRENCH_PROSE)
                + "</div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.startsWith(CHAPO), body);
    }

    /** WordPress names the post's summary "excerpt"; other CMSs call it the article's "abstract". */
    @Test
    void keepsAnExcerptOrAnAbstractAboveTheBody() throws RejectedFileException {
        for (String name : new String[] {"entry-excerpt", "content-header__abstract"}) {
            String html = "<html><body><div class=cartouche><h1>Le titre</h1><p class=" + name + ">" + CHAPO
                    + "</p></div><div class=corps>" + paragraphs(FRENCH_PROSE) + "</div></body></html>";
            String body = parse(html, "a.html").body();
            assertTrue(body.startsWith(CHAPO), name + ": " + body);
        }
    }

    /** A named lead of two lines or more is the article's though it ends with no stop, as sells often do. */
    @Test
    void keepsANamedLeadOfTwoLinesThatEndsWithNoStop() throws RejectedFileException {
        String body = parse(besideTheBody("<div class=testa><div class=sommario><p>" + LEAD
                + "</p></div><p>12 mars 2020</p></div>"), "a.html").body();
        assertTrue(body.startsWith(LEAD), body);
    }

    @Test
    void leavesAnUnnamedParagraphAboveTheBody() throws RejectedFileException {
        String html = "<html><body><div class=promo><p>" + CHAPO + "</p></div><div class=texte>"
                + paragraphs(FRENCH_PROSE) + "</div></body></html>";
        assertFalse(parse(html, "a.html").body().contains(CHAPO));
    }

    /** A subtitle set as a heading under the headline is the article's lead, not a subheading of its body. */
    @Test
    void keepsASubtitleHeadingUnderTheHeadlineAsTheFirstParagraph() throws RejectedFileException {
        String subtitle = "Le gouvernement présente un plan pour les écoles, débattu au Parlement dès la rentrée";
        String html = "<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE
                + "</h1><h2>" + subtitle + "</h2><ul><li>Par Jeanne Martin</li><li>12 mars 2020</li></ul><div class=corps>"
                + paragraphs(FRENCH_PROSE) + "</div></article></body></html>";
        Block first = parse(html, "a.html").blocks().get(0);
        assertEquals(List.of(Block.Type.PARAGRAPH, subtitle), List.of(first.type(), first.text()));
    }

    @Test
    void leavesALinkedHeadingUnderTheHeadline() throws RejectedFileException {
        String teaser = "Le gouvernement présente un plan pour les écoles, débattu au Parlement dès la rentrée";
        String html = "<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE
                + "</h1><h2><a href=/plan>" + teaser + "</a></h2><div class=corps>" + paragraphs(FRENCH_PROSE)
                + "</div></article></body></html>";
        assertFalse(parse(html, "a.html").body().contains(teaser));
    }

    /**
     * An article's header reads its headline as the title, so no block of the walk stands for it: the unnamed lead of
     * two lines and more right after it, before the byline, is still the one under the headline.
     */
    @Test
    void keepsAnUnnamedLeadAfterTheHeadlineOfTheArticlesHeader() throws RejectedFileException {
        String body = parse(underHeaderHeadline("<p>Par Jeanne Martin</p><p>" + LEAD + "</p>"), "a.html").body();
        assertTrue(body.startsWith(LEAD), body);
    }

    /** A one-line sell there is the magazine's dek, not the article's lead. */
    @Test
    void leavesAOneLineSellAfterTheHeadlineOfTheArticlesHeader() throws RejectedFileException {
        String sell = "Le plan du gouvernement pour les écoles divise déjà les syndicats.";
        assertFalse(parse(underHeaderHeadline("<p>" + sell + "</p>"), "a.html").body().contains(sell));
    }

    /**
     * A page builder sets the lead in a box of its own beside the story's text, under a byline, and the page names
     * no headline the walk can find: the lead of two lines and more, kin to the text, is the article's first paragraph.
     */
    @Test
    void keepsAnUnnamedLeadInABoxBesideTheBody() throws RejectedFileException {
        String body = parse(besideTheBody("<div class=zeile><div class=spalte><p>" + LEAD + ".</p></div></div>"
                + "<p>Par Jeanne Martin</p>"), "a.html").body();
        assertTrue(body.startsWith(LEAD + "."), body);
    }

    /** A table of contents between the lead's box and the text (its title, a line per section) parts them no more. */
    @Test
    void keepsALeadAboveATableOfContents() throws RejectedFileException {
        StringBuilder contents = new StringBuilder("<div class=sommaire><h2>Au sommaire :</h2><ul>");
        for (String part : List.of("Les classes", "Les horaires", "Les cantines", "Les transports", "Les examens",
                "Les enseignants", "Le calendrier")) {
            contents.append("<li><a href=#").append(part.length()).append('>').append(part).append("</a></li>");
        }
        String body = parse(besideTheBody("<div class=zeile><div class=spalte><p>" + LEAD + ".</p></div></div>"
                + contents + "</ul></div>"), "a.html").body();
        assertTrue(body.startsWith(LEAD + "."), body);
    }

    /**
     * A box of other stories between the lead's box and the text (its heading, a line of links per story, longer than
     * a table of contents' lines) parts them no more, however many stories it lists.
     */
    @Test
    void keepsALeadAboveABoxOfOtherStories() throws RejectedFileException {
        StringBuilder box = new StringBuilder("<div class=voir><h4>À lire aussi</h4>");
        for (String story : List.of("Les syndicats d'enseignants appellent à la grève dès la rentrée de septembre",
                "Cantines scolaires : les communes cherchent encore des cuisiniers pour leurs écoles",
                "Le calendrier des examens de fin d'année bouleversé par la réforme des lycées",
                "Transports scolaires : les régions promettent davantage de cars pour les élèves",
                "Les parents d'élèves inquiets des classes trop chargées dans les collèges",
                "Les nouveaux horaires des écoles primaires font débat dans plusieurs grandes villes")) {
            box.append("<p>Éducation <a href=/").append(story.length()).append('>').append(story).append("</a></p>");
        }
        String body = parse(besideTheBody("<div class=zeile><div class=spalte><p>" + LEAD + ".</p></div></div>"
                + box + "</div>"), "a.html").body();
        assertTrue(body.startsWith(LEAD + "."), body);
    }

    /** A page builder nests each text five boxes deep, the lead set as a heading in its own row above the text's. */
    @Test
    void keepsALeadInAPageBuildersRowAboveTheText() throws RejectedFileException {
        String html = "<html><body><article><h1>Le titre</h1>" + builderRow("<h2>" + LEAD + ".</h2>")
                + builderRow(paragraphs(FRENCH_PROSE)) + "</article></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.startsWith(LEAD + "."), body);
    }

    private static String builderRow(String content) {
        return "<div class=reihe><div class=spalte><div class=huelle><div class=textblock><div class=innen>" + content
                + "</div></div></div></div></div>";
    }

    /** The same text straight in the page's body is the site's blurb, no kin of the story's text. */
    @Test
    void leavesAnUnnamedLeadStraightInThePagesBody() throws RejectedFileException {
        String html = "<html><body><p>" + LEAD + ".</p><div class=page><div class=corps>" + paragraphs(FRENCH_PROSE)
                + "</div></div></body></html>";
        assertFalse(parse(html, "a.html").body().contains(LEAD), "blurb kept");
    }

    /** A review's box of pros and cons above the text: its short lines end as sentences, no byline's do. */
    @Test
    void leavesAReviewsProsAboveTheBody() throws RejectedFileException {
        String pros = "Un son riche et précis. Une autonomie de trente heures, et une recharge rapide. Un casque "
                + "léger et confortable. Des commandes simples sur l'application du fabricant.";
        String body = parse(besideTheBody("<div class=avis><div class=pour><p>Pour</p><p>" + pros + "</p></div>"
                + "<div class=contre><p>Contre</p><p>Un design terne.</p></div></div>"), "a.html").body();
        assertFalse(body.contains(pros), body);
    }

    /** A subtitle grouped with the headline in an hgroup is the article's lead, though one line long. */
    @Test
    void keepsASubtitleGroupedWithTheHeadline() throws RejectedFileException {
        String subtitle = "Le plan du gouvernement pour les écoles divise déjà les syndicats et les parents.";
        String body = parse(underHeaderHeadline("").replace("<h1>" + HEADLINE + "</h1>",
                "<hgroup><h3>Éducation</h3><h1>" + HEADLINE + "</h1><h2>" + subtitle + "</h2></hgroup>"), "a.html")
                .body();
        assertTrue(body.startsWith(subtitle), body);
    }

    /** A design system's type style ("caption") on a lead heading does not make it a picture's caption. */
    @Test
    void keepsALeadHeadingStyledAsACaption() throws RejectedFileException {
        String body = parse(besideTheBody("<h2 class=\"hero__teaser caption-s5\">" + LEAD + ".</h2>"), "a.html")
                .body();
        assertTrue(body.startsWith(LEAD), body);
    }

    /** A story's wrapper holding {@code aboveTheText} and the text's element, under a headline no title names. */
    private static String besideTheBody(String aboveTheText) {
        return "<html><body><nav><a href=/>Accueil</a></nav><article><h1>Le titre</h1>" + aboveTheText
                + "<div class=corps>" + paragraphs(FRENCH_PROSE) + "</div></article></body></html>";
    }

    /** A page whose article's header holds its headline, then {@code afterHeadline}, above the body. */
    private static String underHeaderHeadline(String afterHeadline) {
        return "<html><head><title>" + HEADLINE + "</title></head><body><article><div class=haut><header>"
                + "<p>Éducation</p><h1>" + HEADLINE + "</h1>" + afterHeadline + "</header></div><div class=corps>"
                + paragraphs(FRENCH_PROSE)
                + "</div></article></body></html>";
    }
}
