package dev.newsdesk.parse.input;

import dev.newsdesk.parse.meta.LanguageDetector;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

/**
 * The charset of a file saved in one of the single-byte code pages of older editors, when it declares none:
 * Windows-1252 or its neighbours for Central European, Cyrillic, Greek, Turkish, Hebrew, Arabic, Baltic and Thai
 * text. Every code page reads every byte, so each reading is judged as text, by its words that hold a byte above
 * ASCII (the same words in every reading). A word is plausible when it is letters of one script, cased as words
 * are, spelt with the letters of the reading's language ({@link Alphabet}). A wrong reading gives symbols inside
 * words ("przyjê³a"), Latin words of accented letters only ("ñîâåò"), capitals inside words, letters of another
 * alphabet, or spelling no language of the script allows. In a text set in capitals, where another code page's
 * reading may give lower case, capitals count as fully as lower case. The reading with the most plausible words
 * wins; on a tie the one of clearly commoner letters (both outside Latin), else the first in order, Windows-1252.
 */
final class SingleByteCharset {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The code pages tried, in order of preference on a tie. */
    private static final List<Charset> CODE_PAGES = Stream.of("windows-1252", "windows-1250", "ISO-8859-2",
            "windows-1251", "KOI8-U", "IBM866", "windows-1253", "ISO-8859-7", "windows-1254", "windows-1255",
            "windows-1256", "windows-1257", "x-windows-874").map(Charset::forName).toList();

