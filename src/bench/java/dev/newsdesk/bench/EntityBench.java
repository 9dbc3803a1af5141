package dev.newsdesk.bench;

import dev.newsdesk.article.Entity;
import dev.newsdesk.article.Quote;
import dev.newsdesk.parse.meta.AnnotatedPage;
import dev.newsdesk.parse.meta.MetaScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entities and quoted speakers on the hand-checked pages ({@code annotated.json} of the test resources): typed
 * precision and recall of entities, and for quotes the share whose speaker the article names that get one and the
 * share of speakers given that are right, per language. Benchmark pages are read from {@code SHARED_DIR}
 * ({@code ../shared}); the project's own pages from the test resources. {@code --verbose} lists every miss;
 * {@code --show} prints each page's annotated text with what the extractors found (for annotating a new page).
 *
 * <pre>./newsdesk bench entities SHARED_DIR [--verbose | --show]</pre>
 */
public final class EntityBench {

    private EntityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        boolean show = java.util.Arrays.asList(args).contains("--show");
        Map<String, MetaScore> byLanguage = new TreeMap<>();
        MetaScore all = new MetaScore();
        MetaScore own = new MetaScore();
        int pages = 0;
        for (AnnotatedPage page : AnnotatedPage.all()) {
            AnnotatedPage.Found found = page.extract(bytes(shared, page));
            pages++;
            if (show) {
                System.out.println("=== " + page.file() + " (" + page.language() + ")\n" + found.head() + "\n---");
                for (Entity e : found.entities()) System.out.println("  \"" + e.name() + "\": \"" + e.type().json() + "\",");
                for (Quote q : found.quotes()) {
                    String start = q.text().length() > 30 ? q.text().substring(0, 30) : q.text();
                    System.out.println("  \"" + start + "\": " + (q.speaker() == null ? "null" : "\"" + q.speaker() + "\"") + ",");
                }
            }
            MetaScore s = page.score(found.entities(), found.quotes());
            if (verbose) {
                for (String w : s.wrongEntities()) System.out.println(page.file() + "  entity  " + w);
                for (String w : s.wrongSpeakers()) System.out.println(page.file() + "  speaker " + w);
            }
            byLanguage.computeIfAbsent(page.language(), l -> new MetaScore()).add(s);
            all.add(s);
            if (page.isOwn()) own.add(s);
        }
        System.out.println(pages + " hand-checked pages");
        for (Map.Entry<String, MetaScore> e : byLanguage.entrySet()) {
            System.out.println(e.getKey() + "   " + e.getValue().line());
        }
        System.out.println("all  " + all.line());
        System.out.println("own  " + own.line() + "  (the project's own pages only)");
    }

    private static byte[] bytes(Path shared, AnnotatedPage page) throws IOException {
        return page.isOwn() ? page.ownBytes() : BenchPages.bytes(shared.resolve(page.file()));
    }
}
