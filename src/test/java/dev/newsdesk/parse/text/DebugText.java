package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Developer aid: prints each block of a text dump with its verdict and whether the main region holds it. */
public final class DebugText {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<Candidate> blocks = TextBlocks.split(text);
        String lang = LanguageDetector.detect(text, null);
        BlockScorer scorer = new BlockScorer(lang, true);
        List<BlockScorer.Verdict> v = new ArrayList<>();
        for (Candidate c : blocks) v.add(scorer.judge(c));
        MainRegion.Range r = MainRegion.find(blocks, v, MainRegion.TEXT, scorer);
        System.out.println("lang " + lang + " region " + r);
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            System.out.printf("%4d %s %-6s %s%n", i, i >= r.start() && i < r.end() ? "IN " : "   ", v.get(i),
                    t.length() > 120 ? t.substring(0, 120) : t);
        }
    }
}
