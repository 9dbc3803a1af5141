package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Locale;

/**
 * Takes out of the article what the site sets under and inside it: calls to action (subscribe, follow us, donate,
 * write in) with the blurb under their heading and the form's consent line, the note on the writer (known by its
 * words, by the link to the writer's posts under it, or by the label above it: "About the author") and the site's note
 * on itself under "About us" ({@link SiteNotes}). Such blocks read as prose, so the article's run takes them in. In
 * the middle of a story the same words may be the story's own, so there only a pitch in the site's own voice goes;
 * under its last paragraph, any call to action.
 */
public final class Promos {

    /** The promos cut off may carry at most this share of the article's words: a tail, not half the story. */
    private static final double MAX_SHARE = 0.3;
    /** A promo's heading is a short line: "Sign up for our newsletter". */
    private static final int MAX_HEADING_WORDS = 10;
    /** A button is a few words: "Donate today", "Become a member". */
    private static final int MAX_BUTTON_WORDS = 4;

    private Promos() {
    }

    /** {@code range} ending before the promos and writer's notes at its end, and the chrome among them. */
    static MainRegion.Range trim(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        int end = range.end();
        int cutWords = 0;
        int total = 0;
        for (int i = range.start(); i < range.end(); i++) total += blocks.get(i).words();
        for (int i = range.end() - 1; i > range.start(); i--) {
            Candidate c = blocks.get(i);
            Verdict v = verdicts.get(i);
            if (v == Verdict.NOISE || v == Verdict.END) continue;
            // A promo's own heading goes with it: "Never miss a story" above "Sign up for our newsletter."
            boolean heading = i + 1 == end && end < range.end() && v == Verdict.SHORT
                    && !BlockScorer.endsLikeSentence(c.text());
            // A blog's note on its writer, with the link to their posts under it, is the box's however long; so is
            // the site's note on itself under "About us".
            boolean writersBox = AuthorBlurbs.linksToWritersPosts(c.text())
                    || i + 1 < blocks.size() && AuthorBlurbs.linksToWritersPosts(blocks.get(i + 1).text())
                    || AuthorBlurbs.underWriterLabel(blocks, i, range.start())
                    || SiteNotes.underLabel(blocks, i, range.start());
            boolean promo = heading || writersBox || CallsToAction.asks(c.text()) || CallsToAction.consents(c.text())
                    || AuthorBlurbs.introducesWriter(c.text()) || underPitchHeading(blocks, i, range)
                    || pleadsOverButton(blocks, i);
            if (!promo) break;
            if (!writersBox) cutWords += c.words();
            if (cutWords > total * MAX_SHARE) break;
            end = i;
        }
        return end == range.end() ? range : new MainRegion.Range(range.start(), end);
    }

    /**
     * True when block {@code i} pleads for money right above the button that asks for it ("…we need your help. …
     * please make a donation." over "Donate today"): a donation box's appeal, however long.
     */
    private static boolean pleadsOverButton(List<Candidate> blocks, int i) {
        if (i + 1 >= blocks.size()) return false;
        Candidate button = blocks.get(i + 1);
        return button.words() <= MAX_BUTTON_WORDS && !BlockScorer.endsLikeSentence(button.text())
                && CallsToAction.asks(button.text()) && CallsToAction.pleadsAtLength(blocks.get(i).text());
    }

    /**
     * True when block {@code i} is the blurb under a promo's own heading ("Sign up for our newsletter" above "Daily
     * news about politics and business."): it sells what the heading asks for, in words no rule could tell from a
     * story's.
     */
    private static boolean underPitchHeading(List<Candidate> blocks, int i, MainRegion.Range range) {
        if (i <= range.start() || blocks.get(i).text().length() > CallsToAction.MAX_PITCH_CHARS) return false;
        String above = blocks.get(i - 1).text();
        return blocks.get(i - 1).words() <= MAX_HEADING_WORDS && !BlockScorer.endsLikeSentence(above)
                && CallsToAction.asks(above);
    }

    /**
     * True when {@code text}, a line of its own ({@code v} is short), pleads for money in the site's own voice ("Every
     * small donation helps us keep reporting!"): a donation box set between a story's paragraphs, which a dump prints
     * as the story's lines. A paragraph, or a line in quotation marks, reports someone else's appeal.
     */
    private static boolean pleadsAlone(Verdict v, String text, String lower) {
        return v == Verdict.SHORT && !AuthorBlurbs.QUOTES.matcher(text).find() && CallsToAction.pleads(text, lower);
    }

    /**
     * True when {@code text}, a line or a short paragraph, speaks for the site in its own voice: it pitches what the
     * site offers ({@link CallsToAction#pitches}: a subscription, a membership) or pleads for money for its work.
     */
    public static boolean speaksForSite(String text) {
        if (text.length() > CallsToAction.MAX_CHARS) return false; // a paragraph of the story: no lower-cased copy
        String lower = text.toLowerCase(Locale.ROOT);
        return CallsToAction.pitches(text, lower) || CallsToAction.pleads(text, lower);
    }

    /**
     * Turns the verdict on the region's closing lines that invite the reader to write to the site into
     * {@link Verdict#NOISE}: a request to the reader with an address to write to ("Join our forums to keep talking;
     * with a news tip, let us know at: desk@example.com", "We want to hear what you think: letters@example.com").
     * A story's closing line that gives a third party's address asks nothing of the reader and stays. The dumps'
     * reading cuts such lines with the other calls to action under a story ({@link #trim}).
     */
    public static void dropClosingWriteIns(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.end() - 1; i > range.start(); i--) {
            Verdict v = verdicts.get(i);
            if (v == Verdict.NOISE || v == Verdict.END) continue;
            String text = blocks.get(i).text();
            if (text.length() > CallsToAction.MAX_PITCH_CHARS || !TitleChrome.EMAIL.matcher(text).find()
                    || !CallsToAction.asks(text)) {
                return;
            }
            verdicts.set(i, Verdict.NOISE);
        }
    }

    /**
     * Turns the verdict on each pitch in {@code range} ("Sign up for our newsletter", "Looking for a flat? See the
     * offers at Example.com"), on a donation box's plea set on a line of its own, on a sign-up form's small print, on
     * each embed's placeholder ("Accept cookies to view this content"), on a paywall's notice ("Already a subscriber?
     * Log in", {@link PaywallNotices}) and on a magazine's note on its print issue ({@link PrintIssuePromos}) into
     * {@link Verdict#NOISE}, once the article is found: taken for chrome before, such a block would end the article's
     * run where the story goes on. The HTML reading asks the same of its region, where a pitch set as a paragraph of
     * the article's element reads as one of its paragraphs.
     */
    public static void dropPitches(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i < range.end(); i++) {
            if (verdicts.get(i) == Verdict.NOISE) continue; // chrome already: nothing to ask of it
            String text = blocks.get(i).text();
            if (text.length() > EmbedPlaceholders.MAX_CHARS) continue; // each is a line or two: most paragraphs are more
            String lower = text.toLowerCase(Locale.ROOT); // one copy for all the questions below
            if (CallsToAction.pitches(text, lower) || pleadsAlone(verdicts.get(i), text, lower)
                    || CallsToAction.consents(text, lower) || CallsToAction.sendsToSite(text)
                    || EmbedPlaceholders.holdsPlace(text, lower)
                    || PaywallNotices.isNotice(text, lower) || PrintIssuePromos.sellsIssue(text, lower)) {
                verdicts.set(i, Verdict.NOISE);
            }
        }
    }
}
