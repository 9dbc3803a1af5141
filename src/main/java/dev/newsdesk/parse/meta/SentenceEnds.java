package dev.newsdesk.parse.meta;

/**
 * What ends a sentence, in every script the parser meets: the one list the block verdicts, the signature and
 * credit readers, the dump's language, the headline finder and the entity finder share.
 */
public final class SentenceEnds {

    /**
     * The full stops: Latin (and Greek, Cyrillic), the Chinese and Japanese full-width ones, the Devanagari danda and
     * double danda, the Urdu full stop, the Armenian, Ethiopic, Burmese and Khmer stops.
     */
    private static final String FULL_STOPS = ".。．।॥۔։።။\u17d4\u17d5";
    /**
     * Every mark that ends a sentence: the full stops, question and exclamation marks (the Greek question mark is a
     * character of its own that looks like a semicolon; Arabic's is mirrored), full-width ones, the ellipsis.
     */
    public static final String MARKS = FULL_STOPS + "!?…\u037e！？؟";
    /**
     * The marks of scripts written without spaces between words (Chinese, Japanese): the next sentence follows them
     * with no space.
     */
    public static final String UNSPACED_MARKS = "。．！？";
    /**
     * What may follow a sentence's end: closing quotes (a German or Polish quote closes with “, a German one set
     * »so« with «) and brackets.
     */
    private static final String CLOSERS = "\"'”’“»«›‹)]\u00a0」』）";
    /** A smiley's eyes, nose and mouth (":-)", ";-))", ":D", "=(", ":-P"), read from its mouth back. */
    private static final String FACE_EYES = ":;=";
    private static final String FACE_NOSES = "-'^";
    private static final String FACE_MOUTHS = ")(][DPp/|*3";
    /** Thai's consonants, which an abbreviation ends with; not its vowels, digits or marks (ฯ ๆ). */
    private static final char THAI_FIRST_CONSONANT = '\u0e01';
    private static final char THAI_LAST_CONSONANT = '\u0e2e';

    private SentenceEnds() {
    }

    /** True when {@code c} ends a sentence. */
    public static boolean isEnd(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    /**
     * True when {@code text} ends with a sentence's mark, closing quotes and brackets aside; {@code alsoEnding} names
     * what else may close it for the caller (a colon that announces what follows), or is empty.
     */
    public static boolean endsText(String text, String alsoEnding) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) i--;
        return i >= 0 && (isEnd(text.charAt(i)) && !closesThaiAbbreviation(text, i)
                || alsoEnding.indexOf(text.charAt(i)) >= 0);
    }

    /**
     * True when the period at {@code i} follows a Thai consonant: Thai writes no full stop, and a period there is an
     * abbreviation's ("14:20 น." for the hour, "8 ธ.ค." for a month), which a dateline ends with. After a Thai digit,
     * vowel or mark ("ค่ะ.", "ฯลฯ.") it is taken as a sentence's end, as a writer who adds Western stops puts them.
     */
    private static boolean closesThaiAbbreviation(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && text.charAt(i - 1) >= THAI_FIRST_CONSONANT
                && text.charAt(i - 1) <= THAI_LAST_CONSONANT;
    }

    /**
     * True when {@code text} ends with a smiley set apart from the word before it ("see you there ;-)"): a chatty
     * sentence's end, which the smiley takes the place of or follows.
     */
    public static boolean endsWithSmiley(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        int mouthEnd = i;
        while (i >= 0 && FACE_MOUTHS.indexOf(text.charAt(i)) >= 0) i--;
        if (i == mouthEnd) return false;
        if (i >= 0 && FACE_NOSES.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && FACE_EYES.indexOf(text.charAt(i)) >= 0
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
    }

    /**
     * True when {@code text} ends with a full stop, closing quotes and brackets aside: a quoted sentence ("„…
     * vermutet.“") ends as a sentence, a quoted exclamation ("…: “We did it!”") as a headline may.
     */
    public static boolean closesOnFullStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) i--;
        return i >= 0 && FULL_STOPS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * True when {@code text} ends with a full stop (no question or exclamation mark, which a headline may end with),
     * trailing whitespace aside.
     */
    public static boolean endsWithFullStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i >= 0 && FULL_STOPS.indexOf(text.charAt(i)) >= 0;
    }
}
