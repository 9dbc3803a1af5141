package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The line that says whose words a quotation are ("jane wrote:", "Quote from: jane on June 20"): forum software sets
 * it in a {@code cite} at the top of the quoted post's blockquote, or in a header named for it right above the quoted
 * post's box, and links the name (or the whole line, to the quoted post), so the line reads as a link and went as
 * chrome. Without it the quoted words read as the poster's own; the quoted post's date set in the cite as a box of its
 * own stayed, a quote of a date alone.
 */
final class QuoteAttributions {

    /** More words than this, a quotation's line is its text, not its attribution ("jane wrote: ↑"). */
    private static final int MAX_WORDS = 12;
    /** A class naming a quote's header, its separators dropped ("quoteheader", "quote-title", "ipsQuote_citation"). */
    private static final Pattern HEADER_NAME = Pattern.compile("quote(header|head|title|citation|author)");

    private QuoteAttributions() {
    }

    /** Sets, in {@code verdicts}, each linked attribution over a quotation in {@code range} to prose. */
    static void keep(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i + 1 < range.end(); i++) {
            HtmlBlock b = blocks.get(i);
            if (verdicts.get(i) == Verdict.NOISE && b.candidate().words() <= MAX_WORDS
                    && (citeOverQuote(b, blocks.get(i + 1)) || headerOverQuote(b.owner(), blocks.get(i + 1)))) {
                verdicts.set(i, Verdict.PROSE);
            }
        }
    }

    /** Whether {@code b} is the {@code cite} its element opens with, over more of the same quotation. */
    private static boolean citeOverQuote(HtmlBlock b, HtmlBlock next) {
        Element first = b.owner().firstElementChild();
        return b.candidate().kind() == Candidate.Kind.QUOTE && next.candidate().kind() == Candidate.Kind.QUOTE
                && first != null && first.nameIs("cite") && first.text().startsWith(b.candidate().text().strip());
    }

    /** Whether {@code owner} is named a quote's header and the block after it is in the element right after it. */
    private static boolean headerOverQuote(Element owner, HtmlBlock next) {
        Element quote = owner.nextElementSibling();
        if (quote == null || !ArticlePlace.within(next.owner(), quote)) return false;
        for (String name : owner.classNames()) {
            String joined = String.join("", ClassHints.parts(name.toLowerCase(java.util.Locale.ROOT)));
            if (HEADER_NAME.matcher(joined).find()) return true;
        }
        return false;
    }
}
