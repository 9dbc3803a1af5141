package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RegionCleaner;
import dev.newsdesk.parse.meta.Words;
import dev.newsdesk.parse.text.Promos;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article's list of links under a label of its own ("Sources:", "Mehr dazu:", "Downloads:", a subheading): lines
 * that are each one link, chrome by their share of link text, yet the writer's when the label stands in the article
 * and every link leads to another site or to a document. A box of other stories links to the site's own pages, a
 * share or follow bar to a social network; a line repeating a sentence of the article is a "tweet this" box.
 */
final class LabelledLinkLists {

    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\"");
    private static final Pattern BOLD = Pattern.compile("<(b|strong)>[^<]*</\\1>");
    /** A field's label inside a line: a word and its colon, then a space ("Download: "), not an address's scheme. */
    private static final Pattern FIELD_LABEL = Pattern.compile("\\p{L}+:\\s");
    /** A file's details after its name: "(PDF, 298KB)". */
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^)]*\\)\\s*$");
    /** A file's name of fewer words than this may share words with a title by chance. */
    private static final int MIN_TITLE_WORDS = 3;
    /** A link to a file the article offers: a report, a form, slides. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|pptx?|odt|epub|zip)$");
    /** Hosts' own labels of networks a share or follow bar links to. */
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "instagram", "pinterest", "linkedin",
            "xing", "whatsapp", "telegram", "t", "reddit", "tumblr", "vk", "flipboard", "addtoany", "sharethis",
            "youtube", "tiktok", "threads", "wa");

    /** Fewer words than this, a line said in the text too is a name or a title, not a sentence repeated. */
    private static final int MIN_REPEATED_WORDS = 8;

    private LabelledLinkLists() {
    }

    /**
     * Keeps each such list whose label stands under the article's prose (or under such a list), in {@code range} or
     * right under its end, as the article's short lines, and returns the range taken past the lists at its end;
     * {@code base} is the page's address (null: lists stay out), {@code title} the page's.
     */
    static MainRegion.Range keep(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range, String base,
                                 String title) {
        if (range.isEmpty() || base == null) return range;
        String site = null; // the page's host, read only once a label over a run of link lines is found
        int end = range.end();
        int kept = -1; // where the last list kept ends: a label may stand right under it, as under prose
        for (int label = range.start() + 1; label < Math.min(end + 1, blocks.size()); label++) {
            int run = runEnd(blocks, verdicts, label + 1);
            if (run == label + 1 || verdicts.get(label - 1) != Verdict.PROSE && label != kept
                    || !isLabel(blocks.get(label), verdicts.get(label))) {
                continue;
            }
            if (site == null && (site = HtmlMetadata.hostLabel(base)) == null) return range;
            if (!linksElsewhere(blocks, label + 1, run, site) || repeatsArticle(blocks, label + 1, run, range)
                    || buttonOrBar(blocks, label + 1, run) || offersItself(blocks, label + 1, run, title)
                    || pitches(blocks, label, run)) {
                continue;
            }
            for (int i = label + 1; i < run; i++) verdicts.set(i, Verdict.SHORT);
            end = Math.max(end, run);
            kept = run;
            label = run - 1;
        }
        return new MainRegion.Range(range.start(), end);
    }

    /** The end of the run of link lines (paragraphs or list items, mostly link text) from {@code from}. */
    private static int runEnd(List<Candidate> blocks, List<Verdict> verdicts, int from) {
        int i = from;
        while (i < blocks.size() && verdicts.get(i) == Verdict.NOISE && blocks.get(i).isMostlyLinks()
                && blocks.get(i).markup() != null && blocks.get(i).kind() != Candidate.Kind.HEADING
                && blocks.get(i).kind() != Candidate.Kind.QUOTE) {
            i++;
        }
        return i;
    }

    /**
     * A short line of the article with no link that introduces what follows: ends with a colon, or is a subheading,
     * set as one or in bold, that does not end as a sentence ("Thank you!" closes a plea).
     */
    private static boolean isLabel(Candidate c, Verdict v) {
        String text = c.text().strip();
        return v != Verdict.NOISE && v != Verdict.END && c.linkDensity() == 0
                && c.words() <= RegionCleaner.MAX_SUBHEADING_WORDS
                && (text.endsWith(":") || !BlockScorer.endsLikeSentence(text) && (c.kind() == Candidate.Kind.HEADING
                || c.markup() != null && BOLD.matcher(c.markup().strip()).matches()))
                && !Boilerplate.isNoise(text) && !Boilerplate.headsOtherArticles(Boilerplate.key(text))
                && !Boilerplate.headsWidget(Boilerplate.key(text));
    }

    /** Whether every link of {@code blocks[from, to)} leads to a document or off {@code site}, not to a network. */
    private static boolean linksElsewhere(List<Candidate> blocks, int from, int to, String site) {
        for (int i = from; i < to; i++) {
            Matcher m = HREF.matcher(blocks.get(i).markup());
            boolean any = false;
            while (m.find()) {
                if (!leadsElsewhere(m.group(1).replace("&amp;", "&"), site)) return false;
                any = true;
            }
            if (!any) return false;
        }
        return true;
    }

    /** True when {@code path}, a link's path (null if none), names a file the article offers: "/files/report.pdf". */
    static boolean isDocument(String path) {
        return path != null && DOCUMENT.matcher(path).find();
    }

    private static boolean leadsElsewhere(String url, String site) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (isDocument(uri.getPath())) return true;
        String host = uri.getHost();
        if (host == null) return false;
        String label = HtmlMetadata.ownLabel(host); // of the address parsed above, not parsed again
        return !label.equals(site) && !SOCIAL.contains(label.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a line of {@code blocks[from, to)} is a button (set in capitals: "GET THE GUIDE: DOWNLOAD NOW!") or a
     * bar of the site's channels, a label before each of its links ("Listen: … Download: … iTunes: …").
     */
    private static boolean buttonOrBar(List<Candidate> blocks, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = blocks.get(i).text();
            if (text.chars().noneMatch(Character::isLowerCase)) return true;
            if (count(FIELD_LABEL.matcher(text)) >= 2 && count(HREF.matcher(blocks.get(i).markup())) >= 2) return true;
        }
        return false;
    }

    /**
     * Whether a line of {@code blocks[from, to)} names the page's {@code title}: the article itself offered as a file
     * or for print ("Headline (PDF, 298KB)"), not a source of it.
     */
    private static boolean offersItself(List<Candidate> blocks, int from, int to, String title) {
        if (title == null) return false;
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        for (int i = from; i < to; i++) {
            String name = PARENTHESIS.matcher(blocks.get(i).text()).replaceAll("").strip();
            if (Words.count(name) >= MIN_TITLE_WORDS && lowerTitle.contains(name.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Whether the label or a line of {@code blocks[label, to)} speaks for the site ("Support us:", a donation). */
    private static boolean pitches(List<Candidate> blocks, int label, int to) {
        for (int i = label; i < to; i++) if (Promos.speaksForSite(blocks.get(i).text())) return true;
        return false;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /**
     * Whether a line of {@code blocks[from, to)} repeats a sentence of another block of the article (a quote to
     * share); a name or a title of a few words may well be said in the text too.
     */
    private static boolean repeatsArticle(List<Candidate> blocks, int from, int to, MainRegion.Range range) {
        for (int i = from; i < to; i++) {
            String line = blocks.get(i).text().strip();
            if (blocks.get(i).words() < MIN_REPEATED_WORDS) continue;
            for (int j = range.start(); j < range.end(); j++) {
                if (j != i && blocks.get(j).text().contains(line)) return true;
            }
        }
        return false;
    }
}
