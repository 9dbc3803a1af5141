package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.ENGLISH_PROSE;
import static dev.newsdesk.parse.ParserTestSupport.paragraphs;
import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A reference work's sentence ends with its footnote marks after the stop ("by her husband.[20]"): it still ends as
 * a sentence, so a table's row that opens with a work's linked title and sums it up in such a sentence is the
 * article's text, not a teaser's headline under a paragraph.
 */
class FootnoteMarksTest {

    /** A row that ends with its stop, read as prose: the rows under it follow a paragraph. */
    private static final String FIRST = "A woman who lost her husband on the last night of the year wishes she could "
            + "live the whole year again, and somehow gets her chance to try.";
    private static final String[][] ROWS = {
        {"The Long Morning", "1997", "A doctor makes several trips back in time to save a woman from a fire.[20]"},
        {"Second Summer", "2007", "A boy gets his wish that every day could be the last day of the holidays.[26][27]"},
        {"Rerun", "2010", "A group of patients at a clinic are forced to live the same day over and over.[a]"},
        {"Loop Street", "2014", "A retired officer is trapped in a loop on the day of his own retirement party.[31]"},
    };

    @Test
    void readsTheRowsOfSentencesWithFootnotesAsText() throws RejectedFileException {
        StringBuilder html = new StringBuilder("<html><body><h1>Films about repeated days</h1><div id=content>")
                .append(paragraphs(ENGLISH_PROSE)).append("<table><thead><tr><th>Film</th><th>Year</th><th>Plot</th>")
                .append("</tr></thead><tbody><tr><th>Once More</th><td>1947</td><td>").append(FIRST)
                .append("</td></tr>");
        for (String[] row : ROWS) {
            int note = row[2].indexOf('[');
            html.append("<tr><th scope=row><i><a href=/wiki/").append(row[1]).append('>').append(row[0])
                    .append("</a></i></th><td>").append(row[1]).append("</td><td>").append(row[2], 0, note)
                    .append("<sup><a href=#note>").append(row[2].substring(note)).append("</a></sup></td></tr>");
        }
        html.append("</tbody></table>").append(paragraphs(ENGLISH_PROSE.replace("city council", "county board")))
                .append("</div></body></html>");
        String body = parse(html.toString(), "a.html").body();
        for (String[] row : ROWS) assertTrue(body.contains(row[2].substring(0, 30)), body);
    }
}