    /** The scripts whose code pages hold vowel signs, points and joiners; the Latin, Cyrillic and Greek ones do not. */
    private static final Set<Character.UnicodeScript> WRITTEN_WITH_MARKS = Set.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.THAI);

    /** A word that cannot be text in the reading. */
    private static final int IMPLAUSIBLE = -2;

    private SingleByteCharset() {
    }

    /** The code page {@code prose} (a {@link ProseSample}) reads best in. */
    static Charset guess(byte[] prose) {
        Charset best = WINDOWS_1252;
        Judgement bestJudgement = null;
        Alphabet language = languageOf(prose);
        for (Charset codePage : CODE_PAGES) {
            String text = new String(prose, codePage);
            Judgement judgement = judge(text, language);
            if (bestJudgement == null || judgement.isBetterThan(bestJudgement)) {
                bestJudgement = judgement;
                best = codePage;
            }
        }
        return best;
    }

    /**
     * True when some code page reads {@code prose} as words only: two or more beyond ASCII, every one plausible. One
     * is too few: a Chinese or Japanese line sets no spaces, and reads in Thai, unspaced too, as one long word.
     */
    static boolean readsWhollyAsWords(byte[] prose) {
        Alphabet language = languageOf(prose);
        for (Charset codePage : CODE_PAGES) {
            String text = new String(prose, codePage);
            int words = wordsBeyondAscii(text).size();
            if (words > 1 && judge(text, language).score() == 2 * words) return true;
        }
        return false;
    }

    /**
     * How plausible a reading is: {@code score}, and {@code commonShare}, the share of its letters beyond ASCII that
     * are its alphabet's {@link Alphabet#commonest} ones (NaN for a Latin one), which breaks a tie.
     */
    record Judgement(int score, double commonShare) {

        /**
         * In Lingua's sentences 1-500 a script's ten commonest letters make 0.59-0.72 of its prose's letters beyond
         * ASCII (Cyrillic, Greek, Hebrew, Arabic; a sentence at the 5th percentile 0.50), a KOI8 reading of
         * Windows-1251 text 0.34-0.39: 0.1 stands well inside that gap, above a letter or two of difference.
         */
        private static final double CLEAR_MARGIN = 0.1;

        /**
         * A higher score, or the same with clearly commoner letters (both of scripts whose commonest letters are
         * known). Readings that differ in a letter or two, as Greek's two code pages do, keep the order of preference.
         */
        boolean isBetterThan(Judgement other) {
            return score > other.score || score == other.score && commonShare > other.commonShare + CLEAR_MARGIN;
        }
    }

    /** How plausible {@code text} is as prose in {@code language} (null when unknown). */
    static Judgement judge(String text, Alphabet language) {
        List<String> words = wordsBeyondAscii(text);
        Map<Integer, Integer> letters = nonAsciiLetters(words);
        Alphabet alphabet = likeliestAlphabet(letters);
        double commonShare = alphabet.commonest().isEmpty() ? Double.NaN
                : share(letters, alphabet, alphabet.commonest()::indexOf);
        return new Judgement(score(words, letters, alphabet, language), commonShare);
    }

    /**
     * Two points a plausible word, one an all-capitals one in a text with lower case or one spelt in another
     * language's alphabet (a name), −2 the rest.
     */
    private static int score(List<String> words, Map<Integer, Integer> letters, Alphabet alphabet, Alphabet language) {
        if (alphabet.countsVowels() && share(letters, alphabet, alphabet.vowels()::indexOf) < Alphabet.MIN_VOWEL_SHARE) {
            return Integer.MIN_VALUE / 2;
        }
        if (language != null && language.isLatin() && alphabet.isLatin()) alphabet = language;
        boolean inCapitals = isInCapitals(words);
        int score = 0;
        for (String word : words) score += points(word, alphabet, inCapitals);
        return score;
    }

    /** The words of ASCII letters only, for the language detector. */
    private static String asciiWords(String text) {
        StringBuilder s = new StringBuilder();
        int words = 0;
        int capitals = 0;
        for (String word : text.split("[\\s\\p{Punct}]+")) {
            if (!word.isEmpty() && word.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) {
                s.append(word).append(' ');
                words++;
                if (isAllCapitals(word)) capitals++;
                if (s.length() >= LanguageDetector.SAMPLE_CHARS) break;
            }
        }
        // The detector knows words as prose cases them: a text set in capitals is given to it in lower case.
        return capitals * 2 > words ? s.toString().toLowerCase(Locale.ROOT) : s.toString();
    }

    /** The runs of text between ASCII spaces and punctuation that hold a character beyond ASCII. */
    private static List<String> wordsBeyondAscii(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        boolean beyondAscii = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            // a no-break space groups thousands ("12 500") and sets off "%" in French: it parts words as a space
            boolean separator = c < 0x80 ? !Character.isLetterOrDigit(c) : Character.isSpaceChar(c);
            if (!separator) {
                if (start < 0) start = i;
                beyondAscii |= c >= 0x80;
            } else if (start >= 0) {
                if (beyondAscii) words.add(text.substring(start, i));
                start = -1;
                beyondAscii = false;
            }
        }
        return words;
    }

    /** How plausible {@code prose} reads in {@code codePage}, with its language told as {@link #guess} tells it. */
    static int score(byte[] prose, Charset codePage) {
        return judge(new String(prose, codePage), languageOf(prose)).score();
    }

    /** The words in ASCII letters alone are the same in every reading, and they name a Latin language. */
    private static Alphabet languageOf(byte[] prose) {
        return Alphabet.of(LanguageDetector.detect(asciiWords(new String(prose, WINDOWS_1252)), null));
    }

    private static Map<Integer, Integer> nonAsciiLetters(List<String> words) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String word : words) {
            word.codePoints().filter(c -> c >= 0x80 && Character.isLetter(c))
                    .forEach(c -> counts.merge(Character.toLowerCase(c), 1, Integer::sum));
        }
        return counts;
    }

    /** The alphabet holding the most of the reading's letters beyond ASCII. */
    private static Alphabet likeliestAlphabet(Map<Integer, Integer> letters) {
        Alphabet best = Alphabet.ALL.get(0);
        int bestCount = -1;
        for (Alphabet alphabet : Alphabet.ALL) {
            int count = 0;
            for (Map.Entry<Integer, Integer> e : letters.entrySet()) {
                if (alphabet.has(e.getKey())) count += e.getValue();
            }
            if (count > bestCount) {
                bestCount = count;
                best = alphabet;
            }
        }
        return best;
    }

    /** The share of the letters of {@code alphabet} that are among {@code some} (its index of a letter, -1 if not). */
    private static double share(Map<Integer, Integer> letters, Alphabet alphabet, IntUnaryOperator some) {
        int inAlphabet = 0;
        int found = 0;
        for (Map.Entry<Integer, Integer> e : letters.entrySet()) {
            if (!alphabet.has(e.getKey())) continue;
            inAlphabet += e.getValue();
            if (some.applyAsInt(e.getKey()) >= 0) found += e.getValue();
        }
        return inAlphabet == 0 ? 1 : (double) found / inAlphabet;
    }

    /**
     * True when the letters beyond ASCII are capitals only: a notice or headline set in capitals, whose words are
     * cased as its style is, no rarer than words in lower case.
     */
    private static boolean isInCapitals(List<String> words) {
        boolean upper = false;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c < 0x80 || c == 'ª' || c == 'º' || c == 'ß') continue; // ordinals; "ß" has no capital here
                if (Character.isLowerCase(c)) return false;
                upper |= Character.isUpperCase(c);
            }
        }
        return upper;
    }

    private static int points(String word, Alphabet alphabet, boolean inCapitals) {
        if (word.indexOf('\uFFFD') >= 0 || word.chars().anyMatch(Character::isISOControl)) return IMPLAUSIBLE;
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) from++;
        // a Thai word may end in a vowel sign ("รัฐมนตรี"): the spelling judges it, as it does one on a Latin word
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1)) && !isWordMark(word.charAt(to - 1))) to--;
        if (from == to) return 0; // a dash, quote marks: no word at all
        for (int i = 0; i < word.length(); i++) {
            // Quotes, brackets, dashes and currency stand against words; "¶λλο" or a vowel sign on a Latin word do not.
            if ((i < from || i >= to) && !isPunctuationAgainstWords(word.charAt(i))) return IMPLAUSIBLE;
        }
        String core = word.substring(from, to);
        if (!isWellFormed(core)) return IMPLAUSIBLE;
        // one letter alone: "Ť" is as likely a reading of "«" as a word
        if (core.codePoints().filter(Character::isLetter).count() < 2) return 0;
        if (isSpeltIn(core, alphabet)) return isAllCapitals(core) && !inCapitals ? 1 : 2;
        boolean name = Character.UnicodeScript.of(core.codePointAt(0)) == Character.UnicodeScript.LATIN
                && Alphabet.ALL.stream().anyMatch(a -> a.isLatin() && isSpeltIn(core, a));
        return name ? 1 : IMPLAUSIBLE;
    }

    /** True when every letter of {@code word} beyond ASCII is one of {@code alphabet}'s (ordinals "ª", "º" aside). */
    private static boolean isSpeltIn(String word, Alphabet alphabet) {
        return word.chars().allMatch(c -> c < 0x80 || !Character.isLetter(c) || c == 'ª' || c == 'º'
                || Character.toLowerCase(c) < 0x80 || alphabet.has(Character.toLowerCase(c))); // "İ" is "i"
    }

    /** Capitals only, more than one ("NATO"): a word, though rarer in prose than a word in lower case. */
    private static boolean isAllCapitals(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isUpperCase)
                && word.chars().noneMatch(Character::isLowerCase);
    }

    /** Letters of one script, cased as words are, spelt as the script allows, with no symbol among them. */
    private static boolean isWellFormed(String word) {
        Character.UnicodeScript script = null;
        Character.UnicodeBlock block = null;
        int letters = 0;
        int beyondAscii = 0;
        int previous = 0;
        boolean marked = false;
        Character.UnicodeBlock digitBlock = null;
        boolean digits = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u00AD') continue; // a soft hyphen: any word may hold one
            if (isWordMark(c)) {
                // A vowel sign or joiner belongs to the script of the letters it stands between.
                if (block != null && Character.getType(c) != Character.FORMAT && Character.UnicodeBlock.of(c) != block) {
                    return false;
                }
                marked = true;
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (script != null && s != script) return false; // letters of two scripts
                script = s;
                block = Character.UnicodeBlock.of(c);
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) return false; // "ÃîðîäñêîÉ"
                letters++;
                if (c >= 0x80) beyondAscii++;
            } else if (Character.isDigit(c)) {
                digits = true;
                if (c >= 0x80) digitBlock = Character.UnicodeBlock.of(c); // "๔" in "Rh๔ne": another script's digit
            } else if (c != '’' && c != '·') { // "l’école", "col·legi"
                return false; // a symbol or punctuation inside a word: "przyjê³a"
            }
            previous = c;
        }
        if (marked && (script == null || !WRITTEN_WITH_MARKS.contains(script))) return false;
        if (digitBlock != null && block != null && digitBlock != block) return false;
        if (digits && beyondAscii > 0) return false; // "12а500": a no-break space read as a letter between digits
        if (script == Character.UnicodeScript.LATIN) {
            return letters < 3 || beyondAscii * 2 <= letters; // words of accented letters only: another script
        }
        if (script == Character.UnicodeScript.GREEK) return isGreekSpelling(word);
        if (script == Character.UnicodeScript.CYRILLIC) return isCyrillicSpelling(word);
        if (script == Character.UnicodeScript.THAI) return isThaiSpelling(word);
        if (script == Character.UnicodeScript.HEBREW) return isHebrewSpelling(word);
        return true;
    }

    private static boolean isPunctuationAgainstWords(char c) {
        return switch (Character.getType(c)) {
            case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.DASH_PUNCTUATION, Character.CURRENCY_SYMBOL -> true;
            default -> "¿¡…•°%‰′″’‘،؛؟".indexOf(c) >= 0 || c < 0x80;
        };
    }

    /** Vowel signs and points, the joiners of Persian words: parts of words in the scripts that write them. */
    private static boolean isWordMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }

    /** Greek writes ς at the end of a word and σ elsewhere. */
    private static boolean isGreekSpelling(String word) {
        int sigma = word.indexOf('ς');
        return (sigma < 0 || sigma == word.length() - 1) && !word.endsWith("σ");
    }

    /**
     * A soft sign or "ы" follows a consonant in every Cyrillic language: no word starts with one, and none comes
     * after a vowel. (A text in capitals read in another code page gives words of real letters, which only
     * spelling tells from words.)
     */
    private static boolean isCyrillicSpelling(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if ((c == 'ь' || c == 'ы') && (i == 0 || !isCyrillicConsonant(Character.toLowerCase(word.charAt(i - 1))))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCyrillicConsonant(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && !Alphabet.isCyrillicVowel(c)
                && c != 'ь' && c != 'ъ';
    }

    /**
     * Hebrew writes the final forms of kaf, mem, nun, pe and tsadi at the end of a word only; ISO-8859-8 text in
     * visual order stores each word reversed, so there they all stand at its start.
     */
    private static boolean isHebrewSpelling(String word) {
        boolean logical = true;
        boolean visual = true;
        for (int i = 0; i < word.length(); i++) {
            if ("ךםןףץ".indexOf(word.charAt(i)) < 0) continue;
            logical &= i + 1 == word.length() || !Character.isLetter(word.charAt(i + 1));
            visual &= i == 0 || !Character.isLetter(word.charAt(i - 1));
        }
        return logical || visual;
    }

    /** Thai writes a leading vowel before a consonant, and vowel and tone marks after a consonant or a mark. */
    private static boolean isThaiSpelling(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'เ' && c <= 'ไ' && (i + 1 == word.length() || !isThaiConsonant(word.charAt(i + 1)))) {
                return false;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    && (i == 0 || !isThaiConsonant(word.charAt(i - 1))
                            && Character.getType(word.charAt(i - 1)) != Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isThaiConsonant(char c) {
        return c >= 'ก' && c <= 'ฮ';
    }
}
