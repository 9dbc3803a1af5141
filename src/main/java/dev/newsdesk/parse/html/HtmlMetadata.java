package dev.newsdesk.parse.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.article.Image;
import dev.newsdesk.article.WebLinks;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.LanguageDetector;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page says about its article outside the body: Open Graph and article meta tags, schema.org JSON-LD,
 * the {@code <title>}, the first {@code <h1>} and the {@code lang} attribute. {@code publishedSure} is false when
 * the date comes from a name that may be the last change's ("date", "dc.date"): the body's markup then decides.
 * {@code ogSiteName} is the name the site gives itself ({@code og:site_name}), or null. {@code modifiedAt} is the
 * date of the page's last change (a modified meta tag, else the JSON-LD's {@code dateModified}), or null.
 * {@code pageAccount} is the Person the JSON-LD's WebPage names as its author (the account that posted a page with
 * no Article), or null: weaker than any name the page prints.
 */
record HtmlMetadata(String title, String section, List<String> authors, String publishedAt, boolean publishedSure,
                    String modifiedAt, List<String> tags, String language, String structuredBody, Image image,
                    String canonicalUrl, String ogSiteName, String pageAccount) {

    /** Compiled once: jsoup parses a query string on every call. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    /**
     * The meta names pages give the publication date under, and nothing else (Open Graph, Dublin Core's issued and
     * created, parsely, sailthru...).
     */
    private static final String[] PUBLISHED_META = {"article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "published_time", "publication_date", "date_published",
            "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created", "citation_publication_date",
            "sailthru.date", "parsely-pub-date", "originalpublicationdate", "article.published", "og:pubdate",
            "cxenseparse:recs:publishtime", "cxenseparse:publishtime", "article:post_date", "published-date",
            // the less common names of the same
            "article:published_date", "article:publicationdate", "article:published_at", "og:article:published",
            "og:datepublished", "og:publish_date", "og:published_date", "dc.date.publication", "dc.created",
            "dc:created", "dcterms:created", "dcterms:issued", "datecreated", "date_created", "dateposted",
            "published_date", "publication-date", "pub_date", "pdate", "ptime", "rbpubdate", "rnews:datepublished",
            "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "displaydate",
            "dcsext.articlefirstpublished", "content_create_date", "article_date_original", "article.created",
            "bt:pubdate", "mediator_published_time", "release_date"};
    /** A meta tag whose value is an object of the page's facts, its publication date among them ("pub_date"). */
    private static final String PARSELY_PAGE = "parsely-page";
    /**
     * Names of a date that may be the publication's or the last change's: Dublin Core's "date" is any date of the
     * page's life, and CMSs fill the plain "date" with the last edit as often as with the first publication. They
     * count only after every published name and the JSON-LD.
     */
    private static final String[] AMBIGUOUS_META = {"date", "dc.date", "dcterms.date", "citation_date", "dc:date",
            "dcterms:date", "created", "doc_date", "timestamp"};
    /** The meta names of a later change: a date they give is no publication's. */
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "last-modified",
            "dateModified", "dcterms.modified", "dc.date.modified", "og:article:modified_time", "dcterms:modified",
            "dc:modified", "article:modified"};
    /** "Written by", "Verfasst von": a {@code twitter:labelN} whose {@code twitter:dataN} is the author. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?:written|posted|published) by|verfasst von|geschrieben von|écrit par|publié par|escrito por|"
                    + "scritto da|author|autor|auteur|autore", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** schema.org types of pictures and recordings. */
    private static final Set<String> MEDIA_TYPES = Set.of("ImageObject", "VideoObject", "AudioObject", "MediaObject",
            "Photograph");
    /** Twitter's card labels, {@code twitter:label1} to this. */
    private static final int TWITTER_LABELS = 4;
    /** Labels under a country's domain that are no site's name ("co" of {@code example.co.uk}). */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu");
    /** Quotes around a whole meta value ("'Jane Doe, John Roe'"), as a template wrote it. */
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"'“”‘’]+|[\"'“”‘’]+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    /** A host name ("example.co.uk"): lower-case labels joined by dots, the last of letters. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:www\\.)?(?:[\\p{Ll}\\d-]+\\.)+\\p{Ll}{2,}");
    /** A slash between two credits of an author value ("Jane Doe / AFP"). */
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    /**
     * A meta author that credits the site's template ("Jane Doe und Studio X designed"), not the article's writer; a
     * name with a link after it ("Jane Doe - https://example.org") is a theme's maker signing the template alike.
     */
    private static final Pattern TEMPLATE_CREDIT = Pattern.compile(
            "\\b(?:designed|design by|theme|template|webdesign)\\b|\\S\\s+[-–|]\\s+https?://", Pattern.CASE_INSENSITIVE);
    /** " | Site name", " - Section": what a {@code <title>} appends to the headline. */
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·-]\\s+");
    /**
     * What sets a site's name off a headline: the separators above, or an underscore or a full-width bar with or
     * without spaces, as Chinese and Japanese titles write them ("标题_网站"); only a part that is the site's name is
     * dropped, so an underscore of the headline's own stays.
     */
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—·-]\\s+|\\s*[_｜]\\s*");
    /**
     * JSON-LD as pages write it: with comments ("//<![CDATA["), raw line breaks inside strings and trailing commas,
     * which a browser's script parser passes and a strict JSON reader would refuse.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());
    /** What old templates wrap a script's data in: an HTML comment, a CDATA section. */
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!--|<!\\[CDATA\\[)|(?:-->|]]>)\\s*$");

    /**
     * Reads the metadata of {@code doc}: its head, {@code pageTitle} (its {@code <title>}, read once by the caller,
     * who also needs it), and the JSON-LD scripts and meta tags the walk of the body collected ({@code bodyTags}:
     * the HTML parser moves a head's meta tags into the body after a stray element); relative URLs resolve on
     * {@code base}.
     */
    static HtmlMetadata of(Document doc, String pageTitle, List<Element> bodyTags, String base) {
        Found found = Found.in(doc.head());
        for (Element e : bodyTags) {
            // after the head's: the head's own tags win
            if (e.normalName().equals("meta")) found.metas.add(e);
            else found.ldScripts.add(e);
        }
        JsonLd ld = JsonLd.of(found.ldScripts);
        String ogTitle = found.meta("og:title", "twitter:title");
        String h1Text = null;
        if (!usable(ld.headline) && !usable(ogTitle) && doc.body() != null) {
            Element h1 = doc.body().selectFirst(H1); // only now: a search that stops at the first one
            if (h1 != null) {
                // a blog's <h1> may be its own name, the post's title a heading under it
                String post = pageTitle == null ? null : PostHeading.below(h1, Words.squash(pageTitle), doc.body());
                h1Text = post != null ? post : Words.squash(h1.text());
            }
        }
        String ogSiteName = found.meta("og:site_name");
        String siteName = firstNonBlank(found.meta("og:site_name", "application-name"), ld.publisher);
        Set<String> sites = siteNames(siteName, ld.publisher, ogSiteName, base);
        String title = withoutSiteName(chooseTitle(ld.headline, ogTitle, h1Text, Words.squash(pageTitle)), sites);
        String section = firstNonBlank(found.meta("article:section", "section", "category"), ld.section);
        Set<String> publishers = withParts(sites, siteName, ogSiteName);
        Set<String> authors = new LinkedHashSet<>(withoutSites(ld.authors, publishers));
        if (authors.isEmpty()) {
            String a = firstNonBlank(found.metaValues("author", "article:author", "byl", "dc.creator",
                    "sailthru.author", "parsely-author"), twitterAuthor(found));
            // escaped twice by some CMSs ("&amp;oacute;"): decoded before the byline's separators are looked for
            if (a != null && a.indexOf('&') >= 0) a = Parser.unescapeEntities(a, false);
            if (a != null) a = QUOTES_AROUND.matcher(a).replaceAll("");
            if (a != null && !a.startsWith("http") && !TEMPLATE_CREDIT.matcher(a).find()) {
                // "Agency/Site": a slash between two credits of the value, as between names
                a = SLASH.matcher(a).replaceAll("; ");
                a = PersonsDashed.asList(a);
                List<String> names = Bylines.authors(a.toLowerCase(Locale.ROOT).startsWith("by ") ? a : "By " + a);
                // "example.com, Frankfurt, Germany", "example.com / Example Online": led by the site's name or a web
                // address, the value is the publisher's
                String lead = LIST_SEPARATOR.split(a, 2)[0];
                if (names != null && !sites.contains(letters(lead)) && !WEB_ADDRESS.matcher(lead).matches()
                        && !TitlePublisher.names(a, pageTitle, title)) {
                    authors.addAll(withoutSites(names, publishers));
                }
            }
        }
        String published = publishedDate(found, ld);
        if (authors.isEmpty()) authors.addAll(withoutSites(ld.referencedAuthors, publishers));
        if (authors.isEmpty()) authors.addAll(withoutSites(ld.authorsByOther, publishers));
        // an account's first name (a meta tag's, the graph's) that the graph's profile of it gives in full
        if (!ld.fullNames.isEmpty()) {
            List<String> full = new ArrayList<>(authors.size());
            for (String a : authors) full.add(ld.fullNames.getOrDefault(a, a));
            authors = new LinkedHashSet<>(full);
        }
        String iso = published != null ? published : ambiguousDate(found, ld);
        List<String> tags = new ArrayList<>();
        String keywords = firstNonBlank(found.meta("news_keywords", "keywords"), ld.keywords);
        if (keywords != null) {
            for (String k : LIST_SEPARATOR.split(keywords)) {
                if (!k.isBlank() && tags.size() < 12) tags.add(k.strip());
            }
        }
        for (Element t : found.metas) {
            if ("article:tag".equals(t.attr("property")) && tags.size() < 12 && !t.attr("content").isBlank()) {
                tags.add(t.attr("content").strip());
            }
        }
        String lang = declaredLanguage(doc);
        if (lang.isBlank()) lang = firstNonBlank(found.meta("og:locale", "content-language", "language"), ld.language);
        String language = LanguageDetector.code(lang);
        return new HtmlMetadata(title, section, List.copyOf(authors), iso, published != null, modifiedDate(found, ld),
                List.copyOf(new LinkedHashSet<>(tags)),
                language, ld.body, image(found, ld, base), WebLinks.isWeb(ld.url) ? ld.url : null, ogSiteName,
                ld.pageAccount);
    }

    /**
     * The publication date of the head, from a name that says published: the first such meta tag whose value is a
     * date (a page may give one meta name a value no reader parses, and the next a date), else the one in Parse.ly's
     * page object, else the JSON-LD article's (its datePublished, else its dateCreated), else another JSON-LD
     * object's. Null when the head gives none.
     */
    private static String publishedDate(Found found, JsonLd ld) {
        for (String name : PUBLISHED_META) {
            String iso = Dates.fromValue(found.meta(name));
            if (iso != null) return iso;
        }
        String iso = ScriptDates.published(found.meta(PARSELY_PAGE));
        if (iso != null) return iso;
        iso = Dates.fromValue(ld.published);
        if (iso == null) iso = Dates.fromValue(ld.created);
        return iso != null ? iso : Dates.fromValue(ld.publishedByOther);
    }

    /**
     * The date of a name that does not say which date it is ("date", "dc.date"), unless the page gives the same
     * value as its last change (meta or JSON-LD {@code dateModified}): then it is that change's date, and a
     * modified date never stands for the publication. Null when there is none.
     */
    private static String ambiguousDate(Found found, JsonLd ld) {
        Set<String> modified = new java.util.HashSet<>();
        for (String name : MODIFIED_META) {
            String iso = Dates.fromValue(found.meta(name));
            if (iso != null) modified.add(moment(iso));
        }
        String ldModified = Dates.fromValue(ld.modified);
        if (ldModified != null) modified.add(moment(ldModified));
        for (String name : AMBIGUOUS_META) {
            String iso = Dates.fromValue(found.meta(name));
            if (iso != null) return modified.contains(moment(iso)) ? null : iso;
        }
        return null;
    }

    /** The date of the page's last change: the first modified meta tag that holds a date, else the JSON-LD's. */
    private static String modifiedDate(Found found, JsonLd ld) {
        for (String name : MODIFIED_META) {
            String iso = Dates.fromValue(found.meta(name));
            if (iso != null) return iso;
        }
        return Dates.fromValue(ld.modified);
    }

    /** An instant in UTC, whatever offset it was written with; a day as it is. */
    private static String moment(String iso) {
        return iso.length() > 10 ? java.time.OffsetDateTime.parse(iso).toInstant().toString() : iso;
    }

    /** The author Twitter's card names under a label that says so ("Written by", "Verfasst von"), or null. */
    private static String twitterAuthor(Found found) {
        for (int i = 1; i <= TWITTER_LABELS; i++) {
            String label = found.meta("twitter:label" + i);
            if (label != null && AUTHOR_LABEL.matcher(label).matches()) return found.meta("twitter:data" + i);
        }
        return null;
    }

    /** The picture the page declares for sharing: Open Graph (with its alt text and size), Twitter's card, JSON-LD. */
    private static Image image(Found found, JsonLd ld, String base) {
        String og = WebLinks.web(base, found.meta("og:image:secure_url", "og:image", "og:image:url"));
        if (og != null) {
            return new Image(og, found.meta("og:image:alt", "twitter:image:alt"), null, null,
                    pixels(found.meta("og:image:width")), pixels(found.meta("og:image:height")));
        }
        String ldImage = WebLinks.web(base, ld.imageUrl);
        if (ldImage != null) {
            return new Image(ldImage, null, ld.imageCaption, null, pixels(ld.imageWidth), pixels(ld.imageHeight));
        }
        String card = WebLinks.web(base, found.meta("twitter:image", "twitter:image:src"));
        return card != null ? new Image(card, found.meta("twitter:image:alt"), null, null, null, null) : null;
    }

    /** A size in pixels ("1200", "1200px"), or null when there is none or it is no size. */
    private static Integer pixels(String value) {
        if (value == null) return null;
        String digits = value.strip().replace("px", "");
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) return null;
        int n = Integer.parseInt(digits);
        return n > 0 ? n : null;
    }

    /** The elements metadata comes from, gathered in one pass over the page. */
    private static final class Found {
        final List<Element> metas = new ArrayList<>();
        /** Meta contents by lower-cased property, name, itemprop or http-equiv; the first one given wins. */
        java.util.Map<String, String> byName;
        final List<Element> ldScripts = new ArrayList<>();

        /** The meta tags and JSON-LD scripts of the page's head (the body's scripts come from the walk). */
        static Found in(Element head) {
            Found f = new Found();
            if (head == null) return f;
            // elements only, in document order: the head's text is its scripts' and styles' code, never a tag
            for (Element e = head.firstElementChild(); e != null; e = DocumentOrder.next(e, head)) {
                if (e.normalName().equals("meta")) {
                    f.metas.add(e);
                } else if (e.normalName().equals("script") && "application/ld+json".equalsIgnoreCase(e.attr("type"))) {
                    f.ldScripts.add(e);
                }
            }
            return f;
        }

        /**
         * Every value of the first of {@code names} the page gives, joined by "; ": a page may give one name per
         * author ({@code parsely-author} twice). Null when none is given.
         */
        String metaValues(String... names) {
            for (String name : names) {
                List<String> values = new ArrayList<>();
                for (Element m : metas) {
                    String content = m.attr("content");
                    boolean named = m.attr("name").equalsIgnoreCase(name) || m.attr("property").equalsIgnoreCase(name);
                    if (named && !content.isBlank() && !values.contains(Words.squash(content))) {
                        values.add(Words.squash(content));
                    }
                }
                if (!values.isEmpty()) return String.join("; ", values);
            }
            return null;
        }

        String meta(String... names) {
            if (byName == null) {
                byName = new java.util.HashMap<>();
                for (Element m : metas) {
                    String content = m.attr("content");
                    if (content.isBlank()) continue;
                    for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                        String k = m.attr(key);
                        if (k.isEmpty()) continue;
                        // itemprop may list several properties: "datePublished dateCreated"
                        for (String one : k.split(" ")) {
                            if (!one.isEmpty()) byName.putIfAbsent(one.toLowerCase(Locale.ROOT), content);
                        }
                    }
                }
            }
            for (String name : names) {
                String c = byName.get(name.toLowerCase(Locale.ROOT));
                if (c != null) return Words.squash(c);
            }
            return null;
        }
    }

    /** The {@code lang} attribute of the page's root element, or "". */
    static String declaredLanguage(Document doc) {
        Element html = doc.firstElementChild();
        return html == null ? "" : html.attr("lang");
    }

    private static boolean usable(String title) {
        return title != null && !title.isBlank() && Words.count(title) >= 2;
    }

    /** Prefers the article's own headline; a {@code <title>} loses its " | Site name" tail. */
    private static String chooseTitle(String ldHeadline, String ogTitle, String h1, String docTitle) {
        for (String t : new String[] {ldHeadline, ogTitle, h1}) {
            if (t != null && !t.isBlank() && Words.count(t) >= 2) return Words.squash(t);
        }
        if (docTitle != null && !docTitle.isBlank()) {
            String[] parts = TITLE_SEPARATOR.split(docTitle);
            String longest = parts[0];
            for (String p : parts) if (longer(p, longest)) longest = p;
            return longest.strip();
        }
        return h1;
    }

    /**
     * Whether {@code part} of a title is longer than {@code than} as it is seen: a Han or kana character, a word of
     * its own, is as wide as two Latin letters ("Site on Software - 给计算机系学生的建议" keeps its Chinese headline).
     */
    private static boolean longer(String part, String than) {
        return width(part) > width(than);
    }

    private static int width(String text) {
        return text.length() + Words.ideographs(text);
    }

    /**
     * {@code title} without the site's name that pages add before or after the headline ("Headline | Site",
     * "Site - Headline"), when the page names its site ({@code og:site_name}, the JSON-LD publisher, its address): only a part
     * set off by a separator with spaces around it, and only if it is the site's name, so a headline that merely
     * holds a dash keeps it.
     */
    static String withoutSiteName(String title, Set<String> sites) {
        if (title == null || sites.isEmpty()) return title;
        Matcher first = SITE_SEPARATOR.matcher(title);
        if (first.find() && sites.contains(letters(title.substring(0, first.start())))
                && Words.count(title.substring(first.end())) >= 2) {
            return title.substring(first.end()).strip();
        }
        int lastStart = -1;
        int lastEnd = -1;
        for (Matcher m = SITE_SEPARATOR.matcher(title); m.find(); ) {
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart > 0 && sites.contains(letters(title.substring(lastEnd)))
                && Words.count(title.substring(0, lastStart)) >= 2) {
            return title.substring(0, lastStart).strip();
        }
        return title;
    }

    /**
     * The site's names as {@link #letters} gives them: its declared name, its publisher's, its address's own label
     * ("example" of {@code www.example.co.uk}) and its host ("example.co.uk"): an author value that is one of them
     * names no person, and a title's part set off that is one of them is no part of the headline.
     */
    private static Set<String> siteNames(String siteName, String publisher, String ogSiteName, String base) {
        Set<String> out = new java.util.HashSet<>();
        for (String name : new String[] {siteName, publisher, ogSiteName}) {
            if (name != null && !letters(name).isEmpty()) out.add(letters(name));
        }
        String host = base == null ? null : java.net.URI.create(base).getHost();
        if (host != null) {
            String lower = host.toLowerCase(Locale.ROOT);
            out.add(letters(lower.startsWith("www.") ? lower.substring(4) : lower));
            out.add(ownLabel(host)); // of the host just read: the address is parsed once
        }
        return out;
    }

    /**
     * The own label of {@code base}'s host as {@link #letters} gives it ("example" of {@code www.example.co.uk}),
     * or null when there is no host.
     */
    static String hostLabel(String base) {
        String host = base == null ? null : java.net.URI.create(base).getHost();
        return host == null ? null : ownLabel(host);
    }

    /** {@link #hostLabel} of a {@code host} already read off its address. */
    static String ownLabel(String host) {
        List<String> labels = new ArrayList<>(List.of(host.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() > 1) labels.remove(labels.size() - 1); // the top-level domain
        if (labels.size() > 1 && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) labels.remove(labels.size() - 1);
        return letters(labels.get(labels.size() - 1));
    }

    /**
     * {@code sites} and the parts of {@code names} a title's separator sets off: a CMS may fill the site's name with
     * the headline and the name ("Headline | Example News"), and a part that is an author value names the publisher,
     * no writer. Only the authors are checked against these: a title keeps its headline part.
     */
    private static Set<String> withParts(Set<String> sites, String... names) {
        Set<String> out = new java.util.HashSet<>(sites);
        for (String name : names) {
            if (name == null) continue;
            for (String part : TITLE_SEPARATOR.split(name)) if (!letters(part).isEmpty()) out.add(letters(part));
        }
        return out;
    }

    /** {@code names} but the site's: a site named after a person (a personal blog) is that person's, who stays. */
    private static List<String> withoutSites(List<String> names, Set<String> sites) {
        List<String> out = new ArrayList<>();
        for (String n : names) if (!sites.contains(letters(n)) || Bylines.person(n) != null) out.add(n);
        return out;
    }

    /** A name as its letters and digits, lower-cased: "The Hill", "TheHill" and "the-hill" are one name. */
    static String letters(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) out.appendCodePoint(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** A script's data without the wrapper {@link #WRAPPER} names. */
    private static String unwrapped(String data) {
        return data.indexOf("<!") < 0 ? data : WRAPPER.matcher(data).replaceAll("");
    }

    /** The first of {@code values} with something in it, or null. */
    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    /** The schema.org Article facts of the page's JSON-LD scripts. */
    private static final class JsonLd {
        String headline;
        String section;
        String published;
        /** The article's dateCreated: its publication when it gives no datePublished. */
        String created;
        /** The publication date of a schema.org object of another type (a WebPage, a video), if no article has one. */
        String publishedByOther;
        /** The article's own dateModified: what a page's ambiguous "date" meta is checked against. */
        String modified;
        String keywords;
        String language;
        String body;
        String publisher;
        String url;
        String imageUrl;
        String imageCaption;
        String imageWidth;
        String imageHeight;
        final List<String> authors = new ArrayList<>();
        /** Authors given as a reference ({@code {"@id": …}}) to a Person elsewhere in the graph, as Yoast writes them. */
        final List<String> authorIds = new ArrayList<>();
        /**
         * The names those references point to: the CMS account that posted the article, which is not always the
         * byline's writer, so they count after the author meta tags.
         */
        final List<String> referencedAuthors = new ArrayList<>();
        /**
         * The authors of a schema.org object of another type (a Recipe, a WebPage, a DiscussionForumPosting) when no
         * article names one: the page's main work, after the author meta tags. A picture's author is its photographer.
         */
        final List<String> authorsByOther = new ArrayList<>();
        /**
         * The page's own ({@code WebPage}) reference to a Person, as Yoast writes a post without an Article, and the
         * name it points to: the account that posted it. A WebSite's names its owner, no writer.
         */
        final List<String> pageAuthorIds = new ArrayList<>();
        String pageAccount;
        /** The names of the graph's objects by their {@code @id}: what such references point to. */
        final java.util.Map<String, String> namesById = new java.util.HashMap<>();
        /** The {@code @id}s of the graph's Person objects. */
        final Set<String> personIds = new java.util.HashSet<>();
        /** A Person's one-word name and the full name its description opens with ({@link ProfileName}). */
        final java.util.Map<String, String> fullNames = new java.util.HashMap<>();

        static JsonLd of(List<Element> scripts) {
            JsonLd out = new JsonLd();
            for (Element script : scripts) {
                String data = script.data();
                // Only objects with an article's facts matter: a site's Organization or BreadcrumbList is not worth
                // parsing.
                if (!data.contains("Article") && !data.contains("BlogPosting") && !data.contains("Report")
                        && !data.contains("datePublished") && !data.contains("\"author\"")) {
                    continue;
                }
                try {
                    JsonNode root = JSON.readTree(unwrapped(data));
                    out.visit(root, 0);
                } catch (JsonProcessingException e) {
                    // Broken JSON-LD is common on the web; the page's other metadata still count.
                }
            }
            for (String id : out.authorIds) {
                String name = out.namesById.get(id);
                if (name != null && !name.isBlank() && !name.startsWith("http")) out.referencedAuthors.add(name.strip());
            }
            for (String id : out.pageAuthorIds) {
                String name = out.namesById.get(id);
                if (out.pageAccount == null && out.personIds.contains(id) && name != null && !name.isBlank()
                        && !name.startsWith("http")) {
                    out.pageAccount = name.strip();
                }
            }
            return out;
        }

        private void visit(JsonNode node, int depth) {
            if (node == null || depth > 4) return;
            if (node.isArray()) {
                for (JsonNode n : node) visit(n, depth + 1);
                return;
            }
            if (!node.isObject()) return;
            if (node.has("@graph")) visit(node.get("@graph"), depth + 1);
            if (node.hasNonNull("@id") && node.hasNonNull("name")) {
                namesById.putIfAbsent(node.get("@id").asText(), text(node.get("name")));
            }
            String type = node.path("@type").isArray() ? node.path("@type").path(0).asText() : node.path("@type").asText();
            if (type.equals("Person") && node.hasNonNull("@id")) personIds.add(node.get("@id").asText());
            if (type.equals("Person")) readProfile(node);
            if (type.equals("WebPage") && node.path("author").hasNonNull("@id")) {
                pageAuthorIds.add(node.path("author").get("@id").asText());
            }
            if (!type.endsWith("Article") && !type.equals("BlogPosting") && !type.equals("Report")) {
                // a picture's or a video's date is when it was taken or uploaded, not the article's
                if (publishedByOther == null && !MEDIA_TYPES.contains(type)) {
                    publishedByOther = text(node.get("datePublished"));
                }
                if (authorsByOther.isEmpty() && !MEDIA_TYPES.contains(type)) readAuthors(node, authorsByOther, false);
                for (String key : new String[] {"mainEntity", "mainEntityOfPage", "hasPart"}) {
                    if (node.get(key) != null && node.get(key).isContainerNode()) visit(node.get(key), depth + 1);
                }
                return;
            }
            if (headline == null) headline = text(node.get("headline"));
            if (section == null) section = text(node.get("articleSection"));
            if (published == null) published = text(node.get("datePublished"));
            if (created == null) created = text(node.get("dateCreated"));
            if (modified == null) modified = text(node.get("dateModified"));
            if (keywords == null) keywords = text(node.get("keywords"));
            if (language == null) language = text(node.get("inLanguage"));
            if (body == null) body = text(node.get("articleBody"));
            if (publisher == null) publisher = text(node.path("publisher").get("name"));
            if (url == null) url = address(node.get("url"));
            if (url == null) url = address(node.get("mainEntityOfPage"));
            if (imageUrl == null) image(node.get("image"));
            if (authors.isEmpty()) readAuthors(node, authors, true);
        }

        /**
         * The names of {@code node}'s authors into {@code names}. An article's reference to a Person elsewhere goes
         * to authorIds; another object's ({@code ofArticle} false) counts only when named there and no Organization:
         * a page's or a video's author is the publisher or the account that posted it as often as the writer.
         */
        private void readAuthors(JsonNode node, List<String> names, boolean ofArticle) {
            JsonNode a = node.get("author");
            if (a == null) return;
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                if (!ofArticle && one.path("@type").asText().equals("Organization")) continue;
                String name = one.isObject() ? text(one.get("name")) : text(one);
                if (one.isObject()) readProfile(one);
                if (name != null && !name.isBlank() && !name.startsWith("http")) names.add(name.strip());
                else if (name == null && one.hasNonNull("@id") && ofArticle) authorIds.add(one.get("@id").asText());
            }
        }

        /** A Person's name and the full name its description opens with, when they differ, into fullNames. */
        private void readProfile(JsonNode person) {
            if (!person.hasNonNull("description")) return;
            String name = text(person.get("name"));
            String full = ProfileName.completed(name, text(person.get("description")));
            if (full != null && !full.equals(name)) fullNames.putIfAbsent(name.strip(), full);
        }

        /** A schema.org image: a URL, an ImageObject, or a list of either (the first one counts). */
        private void image(JsonNode n) {
            if (n == null || n.isNull()) return;
            if (n.isArray()) {
                if (!n.isEmpty()) image(n.get(0));
                return;
            }
            if (n.isTextual()) {
                imageUrl = n.asText();
            } else if (n.isObject()) {
                imageUrl = text(n.has("url") ? n.get("url") : n.get("contentUrl"));
                imageCaption = text(n.get("caption"));
                imageWidth = text(n.get("width"));
                imageHeight = text(n.get("height"));
            }
        }

        /** A URL given as text or as an object's {@code @id} or {@code url} (schema.org's WebPage). */
        private static String address(JsonNode n) {
            if (n == null) return null;
            if (n.isObject()) return text(n.has("@id") ? n.get("@id") : n.get("url"));
            return text(n);
        }

        private static String text(JsonNode n) {
            if (n == null || n.isNull()) return null;
            if (n.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode x : n) if (x.isValueNode()) parts.add(x.asText());
                return parts.isEmpty() ? null : String.join(", ", parts);
            }
            return n.isValueNode() ? n.asText() : null;
        }
    }
}
