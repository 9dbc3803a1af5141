package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Builds the held-out split: the pages of the public article-extraction-benchmark that the development split
 * (which the parser's rules were tuned on) does not hold, as a folder {@link ExtractionBench} reads. The benchmark
 * has no text dumps, so each page's dump is made the way the development split's were described (each block
 * element on its own line, a blank line between blocks, no script or style); on the development pages this
 * dump scores within 0.001 F1 of the shared dumps. Nothing it writes is committed: the pages are other sites'.
 *
 * <pre>./newsdesk bench heldOut BENCHMARK_CHECKOUT DEV_DIR OUT_DIR
 * (BENCHMARK_CHECKOUT: a clone of github.com/scrapinghub/article-extraction-benchmark)
 * then: ./newsdesk bench extraction OUT_DIR</pre>
 */
public final class HeldOutBench {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object");

    public static void main(String[] args) throws IOException {
        Path benchmark = Path.of(args[0]);
        Path dev = Path.of(args[1]);
        Path out = Path.of(args[2]);
        ObjectMapper json = new ObjectMapper();
        ObjectNode all = (ObjectNode) json.readTree(benchmark.resolve("ground-truth.json").toFile());
        Set<String> tuned = BenchPages.load(dev).truth().keySet();
        ObjectNode heldOut = json.createObjectNode();
        Files.createDirectories(out.resolve("html"));
        Files.createDirectories(out.resolve("text"));
        for (var ids = all.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            if (tuned.contains(id)) continue;
            Path page = benchmark.resolve("html/" + id + ".html.gz");
            Files.copy(page, out.resolve("html/" + id + ".html.gz"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(out.resolve("text/" + id + ".txt"), dump(decoded(BenchPages.bytes(page))));
            heldOut.set(id, all.get(id));
        }
        json.writeValue(out.resolve("ground-truth.json").toFile(), heldOut);
        System.out.printf("%d held-out pages (of %d; %d in %s) written to %s%n", heldOut.size(), all.size(),
                tuned.size(), dev, out);
    }

    /** The page as a plain-text dump: each block element's text on its own line, a blank line between. */
    static String dump(String html) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        Runnable end = () -> {
            String text = block.toString().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) blocks.add(text);
            block.setLength(0);
        };
        Jsoup.parse(html).body().traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) skipping++;
                    else if (e.isBlock() || e.normalName().equals("br")) end.run();
                } else if (node instanceof TextNode t && skipping == 0) {
                    block.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) skipping--;
                    else if (e.isBlock()) end.run();
                }
            }
        });
        end.run();
        return String.join("\n\n", blocks) + "\n";
    }

    /** The page's markup read in the charset it declares (a byte order mark or a meta tag; UTF-8 when none). */
    static String decoded(byte[] page) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(page), null, "").outerHtml();
    }
}
