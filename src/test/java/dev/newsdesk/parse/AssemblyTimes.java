package dev.newsdesk.parse;

import dev.newsdesk.article.Block;
import dev.newsdesk.bench.BenchPages;
import dev.newsdesk.parse.meta.EntityExtractor;
import dev.newsdesk.parse.meta.Keywords;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.QuoteExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer aid: where the time of the shared metadata steps goes, over a benchmark folder's HTML pages. */
public final class AssemblyTimes {

    public static void main(String[] args) throws Exception {
        var pages = BenchPages.load(Path.of(args[0])).allHtml();
        ArticleParser parser = new ArticleParser();
        List<Draft> drafts = new ArrayList<>();
        for (byte[] b : pages) {
            try {
                drafts.add(parser.read(b, "p.html"));
            } catch (RejectedFileException e) {
                // not timed
            }
        }
        for (int r = 0; r < Integer.parseInt(args[1]); r++) {
            long[] t = new long[6];
            long readStart = System.nanoTime();
            for (byte[] b : pages) {
                try {
                    parser.read(b, "p.html");
                } catch (RejectedFileException e) {
                    // not timed
                }
            }
            long readAll = System.nanoTime() - readStart;
            for (Draft d : drafts) {
                List<String> texts = new ArrayList<>();
                for (Block b : d.blocks()) texts.add(b.text());
                String body = String.join("\n\n", texts);
                long a = System.nanoTime();
                LanguageDetector.detect(body, "en");
                long b = System.nanoTime();
                var ents = EntityExtractor.extract(body, "en");
                long c = System.nanoTime();
                QuoteExtractor.extract(texts, List.of());
                long e = System.nanoTime();
                Keywords.of(d.title(), body);
                long f = System.nanoTime();
                ArticleAssembler.sha256(body);
                long g = System.nanoTime();
                ArticleAssembler.assemble(d);
                long h = System.nanoTime();
                t[0] += b - a; t[1] += c - b; t[2] += e - c; t[3] += f - e; t[4] += g - f; t[5] += h - g;
                if (ents == null) System.out.print("");
            }
            int n = drafts.size();
            System.out.printf("read %.2f | lang %.2f entities %.2f quotes %.2f keywords %.2f sha %.2f assemble %.2f ms/page%n",
                    readAll / 1e6 / pages.size(), t[0] / 1e6 / n, t[1] / 1e6 / n, t[2] / 1e6 / n, t[3] / 1e6 / n,
                    t[4] / 1e6 / n, t[5] / 1e6 / n);
        }
    }
}
