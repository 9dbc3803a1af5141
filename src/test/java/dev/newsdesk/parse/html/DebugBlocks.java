package dev.newsdesk.parse.html;

import dev.newsdesk.article.Related;
import dev.newsdesk.parse.extract.BlockScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer aid: prints each block of a page with its owner, whether the content finder chose it, and its verdict. */
public final class DebugBlocks {

    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        byte[] bytes;
        try (var in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
            bytes = in.readAllBytes();
        }
        Document doc = HtmlReader.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        List<Related> related = new ArrayList<>();
        List<HtmlBlock> blocks = BlockWalker.walk(doc.body(), related, new ArrayList<>());
        var roots = ContentFinder.find(blocks);
        var finals = ContentFinder.scores(blocks, new java.util.IdentityHashMap<>());
        finals.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(6)
                .forEach(e -> System.out.printf("SCORE %.1f %s.%s%n", e.getValue(), e.getKey().normalName(),
                        ClassHints.names(e.getKey())));
        for (Element r : roots) System.out.println("ROOT " + r.normalName() + " ." + ClassHints.names(r));
        BlockScorer scorer = new BlockScorer("en", false);
        for (HtmlBlock b : blocks) {
            boolean in = false;
            for (Element a = b.owner(); a != null; a = a.parent()) if (roots.contains(a)) in = true;
            String t = b.candidate().text();
            System.out.printf("%s %-6s %-5s ld=%.2f <%s.%s> %s%n", in ? "IN " : "   ", scorer.judge(b.candidate()),
                    b.candidate().kind().name().substring(0, 4), b.candidate().linkDensity(), b.owner().normalName(),
                    ClassHints.names(b.owner()).replace(' ', '_'), t.length() > 100 ? t.substring(0, 100) : t);
        }
    }
}
