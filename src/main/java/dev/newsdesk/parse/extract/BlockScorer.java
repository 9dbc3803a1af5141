package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.LowerCaseWords;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Stopwords;
import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;

/**
 * Says how much a block looks like article prose. Prose is long, made of sentences (it ends with punctuation
 * and is rich in function words) and carries few links; page chrome is short, link-heavy and uses the
 * vocabulary of {@link Boilerplate}.
 */
public final class BlockScorer {

    /** The verdict on one block. */
    public enum Verdict { PROSE, SHORT, NOISE, END }

    /** Below this share of function words, prose starts to look like a keyword list (news prose runs 0.35-0.5). */
    private static final double TYPICAL_STOPWORD_RATIO = 0.3;

    /** A third of a sentence outside its links at least, or it is a link (a teaser whose summary is linked too). */
    private static final double MAX_SENTENCE_LINK_DENSITY = 2 / 3.0;

    /** Enough characters for a hundred words or so. */
    private static final int SAMPLE_CHARS = 1_200;

    /**
     * What ends a block as a sentence besides a sentence's mark ({@link SentenceEnds}): a colon or a semicolon,
     * Latin or full-width, which close a line that announces a list or a quotation.
     */
    private static final String ALSO_ENDING = ":;：；";
    /**
     * What marks a clause or a sentence inside a text: Latin and full-width commas and stops, the ideographic comma,
     * Arabic's comma, semicolon and question mark, the Devanagari danda (no ellipsis: a teaser's title cut short).
     */
    private static final String CLAUSE_MARKS = ",.;:!?，、。；：！？．،؛؟।";

    /** The fewest characters of a clause that spaces part from the next (a name in a menu has fewer). */
    private static final int MIN_SPACED_CLAUSE = 8;
    /** The longest footnote mark in brackets: a number, a letter, "n 12", "citation needed". */
    private static final int MAX_NOTE_MARK = 20;

    /** Ten English words run 45-50 letters; a short sentence of a language that joins words is as long. */
    private static final int MIN_SENTENCE_LETTERS = 40;
    /**
     * The fewest words of such a sentence: a label and a long compound ("Subscribe: our newsletter...") or a
     * button's call are fewer, where a sentence that joins words still has a subject, an object and a verb or two.
     */
    private static final int MIN_LETTERED_SENTENCE_WORDS = 5;
    /** Hangul's precomposed syllables. */
    private static final char HANGUL_FIRST = '\uac00';
    private static final char HANGUL_LAST = '\ud7a3';

    /** The Thai and Lao blocks: scripts that mark neither clauses nor sentences, a space parting them. */
    private static final char THAI_AND_LAO_FIRST = '\u0e00';
    private static final char THAI_AND_LAO_LAST = '\u0eff';

    private final String language;
    private final SampleWords sampleWords;
    /**
     * Whether the text is in a known language whose function words are not listed: its sentences are weighed by their
     * letters too ({@link #longSentence}). Not when the caller trusts no language (null): the words of English or
     * German prose judged blind stay the measure.
     */
    private final boolean unlisted;

    private final boolean dump;

    /**
     * A scorer for text in {@code language} (null if unknown). For a {@code dump} (no markup) small print is
     * judged more eagerly: there nothing else keeps a footer out.
     */
    public BlockScorer(String language, boolean dump) {
        Set<String> listed = Stopwords.of(language);
        // A language whose function words are not listed (Japanese, Hungarian...) is judged as an unknown one.
        this.language = listed.isEmpty() ? null : language;
        this.unlisted = language != null && listed.isEmpty();
        this.sampleWords = SampleWords.of(this.language);
        this.dump = dump;
    }

    /** Classifies {@code c}. */
    public Verdict judge(Candidate c) {
        return judge(c, true);
    }

    /**
     * {@link #judge} blind to the small print's vocabulary: what a block that speaks of rights, sites, terms or
     * cookies reads as otherwise (a reporter's paragraph on advertisers' cookies is prose).
     */
    public Verdict judgeAsText(Candidate c) {
        return judge(c, false);
    }

