package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.QuoteHeaders;
import java.util.List;
import java.util.Locale;
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

    /**
     * A class naming a quote's header, the whole name with its separators dropped ("quoteheader", "quote-title",
     * "ipsQuote_citation"), not one that only holds those words ("blockquote-header", "pullquote-author").
     */
    private static final Pattern HEADER_NAME = Pattern.compile("(?:ips)?quote(?:header|head|title|citation|author)");
    /** The last part of a class naming a quote's box ("quote", "bbc_standard_quote"), not "quote-chart". */
    private static final String QUOTE_NAME = "quote";

    private QuoteAttributions() {
    }

    /** Sets, in {@code verdicts}, each linked attribution over a quotation in {@code range} to prose. */
    static void keep(List<HtmlBlock> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        for (int i = range.start(); i + 1 < range.end(); i++) {
            HtmlBlock b = blocks.get(i);
            if (verdicts.get(i) == Verdict.NOISE && b.candidate().words() <= QuoteHeaders.MAX_WORDS
                    && (citeOverQuote(b, blocks.get(i + 1)) || headerOverQuote(b, blocks.get(i + 1)))) {
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

    /**
     * Whether {@code b} is a linked line in a box named a quote's header, and the block after it is in a quotation
     * right after that box: a blockquote or a box named a quote. A page's other boxes named for a quote (a stock
     * quote's ticker over its chart, the quote of the day's title) hold no quotation under them.
     */
    private static boolean headerOverQuote(HtmlBlock b, HtmlBlock next) {
        Element quote = b.owner().nextElementSibling();
        return b.candidate().linkDensity() > 0 && quote != null && ArticlePlace.within(next.owner(), quote)
                && named(b.owner(), true) && (next.candidate().kind() == Candidate.Kind.QUOTE || named(quote, false));
    }

    /** Whether a class of {@code e} names a quote's header ({@code header}) or a quote's box. */
    private static boolean named(Element e, boolean header) {
        for (String name : e.classNames()) {
            String[] parts = ClassHints.parts(name.toLowerCase(Locale.ROOT));
            if (parts.length == 0) continue;
            if (header ? HEADER_NAME.matcher(String.join("", parts)).matches()
                    : parts[parts.length - 1].equals(QUOTE_NAME)) return true;
        }
        return false;
    }
}
