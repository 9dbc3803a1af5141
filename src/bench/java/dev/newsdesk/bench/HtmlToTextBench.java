package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lays out htmltotext-benchmark (leogao2/htmltotext-benchmark: {@code benchmarkdata/LANG/html/NAME.html}, the text
 * copied by hand from the page in {@code benchmarkdata/LANG/text/NAME.txt}) like the development split, one set per
 * language under OUT_DIR, for {@link ExtractionBench}. Each dump is made from the page as newsdesk decodes it.
 * Nothing it writes is committed.
 *
 * <pre>./newsdesk bench htmlToText CLONE OUT_DIR
 * then: ./newsdesk bench extraction OUT_DIR/en</pre>
 */
public final class HtmlToTextBench {

    private HtmlToTextBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: HtmlToTextBench CLONE OUT_DIR (CLONE holds benchmarkdata/)");
            System.exit(2);
        }
        Path data = Path.of(args[0], "benchmarkdata");
        Path out = Path.of(args[1]);
        for (Path language : sorted(data)) {
            LaidOutSet laidOut = LaidOutSet.at(out.resolve(language.getFileName()));
            for (Path page : sorted(language.resolve("html"))) {
                String name = page.getFileName().toString().replaceFirst("\\.html?$", "");
                Path text = language.resolve("text/" + name + ".txt");
                if (!Files.exists(text)) continue;
                byte[] bytes = Files.readAllBytes(page);
                String truth = Files.readString(text, StandardCharsets.UTF_8);
                laidOut.add(name, bytes, HeldOutBench.dump(ExtractionBench.decoded(bytes)),
                        JsonNodeFactory.instance.objectNode().put("articleBody", truth));
            }
            laidOut.finish();
            System.out.printf(Locale.ROOT, "%s: %d pages written to %s%n", language.getFileName(), laidOut.size(),
                    out.resolve(language.getFileName()));
        }
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }
}
