package dev.newsdesk.parse.html;

import dev.newsdesk.article.Related;
import dev.newsdesk.bench.BenchPages;
import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.extract.RegionCleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/** Developer aid: where the time of an HTML parse goes, stage by stage, over a benchmark folder. */
public final class StageTimes {

    public static void main(String[] args) throws Exception {
        var pages = BenchPages.load(Path.of(args[0])).allHtml();
        List<String> texts = new ArrayList<>();
        for (byte[] b : pages) texts.add(new String(b, StandardCharsets.UTF_8));
        int rounds = Integer.parseInt(args[1]);
        for (int r = 0; r < rounds; r++) {
            long[] t = new long[6];
            for (String s : texts) {
                long a = System.nanoTime();
                Document doc = HtmlReader.parse(s);
                long b = System.nanoTime();
                HtmlMetadata meta = HtmlMetadata.of(doc, doc.title(), List.of());
                long c = System.nanoTime();
                List<HtmlBlock> all = BlockWalker.walk(doc.body(), new ArrayList<Related>(), new ArrayList<>());
                long d = System.nanoTime();
                var roots = ContentFinder.find(all);
                long e = System.nanoTime();
                List<Candidate> chosen = new ArrayList<>();
                for (HtmlBlock h : all) chosen.add(h.candidate());
                BlockScorer scorer = new BlockScorer("en", false);
                List<BlockScorer.Verdict> v = new ArrayList<>();
                for (Candidate x : chosen) v.add(scorer.judge(x));
                var range = MainRegion.find(chosen, v, MainRegion.MARKUP, scorer);
                RegionCleaner.sort(chosen, v, range, true);
                long f = System.nanoTime();
                t[0] += b - a; t[1] += c - b; t[2] += d - c; t[3] += e - d; t[4] += f - e;
                if (meta == null || roots == null) System.out.print("");
            }
            int n = texts.size();
            System.out.printf("parse %.2f meta %.2f walk %.2f find %.2f judge(all blocks) %.2f ms/page%n",
                    t[0] / 1e6 / n, t[1] / 1e6 / n, t[2] / 1e6 / n, t[3] / 1e6 / n, t[4] / 1e6 / n);
        }
    }
}
