package dev.newsdesk.parse.html;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The selectors more than one rule asks per block or element, parsed once. */
final class Selectors {

    /** A link. */
    static final Evaluator LINK = QueryParser.parse("a");
    /** A table. */
    static final Evaluator TABLE = QueryParser.parse("table");
    /** A table's row. */
    static final Evaluator ROW = QueryParser.parse("tr");

    private Selectors() {
    }
}