    private Verdict judge(Candidate c, boolean smallPrint) {
        String text = c.text();
        // The vocabulary only names short lines; a long block is never chrome by its words alone.
        if (text.length() <= Boilerplate.MAX_CHROME_CHARS) {
            String key = Boilerplate.key(text);
            // an author's profile ends a story in markup too; a box of other articles only in a dump
            if (Boilerplate.endsArticle(text, key) || Boilerplate.headsAuthorProfile(key)
                    || dump && Boilerplate.headsOtherArticles(key)) {
                return Verdict.END;
            }
            if (Boilerplate.isNoiseKey(key) || c.kind() != Candidate.Kind.HEADING && Boilerplate.isCapitalAdLabel(text)
                    || AddressLine.sourceCredit(text)) {
                return Verdict.NOISE;
            }
        }
        if (c.isMostlyLinks() && !linkedSentences(c) || ServerErrors.only(text)) return Verdict.NOISE;
        // Long blocks are judged on a sample of their words: a paragraph's first hundred words say what it is.
        Sample sample = sample(text);
        if (smallPrint && sample.isSmallPrint(!dump)) return Verdict.NOISE;
        int words = c.words();
        boolean sentence = endsLikeSentence(text);
        if (sentence && (words >= 10 || unlisted && words >= MIN_LETTERED_SENTENCE_WORDS && longSentence(text))
                || words >= 25 && isLongLine(text, c.marked(), language == null, dump)) {
            double stop = sample.stopwordRatio();
            // Prose in any of our languages is at least a tenth function words; lists of names and tags are not.
            if (stop >= 0.12 || language == null || words >= 10 && sentence && stop >= 0.06) return Verdict.PROSE;
        }
        return Verdict.SHORT;
    }

    /**
     * Whether a sentence of fewer than ten words is as long as ten English ones: {@link #MIN_SENTENCE_LETTERS} letters
     * (vowel signs included). Turkish, Hungarian, Arabic, Hebrew and Korean join what English writes as words
     * (endings, articles, prepositions) into one, so their one-sentence paragraph has fewer words than English's; this
     * holds in every detected language whose function words are not listed. A Hangul syllable is a block of two or
     * three letters: it counts as two.
     */
    private static boolean longSentence(String text) {
        if (hasLabelColon(text)) return false;
        int letters = 0;
        for (int i = 0, n = text.length(); i < n && letters < MIN_SENTENCE_LETTERS; i++) {
            char c = text.charAt(i);
            if (c >= HANGUL_FIRST && c <= HANGUL_LAST) letters += 2;
            else if (Character.isLetter(c) || Words.isMark(c)) letters++;
        }
        return letters >= MIN_SENTENCE_LETTERS;
    }

