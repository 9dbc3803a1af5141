package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lays out the real-site test pages of Mozilla's Readability.js ({@code test/test-pages/NAME/source.html}, the
 * library's own output in {@code expected.html}) as one set for {@link ExtractionBench}: the truth is the text of
 * {@code expected.html}, one line per block. The truth is Readability's output, not a hand-made one, so a low score
 * is a question to look at rather than an error. Left out: the numbered pages, the snippets written for one feature
 * (under {@link #SNIPPET_BYTES}) and the real pages kept there to test one feature (their names say which).
 * Nothing it writes is committed.
 *
 * <pre>./newsdesk bench readabilityPages CLONE OUT_DIR
 * then: ./newsdesk bench extraction OUT_DIR</pre>
 */
public final class ReadabilityPagesBench {

    /** Smaller sources are snippets written for one feature (rtl-1 is a paragraph of Arabic), not sites' pages. */
    static final int SNIPPET_BYTES = 8_000;

    /** Sites' pages the test suite keeps for one feature: their expected output shows that feature, not an article. */
    private static final Set<String> FEATURE_PAGES = Set.of("article-author-tag", "bug-1255978", "clean-links",
            "cnet-svg-classes", "data-url-image", "keep-images", "keep-tabular-data", "lazy-image-1", "lazy-image-2",
            "links-in-tables", "mathjax", "schema-org-context-object", "table-style-attributes", "toc-missing",
            "videos-1", "videos-2");

    private ReadabilityPagesBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReadabilityPagesBench CLONE OUT_DIR (CLONE holds test/test-pages/)");
            System.exit(2);
        }
        Path pages = Path.of(args[0], "test", "test-pages");
        LaidOutSet laidOut = LaidOutSet.at(Path.of(args[1]));
        for (Path page : sorted(pages)) {
            String name = page.getFileName().toString();
            Path source = page.resolve("source.html");
            Path expected = page.resolve("expected.html");
            if (!isSitePage(name, source) || !Files.exists(expected)) continue;
            byte[] bytes = Files.readAllBytes(source);
            String truth = HeldOutBench.dump(Files.readString(expected, StandardCharsets.UTF_8)).replace("\n\n", "\n");
            laidOut.add(name, bytes, HeldOutBench.dump(ExtractionBench.decoded(bytes)),
                    JsonNodeFactory.instance.objectNode().put("articleBody", truth));
        }
        laidOut.finish();
        System.out.printf("%d pages written to %s%n", laidOut.size(), args[1]);
    }

    static boolean isSitePage(String name, Path source) throws IOException {
        return Files.exists(source) && !Character.isDigit(name.charAt(0)) && !FEATURE_PAGES.contains(name)
                && Files.size(source) >= SNIPPET_BYTES;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }
}
