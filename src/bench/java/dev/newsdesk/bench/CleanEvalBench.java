package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * Lays out a set in CleanEval's format ({@code input/ID.html} pages, {@code GoldStandard/ID.txt} cleaned texts,
 * as CleanEval and CleanPortalEval ship them) like the development split, for {@link ExtractionBench}: the pages
 * gzipped under {@code html/}, a text dump of each under {@code text/} (made as {@link HeldOutBench} makes them)
 * and {@code ground-truth.json}. Nothing it writes is committed: the pages are other sites'.
 *
 * <pre>./newsdesk bench cleanEval SET_DIR OUT_DIR
 * then: ./newsdesk bench extraction OUT_DIR</pre>
 */
public final class CleanEvalBench {

    /** The gold's structure marks: a paragraph, heading or list item starts at each one. */
    private static final Pattern MARK = Pattern.compile("<[phl]>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("(?i).*\\.html?$");

    private CleanEvalBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CleanEvalBench SET_DIR OUT_DIR (SET_DIR holds input/ and GoldStandard/)");
            System.exit(2);
        }
        Path set = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LaidOutSet laidOut = LaidOutSet.at(out);
        ObjectMapper json = new ObjectMapper();
        int missing = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.list(set.resolve("input"))) {
            pages = files.filter(p -> PAGE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        for (Path page : pages) {
            String id = id(page.getFileName().toString());
            Path gold = set.resolve("GoldStandard/" + id + ".txt");
            if (!Files.exists(gold)) {
                missing++;
                continue;
            }
            byte[] bytes = Files.readAllBytes(page);
            ObjectNode entry = json.createObjectNode();
            entry.put("articleBody", body(Files.readString(gold, StandardCharsets.UTF_8)));
            entry.put("url", "");
            laidOut.add(id, bytes, HeldOutBench.dump(HeldOutBench.decoded(bytes)), entry);
        }
        laidOut.finish();
        System.out.printf(Locale.ROOT, "%d pages written to %s (%d without a gold text skipped)%n", laidOut.size(), out,
                missing);
    }

    /** The page's id: its file name without the extension. */
    static String id(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /**
     * The article text of a gold file: without its {@code URL:} first line and its {@code <p>}, {@code <h>},
     * {@code <l>} marks, entities decoded, one block a paragraph (the gold wraps its lines).
     */
    static String body(String gold) {
        String text = gold.replace("\r", "").stripLeading();
        if (text.regionMatches(true, 0, "URL:", 0, 4)) {
            int eol = text.indexOf('\n');
            text = eol < 0 ? "" : text.substring(eol + 1);
        }
        List<String> blocks = new ArrayList<>();
        for (String part : MARK.split(text)) {
            String block = Parser.unescapeEntities(part, false).replaceAll("\\s+", " ").strip();
            if (!block.isEmpty()) blocks.add(block);
        }
        return String.join("\n\n", blocks);
    }
}
