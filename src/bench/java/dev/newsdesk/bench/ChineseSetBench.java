package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Lays out the Chinese Web Content Extraction Dataset (immortal-autumn/Chinese-Web-Content-Extraction-Dataset:
 * {@code original/ID.html}, the hand-cleaned texts in {@code eval/cleaned_ground.json}) like the development split,
 * for {@link ExtractionBench}. A third of its pages are GBK, many without saying so, so each dump is made from the
 * page as {@link ExtractionBench#decoded} reads it, not as jsoup guesses it. Nothing it writes is committed.
 *
 * <pre>./newsdesk bench chineseSet CLONE OUT_DIR
 * then: ./newsdesk bench extraction OUT_DIR</pre>
 */
public final class ChineseSetBench {

    private ChineseSetBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ChineseSetBench CLONE OUT_DIR (CLONE holds original/ and eval/)");
            System.exit(2);
        }
        Path set = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LaidOutSet laidOut = LaidOutSet.at(out);
        JsonNode truth = new ObjectMapper().readTree(set.resolve("eval/cleaned_ground.json").toFile());
        for (var ids = truth.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            Path page = set.resolve("original/" + id + ".html");
            if (!Files.exists(page)) continue;
            byte[] bytes = Files.readAllBytes(page);
            laidOut.add(id, bytes, HeldOutBench.dump(ExtractionBench.decoded(bytes)), truth.get(id));
        }
        laidOut.finish();
        System.out.printf(Locale.ROOT, "%d pages written to %s (of %d with a cleaned text)%n", laidOut.size(), out,
                truth.size());
    }
}
