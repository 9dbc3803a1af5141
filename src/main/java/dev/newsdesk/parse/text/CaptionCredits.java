package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.PictureCredits;
import java.util.regex.Pattern;

/**
 * A picture's credit on a dump's caption line, in the shapes {@link PictureCredits} knows and those a dump's header
 * prints besides: a label in more words and languages ("Picture by …", "Abb.:", "Symbolbild", "Фото:"), a source
 * in brackets closing the caption ("(Agency/Photographer)", "(site.com)"), or an agency's or photographer's name
 * glued to the caption's last sentence ("… in New York.Reuters"), as a page's markup sets them apart.
 */
final class CaptionCredits {

    /** The labels of a picture's credit, with a colon or "by" after them, or a picture's label alone. */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])(?:pictures?|pics?|abb"
            + "|abbildung|imagen|immagine|illustration|zdjęcie|kuva|slika|fotó|фото|снимка|снимок)\\.?\\s*(?::|by\\b)"
            + "|^symbolbild\\b");
    /**
     * A closing bracket naming the source: names set apart by a slash (words, not a job ad's "(m/w/d)"), or a
     * site's address.
     */
    private static final Pattern BRACKETED_SOURCE = Pattern.compile("\\([^()]*(?:\\p{L}{3,}\\s*/\\s*\\p{L}{2,}"
            + "|\\b[\\p{L}\\d-]+\\.\\p{Ll}{2,6}\\b)[^()]*\\)\\s*$");
    /** A sentence's end with a capitalised name of up to four words glued to it, closing the line. */
    private static final Pattern GLUED_SOURCE = Pattern.compile(
            "\\p{Ll}{2}\\.\\p{Lu}[\\p{L}’'-]*(?:[ /]\\p{Lu}[\\p{L}’'-]*){0,3}$");

    /**
     * A caption is a line or two: a longer line is prose, and the bracket's pattern would take time growing with the
     * cube of an unclosed bracket's length.
     */
    private static final int MAX_CAPTION_CHARS = 400;

    private CaptionCredits() {
    }

    /** True when {@code line} holds a picture's credit: a caption, never a headline nor a standfirst. */
    static boolean in(String line) {
        return PictureCredits.in(line) || line.length() <= MAX_CAPTION_CHARS && (LABEL.matcher(line).find()
                || BRACKETED_SOURCE.matcher(line).find() || GLUED_SOURCE.matcher(line).find());
    }
}
