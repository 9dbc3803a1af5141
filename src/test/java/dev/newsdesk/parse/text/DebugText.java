package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer aid: prints each block of a text dump with its verdict, its weight in the search for the article,
 * whether the main region holds it, and the title found.
 */
public final class DebugText {

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            List<Candidate> blocks = TextBlocks.split(text);
            String lang = LanguageDetector.detect(text, null);
            BlockScorer scorer = new BlockScorer(lang, true);
            List<BlockScorer.Verdict> v = TextDumpReader.judge(blocks, scorer);
            MainRegion.Range r = TextDumpReader.article(blocks, v, scorer);
            TitleFinder.Heading h = TitleFinder.find(blocks, v, r);
            System.out.println("== " + file + "\nlang " + lang + " region " + r + " title " + h.titleIndex());
            for (int i = 0; i < blocks.size(); i++) {
                Candidate c = blocks.get(i);
                String t = c.text();
                double w = v.get(i) == BlockScorer.Verdict.PROSE ? scorer.proseWeight(c) : 0;
                System.out.printf("%4d %s %-6s %5.1f %s%s %s%n", i, i >= r.start() && i < r.end() ? "IN " : "   ",
                        v.get(i), w, c.marked() ? "m" : " ", c.kind() == Candidate.Kind.LIST_ITEM ? "L" : " ",
                        t.length() > 140 ? t.substring(0, 140) : t);
            }
        }
    }
}
