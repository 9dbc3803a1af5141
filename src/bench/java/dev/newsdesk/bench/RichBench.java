package dev.newsdesk.bench;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.html.ClassHints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * {@code ./newsdesk bench rich DIR}: how much of the article's links and pictures the {@code html} keeps, counted
 * against the region the parser chose, found again here from the outside. Links: every {@code a[href]} with text
 * inside the page's elements whose text is one of the body's blocks. Pictures: every visible {@code img} with an
 * address (not a pixel) among the article's text on the page: from the first to the last text of five words or more
 * that the body holds, widened over the pictures and the body's own shorter text next to them, up to the first text
 * that is not the body's. Also the share of pages declaring a lead image ({@code og:image}, {@code twitter:image},
 * JSON-LD {@code image}) that get one.
 * <p>
 * Pictures are counted two ways. The plain count takes every such picture. The article count sets apart a picture
 * inside an element, within the article's, whose class or id the parser reads as chrome (share bars, related-story
 * boxes, ads: {@link ClassHints#namesChromeAroundPictures}), and counts a picture inside an element named for an
 * embedded post (a tweet's screenshot) as kept when the {@code html} embeds a post that element links to.
 */
final class RichBench {

    private RichBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/extraction-bench/dev").resolve("html");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.sorted().toList();
        }
        boolean verbose = List.of(args).contains("--verbose");
        ArticleParser parser = new ArticleParser();
        int linksIn = 0, linksKept = 0, imagesIn = 0, imagesKept = 0, imagesOutside = 0, declaring = 0, declared = 0;
        int pagesWithImages = 0, leadAbove = 0, chromeSetApart = 0, keptAsEmbeds = 0, outsideOfArticle = 0;
        for (Path p : pages) {
            byte[] bytes = read(p);
            ArticleContent a;
            try {
                a = parser.parse(bytes, "page.html");
            } catch (RejectedFileException e) {
                continue;
            }
            Document doc = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            Document ours = Jsoup.parseBodyFragment(a.html());
            List<String> texts = a.blocks().stream().filter(b -> b.isText())
                    .flatMap(b -> Stream.of(b.text().split("\n"))).map(RichBench::squash).toList();
            List<Element> region = regionElements(doc, texts);
            // links: by text, as a multiset
            Map<String, Integer> ourLinks = new HashMap<>();
            for (Element link : ours.select("a[href]")) ourLinks.merge(squash(link.text()), 1, Integer::sum);
            for (Element e : region) {
                for (Element link : e.select("a[href]")) {
                    String text = squash(link.text());
                    String href = link.attr("href").strip();
                    if (text.isEmpty() || href.startsWith("#") || href.isEmpty()) continue;
                    linksIn++;
                    Integer n = ourLinks.get(text);
                    if (n != null && n > 0) {
                        linksKept++;
                        ourLinks.put(text, n - 1);
                    }
                }
            }
            // pictures: by file name
            Set<String> ourImages = new HashSet<>();
            for (Element img : ours.select("figure img[src]")) ourImages.add(fileName(img.attr("src")));
            Set<String> ourEmbeds = new HashSet<>();
            for (Element link : ours.select("figure > a[href]")) ourEmbeds.add(link.attr("href"));
            // the parser's region starts above the text: a lead figure there is the article's, counted apart
            Set<String> leadFigures = new HashSet<>();
            for (var b : a.blocks()) {
                if (b.isText()) break;
                if (b.url() != null) leadFigures.add(fileName(b.url()));
            }
            Set<String> inRegion = new HashSet<>();
            Set<String> chrome = new HashSet<>();
            Region pictures = regionImages(doc, String.join(" ", texts));
            for (Element img : pictures.images()) {
                String name = fileName(source(img));
                if (name.isEmpty() || !inRegion.add(name)) continue;
                imagesIn++;
                boolean kept = ourImages.contains(name);
                if (kept) imagesKept++;
                if (inChrome(img, pictures.article())) {
                    chrome.add(name);
                    if (verbose) System.err.println("chrome " + p.getFileName() + " " + name);
                } else if (!kept && ourEmbeds.stream().anyMatch(postsOf(img)::contains)) {
                    keptAsEmbeds++;
                } else if (!kept && verbose) {
                    System.err.println("missed " + p.getFileName() + " " + img.outerHtml().replace('\n', ' '));
                }
            }
            chromeSetApart += chrome.size();
            for (String name : chrome) if (ourImages.contains(name)) outsideOfArticle++;
            if (!inRegion.isEmpty()) pagesWithImages++;
            for (String name : ourImages) {
                if (inRegion.contains(name)) continue;
                if (leadFigures.contains(name)) {
                    leadAbove++;
                    continue;
                }
                imagesOutside++;
                if (verbose) System.err.println("outside " + p.getFileName() + " " + name);
            }
            if (declaresImage(doc)) {
                declaring++;
                if (a.image() != null) declared++;
            }
        }
        System.out.printf("pages %d; links in the article region %d, kept %d (%.1f%%)%n", pages.size(), linksIn,
                linksKept, 100.0 * linksKept / Math.max(1, linksIn));
        System.out.printf("pictures in the article region %d (on %d pages), kept %d (%.1f%%); lead figures kept above"
                + " the text %d; kept from outside the region %d%n", imagesIn, pagesWithImages, imagesKept,
                100.0 * imagesKept / Math.max(1, imagesIn), leadAbove, imagesOutside);
        int articleIn = imagesIn - chromeSetApart;
        int articleKept = imagesKept - outsideOfArticle + keptAsEmbeds;
        System.out.printf("article count: pictures of the article %d (%d set apart as chrome), kept %d (%.1f%%; %d of"
                + " them as the post they show, embedded); kept from outside the article %d%n", articleIn,
                chromeSetApart, articleKept, 100.0 * articleKept / Math.max(1, articleIn), keptAsEmbeds,
                imagesOutside + outsideOfArticle);
        System.out.printf("pages declaring a lead image %d, lead image found on %d (%.1f%%)%n", declaring, declared,
                100.0 * declared / Math.max(1, declaring));
    }

    /** The innermost elements whose whole text is one of the body's blocks, in document order. */
    private static List<Element> regionElements(Document doc, List<String> blockTexts) {
        Set<String> wanted = new HashSet<>(blockTexts);
        List<Element> out = new ArrayList<>();
        Map<Element, Boolean> taken = new IdentityHashMap<>();
        for (Element e : doc.body().getAllElements()) {
            if (!wanted.contains(squash(e.text()))) continue;
            boolean childHasIt = false;
            for (Element c : e.children()) if (squash(c.text()).equals(squash(e.text()))) childHasIt = true;
            if (childHasIt || taken.containsKey(e)) continue;
            taken.put(e, true);
            out.add(e);
        }
        return out;
    }

    /** Pictures among the article's text, and the nearest element holding its long texts (null when none). */
    private record Region(List<Element> images, Element article) {
    }

    /** A picture inside an element, below the article's, whose names the parser reads as chrome around pictures. */
    private static boolean inChrome(Element img, Element article) {
        for (Element a = img.parent(); a != null && a != article; a = a.parent()) {
            if (ClassHints.namesChromeAroundPictures(a)) return true;
        }
        return false;
    }

    /** The addresses that the elements named for an embedded post around {@code img} link to; empty when none. */
    private static Set<String> postsOf(Element img) {
        Set<String> out = new HashSet<>();
        for (Element a = img.parent(); a != null; a = a.parent()) {
            if (!ClassHints.namesEmbeddedPost(a)) continue;
            for (Element link : a.select("a[href]")) out.add(link.attr("href").strip());
        }
        return out;
    }

    /**
     * Pictures among the article's text, in document order: between the first and the last text node of five words or
     * more that {@code bodyText} holds, widened both ways over pictures and over text the body holds too, within the
     * nearest element holding all those long texts.
     */
    private static Region regionImages(Document doc, String bodyText) {
        List<Node> items = new ArrayList<>();
        doc.body().traverse((node, depth) -> {
            if (node instanceof Element e && e.normalName().equals("img")) items.add(e);
            else if (node instanceof TextNode t && !squash(t.getWholeText()).isEmpty() && !inCode(t)) items.add(t);
        });
        int first = -1, last = -1;
        Element article = null;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof TextNode t) || !isLong(t, bodyText)) continue;
            if (first < 0) first = i;
            last = i;
            article = article == null ? t.parent() : common(article, t);
        }
        if (first < 0) return new Region(List.of(), null);
        while (first > 0 && among(items.get(first - 1), bodyText, article)) first--;
        while (last < items.size() - 1 && among(items.get(last + 1), bodyText, article)) last++;
        List<Element> out = new ArrayList<>();
        for (Node n : items.subList(first, last + 1)) {
            if (n instanceof Element img && !tiny(img) && !source(img).isEmpty() && visible(img)) out.add(img);
        }
        return new Region(out, article);
    }

    /** Text of five words or more that the body holds: long enough not to be somewhere else on the page too. */
    private static boolean isLong(TextNode t, String bodyText) {
        String text = squash(t.getWholeText());
        return text.split(" ").length >= 5 && bodyText.contains(text);
    }

    /** A picture, or text the body holds, inside the article's element: what may sit next to its text and be its. */
    private static boolean among(Node n, String bodyText, Element article) {
        if (!isAncestor(article, n)) return false;
        return n instanceof Element || bodyText.contains(squash(((TextNode) n).getWholeText()));
    }

    /** The nearest element holding both {@code e} and {@code n}. */
    private static Element common(Element e, Node n) {
        while (!isAncestor(e, n)) e = e.parent();
        return e;
    }

    private static boolean isAncestor(Element a, Node n) {
        for (Node x = n; x != null; x = x.parentNode()) if (x == a) return true;
        return false;
    }

    private static boolean inCode(TextNode t) {
        Node parent = t.parent();
        return parent instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"));
    }

    private static boolean visible(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.hasAttr("hidden") || a.attr("style").replace(" ", "").contains("display:none")) return false;
            String n = a.normalName();
            // a noscript picture counts: it is what a reader without scripts sees of a lazy-loaded one
            if (n.equals("nav") || n.equals("aside") || n.equals("footer")) return false;
        }
        return true;
    }

    private static String source(Element img) {
        for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "src"}) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:")) return v;
        }
        String set = img.attr("srcset").isBlank() ? img.attr("data-srcset") : img.attr("srcset");
        return set.isBlank() ? "" : set.strip().split("\\s+")[0];
    }

    private static boolean tiny(Element img) {
        for (String side : new String[] {"width", "height"}) {
            String v = img.attr(side).replace("px", "").strip();
            if (v.matches("\\d{1,5}") && Integer.parseInt(v) < 50) return true;
        }
        return false;
    }

    private static boolean declaresImage(Document doc) {
        for (Element m : doc.select("meta[property=og:image], meta[name=og:image], meta[name=twitter:image],"
                + " meta[property=twitter:image], meta[name=twitter:image:src]")) {
            if (!m.attr("content").isBlank()) return true;
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            if (s.data().contains("\"image\"")) return true;
        }
        return false;
    }

    private static String fileName(String url) {
        String u = url.strip();
        int q = u.indexOf('?');
        String path = q >= 0 ? u.substring(0, q) : u;
        String name = path.substring(path.lastIndexOf('/') + 1);
        // an image service's address ("…/resize/840x1259/?url=…photo.jpg") names the picture in its query
        return name.isEmpty() && q >= 0 ? u.substring(u.lastIndexOf('/') + 1) : name;
    }

    private static String squash(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    private static byte[] read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
