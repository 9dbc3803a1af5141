package dev.newsdesk.parse.text;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Pattern;

/**
 * A menu's links read as one line, set apart by dashes or bars ("首页 - 财经 - 新闻 - 科技", "第一章│第二章│第三章",
 * "Home | News | Sport | Weather"): a site's or a book's navigation, never a headline, which sets no four short
 * steps apart so.
 */
final class MenuLines {

    /** A dash with a space on either side, or a bar: the separators of a menu's links. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s*|\\s*[-–—]\\s+|\\s*[|│｜¦]\\s*");
    /** A separator closing the line after its last link ("首页 - 新闻 - 体育 -"). */
    private static final Pattern TRAILING = Pattern.compile("\\s*[-–—|│｜¦]$");
    /** Fewer links than this may be a headline's parts ("Headline - Site"). */
    private static final int MIN_LINKS = 4;
    /** The most words of a link (each ideograph one): a section's or a chapter's name. */
    private static final int MAX_LINK_WORDS = 4;

    private MenuLines() {
    }

    static boolean is(String line) {
        String[] links = SEPARATOR.split(TRAILING.matcher(line.strip()).replaceAll(""), -1);
        if (links.length < MIN_LINKS) return false;
        for (String link : links) {
            int words = Words.count(link);
            if (words == 0 || words > MAX_LINK_WORDS) return false;
        }
        return true;
    }
}
