package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.bench.SnippetCorpus.Page;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;

/**
 * Whether a text dump's title is the page's: for each page of a set, the title our parser finds in the HTML (its
 * h1 or og:title, reliable there) against the one it finds in the page's text dump.
 *
 * <pre>./newsdesk bench dumpTitles SET [--worst N] [--out FILE]</pre>
 *
 * SET is a folder in the extraction layout ({@code html/}, {@code text/}, as {@link ExtractionBench} reads), or a
 * trafilatura clone, whose development half ({@link SnippetCorpus}) is dumped as {@link TrafilaturaEvalBench} dumps
 * it. Titles agree when they are {@linkplain #normalize equal once normalized}, or when one holds the other whole
 * on word boundaries and the shorter is at least half the longer (a headline with and without its site's name);
 * a page whose HTML gives no title is not judged. {@code --worst N} lists N disagreements, {@code --out FILE}
 * writes them all ({@code {"<page>": {"html": ..., "dump": ...}}}).
 */
public final class DumpTitlesBench {

    private static final ArticleParser PARSER = new ArticleParser();

    /** How a page's two titles compare. */
    enum Agreement { SAME, CONTAINED, DIFFERENT, NO_HTML_TITLE }

    record PageTitles(String page, String html, String dump) {
        Agreement agreement() {
            return compare(html, dump);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: DumpTitlesBench SET [--worst N] [--out FILE]");
            System.exit(2);
        }
        Path set = Path.of(args[0]);
        int worst = 0;
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--worst") && i + 1 < args.length) worst = Integer.parseInt(args[++i]);
            else if (args[i].equals("--out") && i + 1 < args.length) out = Path.of(args[++i]);
        }
        boolean clone = Files.isRegularFile(set.resolve("tests/evaldata.json"));
        List<PageTitles> pages = clone ? trafilatura(set) : laidOut(set);
        Map<Agreement, Integer> counts = new TreeMap<>();
        for (Agreement a : Agreement.values()) counts.put(a, 0);
        pages.forEach(p -> counts.merge(p.agreement(), 1, Integer::sum));
        int judged = pages.size() - counts.get(Agreement.NO_HTML_TITLE);
        int agree = counts.get(Agreement.SAME) + counts.get(Agreement.CONTAINED);
        System.out.printf(Locale.ROOT, "%s: %d pages, %d with an HTML title; dump title agrees on %d (%.4f): "
                        + "%d same, %d one inside the other; %d differ%n", set, pages.size(), judged, agree,
                judged == 0 ? 0 : (double) agree / judged, counts.get(Agreement.SAME),
                counts.get(Agreement.CONTAINED), counts.get(Agreement.DIFFERENT));
        List<PageTitles> differing = pages.stream().filter(p -> p.agreement() == Agreement.DIFFERENT).toList();
        for (PageTitles p : differing.subList(0, Math.min(worst, differing.size()))) {
            System.out.printf(Locale.ROOT, "  %s%n      html: %s%n      dump: %s%n", p.page(), p.html(), p.dump());
        }
        if (out != null) write(out, differing);
    }

    /** Equal, one inside the other, or different, once {@linkplain #normalize normalized}. */
    static Agreement compare(String html, String dump) {
        String a = normalize(html);
        String b = normalize(dump);
        if (a.isEmpty()) return Agreement.NO_HTML_TITLE;
        if (a.equals(b)) return Agreement.SAME;
        if (b.isEmpty()) return Agreement.DIFFERENT;
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        boolean inside = (" " + longer + " ").contains(" " + shorter + " ");
        return inside && 2 * shorter.length() >= longer.length() ? Agreement.CONTAINED : Agreement.DIFFERENT;
    }

    /** Compatibility forms folded, lower case, every run of what is neither letter nor digit one space. */
    static String normalize(String title) {
        if (title == null) return "";
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The pages of an extraction-layout folder that have both an HTML file and a dump. */
    private static List<PageTitles> laidOut(Path dir) throws IOException {
        BenchPages set = BenchPages.load(dir);
        List<PageTitles> pages = new ArrayList<>();
        set.html().forEach((id, html) -> {
            byte[] dump = set.text().get(id);
            if (dump != null) pages.add(new PageTitles(id, title(html, "page.html"), title(dump, "page.txt")));
        });
        return pages;
    }

    /** trafilatura's development half (the loader never reads a held-out page), each page dumped as its bench does. */
    private static List<PageTitles> trafilatura(Path clone) throws IOException {
        List<PageTitles> pages = new ArrayList<>();
        for (Page page : SnippetCorpus.load(clone).pages()) {
            byte[] bytes = Files.readAllBytes(page.path());
            String html = Jsoup.parse(new ByteArrayInputStream(bytes), null,
                    TrafilaturaEvalBench.baseUri(page.url())).outerHtml();
            String dump = HeldOutBench.dump(html);
            pages.add(new PageTitles(page.file(), title(bytes, page.file()),
                    title(dump.getBytes(StandardCharsets.UTF_8), "page.txt")));
        }
        return pages;
    }

    private static String title(byte[] bytes, String name) {
        try {
            String title = PARSER.parse(bytes, name).title();
            return title == null ? "" : title;
        } catch (RejectedFileException e) {
            return "";
        }
    }

    private static void write(Path file, List<PageTitles> pages) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        pages.forEach(p -> root.putObject(p.page()).put("html", p.html()).put("dump", p.dump()));
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
