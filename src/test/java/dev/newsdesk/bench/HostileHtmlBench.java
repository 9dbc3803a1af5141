package dev.newsdesk.bench;

import dev.newsdesk.parse.html.DocumentOutline;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * How our HTML parser and jsoup's take markup built to hurt: {@code ./newsdesk bench hostileHtml} repeats each of
 * a dozen broken patterns (unclosed, misnested, cut-off, deep) to 5 MB, the largest upload, and times the second
 * of two parses by each (the first warms the JIT), in one JVM.
 */
public final class HostileHtmlBench {

    private static final String[] PATTERNS = {"<div><b>x", "<b><p>x</b>y</p>", "<a href=1><div>x</a>",
        "<table><tr><td>x<table>", "<font color=a><p>x</p>", "</div></span>x", "<p>&amp;&#x41;&copy;x", "<!--x-->",
        "<x y='", "<svg><p>", "<li>x", "<i><b><u><s><p>x</i>"};
    private static final int SIZE = 5_000_000;

    public static void main(String[] args) {
        for (String pattern : PATTERNS) {
            String page = pattern.repeat(SIZE / pattern.length());
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            long ours = 0;
            long jsoup = 0;
            for (int round = 0; round < 2; round++) {
                long start = System.nanoTime();
                DocumentOutline.parse(bytes, 0, StandardCharsets.UTF_8);
                long middle = System.nanoTime();
                Jsoup.parse(page);
                long end = System.nanoTime();
                ours = middle - start;
                jsoup = end - middle;
            }
            System.out.printf("%-28s ours %6d ms   jsoup %6d ms%n", pattern, ours / 1_000_000, jsoup / 1_000_000);
        }
    }
}
