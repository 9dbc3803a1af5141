package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Dates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page gives only in the data objects of its inline scripts: the state a script-rendered
 * page is built from, or its analytics ({@code "publishedAt": "2020-05-01T09:00:00Z"}, {@code pubDate: '2020-05-01'}).
 * Such data also describe other things (the stories linked beside the article, a video), so the date is read last,
 * when the page dates its article nowhere else; the first one given is the article's as often as the page's
 * data start with the article. JSON-LD is not read here: its objects have types, and {@link HtmlMetadata} reads them.
 */
final class ScriptDates {

    /**
     * A key that names the publication ("datePublished", "publishDate", "pub_date", "published_at",
     * "firstPublished", "first-publication", "publishedFirst", "publicationDate"), quoted or not, then its quoted
     * value.
     */
    private static final Pattern PUBLISHED_KEY = Pattern.compile(
            "[\"']?(?:date[-_]?published|publish(?:ed)?[-_]?(?:date|at|time)|pub[-_]?date"
                    + "|first[-_]?publi(?:shed|cation)(?:[-_]?(?:date|at))?|published[-_]?first|publication[-_]?date)"
                    + "[\"']?\\s*[:=]\\s*[\"']([^\"'\\n]{8,40})[\"']",
            Pattern.CASE_INSENSITIVE);
    /** Longer scripts are libraries or whole data stores: the page's own facts come in short ones. */
    private static final int MAX_SCRIPT = 200_000;

    private ScriptDates() {
    }

    /** The first date of a published key in {@code doc}'s inline scripts, or null. */
    static String published(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            if (script.hasAttr("src") || script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() > MAX_SCRIPT) continue;
            String iso = published(data);
            if (iso != null) return iso;
        }
        return null;
    }

    /**
     * The first date of a published key in {@code data}, a script's or a meta tag's that holds an object (Parse.ly's
     * {@code parsely-page}); null when it has none.
     */
    static String published(String data) {
        if (data == null) return null;
        Matcher m = PUBLISHED_KEY.matcher(data);
        while (m.find()) {
            String iso = Dates.fromValue(m.group(1));
            if (iso != null) return iso;
        }
        return null;
    }
}
