package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Stopwords;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a dump's prose. The detector reads a few hundred characters: those of the first long blocks
 * may be a banner or a sidebar's blurb in another language than the article's, and then the article's prose, judged
 * by the wrong function words, looks like chrome. The longest paragraphs, nearly always the article's, are asked too
 * (blocks of sentences: an archive's list of months or a tag cloud may run longer and names no language);
 * when the two answers differ, the one whose function words the page's prose is made of wins.
 */
final class DumpLanguage {

    /** Shorter blocks are menus and labels: they say little of the page's language. */
    private static final int MIN_PROSE_CHARS = 80;
    /**
     * A sentence's end inside a block: two small letters (or letters of a script without capitals, with their vowel
     * signs), a sentence's mark, a space; Chinese and Japanese put none after theirs. Not "U.S. " or "J. Doe".
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{M}]{2}(?:["
            + Pattern.quote(SentenceEnds.MARKS) + "] |[" + Pattern.quote(SentenceEnds.UNSPACED_MARKS) + "])");
    /** How much of the page's prose the two answers are weighed on. */
    private static final int MAX_WEIGHED_CHARS = 20_000;
    /** Below this share of its function words, a text is not in that language (news prose runs 0.35-0.5). */
    private static final double MIN_STOPWORD_SHARE = 0.1;

    private DumpLanguage() {
    }

    /** The ISO 639-1 code of the language of {@code blocks}' prose, or null when nothing tells it. */
    static String of(List<Candidate> blocks) {
        String language = ofProse(blocks);
        if ("zh".equals(language) || "ja".equals(language) || !mostlyHan(blocks)) return language;
        // A page of short Chinese lines (a programme, a timetable) whose only long blocks are English titles and names.
        String han = LanguageDetector.detect(hanBlocks(blocks), null);
        return han == null ? language : han;
    }

    /** The language of the long blocks, weighed against that of the longest paragraphs. */
    private static String ofProse(List<Candidate> blocks) {
        String prose = firstLongBlocks(blocks);
        String inOrder = LanguageDetector.detect(prose, null);
        String longest = longestBlocks(blocks);
        // often the first long block is the longest: the same head, judged once
        String byLength = LanguageDetector.sameSample(prose, longest) ? inOrder
                : LanguageDetector.detect(longest, null);
        if (byLength == null || byLength.equals(inOrder)) return inOrder;
        double share = stopwordShare(prose, byLength);
        return share >= MIN_STOPWORD_SHARE && share > stopwordShare(prose, inOrder) ? byLength : inOrder;
    }

    /** The long blocks in reading order (all blocks when none is long). */
    private static String firstLongBlocks(List<Candidate> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Candidate c : blocks) {
            if (c.text().length() > MIN_PROSE_CHARS) sb.append(c.text()).append('\n');
            if (sb.length() > MAX_WEIGHED_CHARS) break;
        }
        if (sb.length() == 0) for (Candidate c : blocks) sb.append(c.text()).append('\n');
        return sb.toString();
    }

    /**
     * The longest blocks made of sentences (the longest blocks when none is), longest first, as much as the detector
     * reads.
     */
    private static String longestBlocks(List<Candidate> blocks) {
        List<Candidate> longest = new ArrayList<>();
        for (Candidate c : blocks) {
            if (c.text().length() > MIN_PROSE_CHARS && isSentences(c.text())) longest.add(c);
        }
        if (longest.isEmpty()) for (Candidate c : blocks) if (c.text().length() > MIN_PROSE_CHARS) longest.add(c);
        longest.sort(Comparator.comparingInt((Candidate c) -> c.text().length()).reversed());
        StringBuilder sb = new StringBuilder();
        for (Candidate c : longest) {
            if (sb.length() >= LanguageDetector.SAMPLE_CHARS) break;
            sb.append(c.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * True when {@code text} ends as a sentence or holds two sentence ends (a paragraph may close on a list of
     * credits); a list of months or tags has neither.
     */
    static boolean isSentences(String text) {
        if (BlockScorer.endsLikeSentence(text)) return true;
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() && m.find();
    }

    /** The share of {@code text}'s words that are function words of {@code language} (0 when it has no list). */
    private static double stopwordShare(String text, String language) {
        Set<String> stopwords = Stopwords.of(language);
        if (stopwords.isEmpty()) return 0;
        int[] counts = new int[2];
        Words.eachLowerCase(text, Math.min(text.length(), MAX_WEIGHED_CHARS), word -> {
            counts[0]++;
            if (stopwords.contains(word)) counts[1]++;
            return true;
        });
        return counts[0] == 0 ? 0 : counts[1] / (double) counts[0];
    }

    /** True when most of the letters of the page (as far as it is weighed) are Chinese characters or kana. */
    private static boolean mostlyHan(List<Candidate> blocks) {
        int[] counts = new int[2];
        for (Candidate c : blocks) {
            countLetters(c.text(), counts);
            if (counts[0] > MAX_WEIGHED_CHARS) break;
        }
        return counts[1] * 2 > counts[0];
    }

    /** The blocks whose letters are mostly Chinese characters or kana, in reading order, as much as is judged. */
    private static String hanBlocks(List<Candidate> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Candidate c : blocks) {
            int[] counts = new int[2];
            countLetters(c.text(), counts);
            if (counts[1] * 2 > counts[0]) sb.append(c.text()).append('\n');
            if (sb.length() >= LanguageDetector.SAMPLE_CHARS) break;
        }
        return sb.toString();
    }

    /** Adds {@code text}'s letters to {@code counts[0]} and those that are Chinese characters or kana to [1]. */
    private static void countLetters(String text, int[] counts) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) continue;
            counts[0]++;
            if (ch >= '\u3040' && isHanOrKana(ch)) counts[1]++;
        }
    }

    private static boolean isHanOrKana(char ch) {
        Character.UnicodeScript script = Character.UnicodeScript.of(ch);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
