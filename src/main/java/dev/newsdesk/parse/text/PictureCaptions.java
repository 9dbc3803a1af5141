package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A picture's caption that a dump prints as a paragraph, known by the licence its credit closes with ("... the
 * harbour in 1910 / public domain", "... (Wikimedia Commons, CC BY-SA 4.0)"), by a short credit it closes with
 * ("... in Rome. © Agency / Jane Doe", "... in Rome. Photo: Jane Doe") or by the figure's number it opens with
 * ("Figure 3: ...", "Abbildung 3: ..."): a story names no licence nor photographer at the end of its own sentences,
 * and opens none with a figure's label. The caption goes, with a bare "Photo" label set right above it.
 */
final class PictureCaptions {

    /** Longer than this, a block is a paragraph that happens to end with a licence's name. */
    private static final int MAX_LICENSED_CHARS = 400;
    /** Longer than this, a block is a paragraph, whatever it opens with (a figure's caption may explain at length). */
    private static final int MAX_NUMBERED_CHARS = 700;
    /** Longer than this, a block is a paragraph that happens to end with a credit. */
    private static final int MAX_CREDITED_CHARS = 300;
    /** How many characters of the block's end are read for the credit: a name and a licence. */
    private static final int TAIL_CHARS = 80;
    /**
     * A licence after the mark that sets the credit apart ("/", "|", "©", a bracket, "Photo:"), a few words of names
     * between, at the very end: "public domain" in the languages we read, Wikimedia Commons, a Creative Commons
     * licence.
     */
    private static final Pattern LICENCE_TAIL = Pattern.compile(
            "(?:[/|©(]|\\b(?:foto|photo|fot\\.|bild|zdj[ęe]cie)\\s*:?)[^/|©()]{0,50}?\\b(?:public domain|domena publiczna|"
                    + "gemeinfrei|dominio p[úu]blico|domaine public|pubblico dominio|dom[íi]nio p[úu]blico|"
                    + "wikimedia commons|creative commons|cc0|cc[ -]by(?:-(?:sa|nd|nc))*(?: \\d\\.\\d)?)\\)?\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A credit at the very end: the copyright sign or a picture's label with its colon ("Foto:", "Bild:", "Credit:",
     * "Фото:", "Снимка:", "Φωτογραφία:"; Polish "Fot." before a capital, without one), then a few words of names,
     * agencies and slashes, no sentence after them. A source ("Quelle: dpa") closes a story's own paragraph, so it is
     * no mark.
     */
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?:©|(?<![\\p{L}\\p{N}_])(?:fotos?|photos?|bild|image|credit|fot\\.|zdj[ęe]cie|фото|снимка|снимок"
                    + "|φωτογραφ[ίι]α|φωτο)\\s*:|(?<![\\p{L}\\p{N}_])fot\\.(?=\\s+(?-i:\\p{Lu})))"
                    + "\\s*[^©:;!?\\s][^©:;!?]{0,49}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A figure's label and number, then a colon or a stop: "Figure 3:", "Abb. 2.", "Rys. 1 –", "Рисунок 4:". */
    private static final Pattern FIGURE_NUMBER = Pattern.compile(
            "^(?:figure|fig\\.|abbildung|abb\\.|grafik|figura|rysunek|rys\\.|ryc\\.|ilustraci[óo]n|illustration|"
                    + "рисунок|рис\\.)\\s*\\d{1,3}[a-z]?\\s*[:.–-]\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label a dump prints on a line of its own where a picture stood. */
    private static final List<String> PICTURE_LABELS = List.of("photo", "foto", "zdjęcie", "bild", "image", "picture",
            "imagen", "immagine", "fotografia");

    private PictureCaptions() {
    }

    /** Turns the verdict on each caption in {@code range}, and on its picture's label, into noise. */
    static void drop(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (!isCaption(blocks.get(i).text())) continue;
            verdicts.set(i, Verdict.NOISE);
            if (i > range.start() && isPictureLabel(blocks.get(i - 1).text())) verdicts.set(i - 1, Verdict.NOISE);
        }
    }

    /**
     * True when {@code text} is a caption whose credit ends with a licence or a short credit, or which opens with a
     * figure's number.
     */
    static boolean isCaption(String text) {
        String s = text.strip();
        if (s.length() > MAX_NUMBERED_CHARS) return false;
        if (FIGURE_NUMBER.matcher(s).lookingAt()) return true;
        if (s.length() > MAX_LICENSED_CHARS) return false;
        String tail = s.substring(Math.max(0, s.length() - TAIL_CHARS));
        return LICENCE_TAIL.matcher(tail).find()
                || s.length() <= MAX_CREDITED_CHARS && CREDIT_TAIL.matcher(tail).find();
    }

    private static boolean isPictureLabel(String text) {
        return PICTURE_LABELS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