    /**
     * Whether {@code text} holds a label's colon: a line of the site's ("Send us a tip: ..."), not a sentence
     * of the story. A colon between digits is a score or a time ("2:1", "14:30"), no label's.
     */
    private static boolean hasLabelColon(String text) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1))) return true;
        }
        return text.indexOf('\uff1a') >= 0;
    }

    /**
     * A roundup's items are sentences with their key words linked: long, ending as a sentence, and with a good part
     * of their words outside links. A link list's items are titles, each one link.
     */
    private static boolean linkedSentences(Candidate c) {
        return c.linkDensity() <= MAX_SENTENCE_LINK_DENSITY && c.words() >= 20 && endsLikeSentence(c.text());
    }

    /**
     * What a prose block weighs in the search for the article: its words, discounted when function words are rare
     * (keyword-stuffed site blurbs, lists of names), which real sentences never are.
     */
    public double proseWeight(Candidate c) {
        String text = c.text();
        int words = c.words();
        if (language == null) return words;
        double ratio = sample(text).stopwordRatio();
        return words * Math.max(0.3, Math.min(1, ratio / TYPICAL_STOPWORD_RATIO));
    }

    /**
     * The first {@link #SAMPLE_CHARS} of {@code text}, its words read once for all the tallies the verdict needs, each
     * looked up where it stands by the key made as it was read (a block's words are never built).
     */
    private Sample sample(String text) {
        Sample sample = new Sample(text, sampleWords);
        Words.eachKeyedWord(text, Math.min(text.length(), SAMPLE_CHARS), sample);
        return sample;
    }

    /** What a block's sampled words tell: how many, how many are function words, whether they are small print. */
    private static final class Sample implements Words.KeyedSpan {
        private final String text;
        private final SampleWords sampleWords;
        /** Null for a block too long to be small print: its words are not looked up. */
        private final Boilerplate.SmallPrint smallPrint;
        private int words;
        private int stops;

        Sample(String text, SampleWords sampleWords) {
            this.text = text;
            this.sampleWords = sampleWords;
            boolean shortEnough = text.length() <= Boilerplate.SmallPrint.MAX_CHARS;
            this.smallPrint = shortEnough ? new Boilerplate.SmallPrint(text) : null;
        }

        @Override
        public boolean take(int from, int to, long key) {
            words++;
            // one look-up, by the key made as the word was read, for both tallies; a word built only when needed
            String word = null;
            int kinds;
            if (!LowerCaseWords.isBuilt(key)) {
                kinds = sampleWords.kinds(text, from, to, key);
            } else {
                word = text.substring(from, to).toLowerCase(Locale.ROOT);
                kinds = sampleWords.kinds(word);
            }
            if ((kinds & SampleWords.FUNCTION_WORD) != 0) stops++;
            if ((kinds & SampleWords.SMALL_PRINT) != 0 && smallPrint != null) {
                smallPrint.add(word != null ? word : text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            return true;
        }

        /** Share of the sampled words that are function words of the scorer's language. */
        double stopwordRatio() {
            return words == 0 ? 0 : stops / (double) words;
        }

        /** {@link Boilerplate#isSmallPrint} on the block. */
        boolean isSmallPrint(boolean strict) {
            return smallPrint != null && smallPrint.verdict(words, strict);
        }
    }

    /**
     * Whether a line of 25 words or more that does not end as a sentence is long enough to be prose. Each Chinese or
     * Japanese character counts as a word, so a line mostly of them with no comma or stop anywhere is a headline (a
     * teaser list's item), where their prose of the same length always has clauses. So is any such line when
     * {@code unknownLanguage} leaves no function words to weigh it by (Hindi, Arabic): headlines run together under
     * "Read also". Thai and Lao, written without stops, aside. A line set off by an indent ({@code marked}) is a
     * menu's or a list's, unless it is mostly ideographs with a clause inside: their paragraphs are indented by
     * convention, and a hard-wrapped paragraph's first line ends mid-sentence. In a {@code dump}, long pieces parted by
     * spaces are clauses too: informal Chinese (a blog's line under each photo) writes a space for a comma.
     */
    private static boolean isLongLine(String text, boolean marked, boolean unknownLanguage, boolean dump) {
        int ideographs = 0;
        int unstopped = 0;
        boolean clauses = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (CLAUSE_MARKS.indexOf(c) >= 0) clauses = true;
            else if (Words.isIdeographic(c)) ideographs++;
            else if (c >= THAI_AND_LAO_FIRST && c <= THAI_AND_LAO_LAST) unstopped++;
        }
        boolean mostlyIdeographs = ideographs * 2 > text.length();
        if (mostlyIdeographs) return clauses || dump && spacedClauses(text);
        return !marked && (clauses || !unknownLanguage || unstopped * 2 > text.length());
    }

    /**
     * True when spaces part {@code text} into clauses: pieces of {@link #MIN_SPACED_CLAUSE} characters and more, where
     * a menu's or a tag list's pieces are names of a few characters, and with no number longer than a year's (a
     * licence's or a telephone's, which a site's small print lists).
     */
    private static boolean spacedClauses(String text) {
        int pieces = 0;
        int length = 0;
        int digits = 0;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c != ' ' && c != '\u3000') {
                length++;
                digits = c >= '0' && c <= '9' ? digits + 1 : 0;
                if (digits > 4) return false;
                continue;
            }
            if (length == 0) continue;
            if (length < MIN_SPACED_CLAUSE) return false;
            pieces++;
            length = 0;
        }
        return pieces >= 2;
    }

    /**
     * True when the text ends as a sentence does, closing quotes and brackets aside, or with a smiley; a reference
     * work's footnote marks after the stop ("by her husband.[20][21]") aside too.
     */
    public static boolean endsLikeSentence(String text) {
        return SentenceEnds.endsText(text, ALSO_ENDING) || SentenceEnds.endsWithSmiley(text)
                || endsBeforeNotes(text);
    }

    /** Whether the text ends with footnote marks in brackets, and a sentence's end right before them. */
    private static boolean endsBeforeNotes(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        boolean notes = false;
        while (end > 0 && text.charAt(end - 1) == ']') {
            int open = text.lastIndexOf('[', end - 1);
            if (open < 0 || end - 1 - open > MAX_NOTE_MARK) return false;
            end = open;
            notes = true;
        }
        return notes && end > 0 && SentenceEnds.endsText(text.substring(0, end), "");
    }
}
