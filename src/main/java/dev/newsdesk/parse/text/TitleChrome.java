package dev.newsdesk.parse.text;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Pattern;

/**
 * A line of a dump's header that is chrome by its shape or its words, never its title: one holding an e-mail
 * address (a writer's contact, a byline with it), or a share bar's menu that names the headline it shares ("Share
 * All sharing options for: Headline"), which gives the headline itself.
 */
final class TitleChrome {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}");
    /** Fewer words before a colon than this are a headline's kicker ("Print: …"), not a share menu's label. */
    private static final int MIN_MENU_WORDS = 3;

    private TitleChrome() {
    }

    static boolean is(String line) {
        return EMAIL.matcher(line).find() || namedHeadline(line) != null;
    }

    /** The headline a share bar's menu names after its words and a colon, else null. */
    static String namedHeadline(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) return null;
        String menu = line.substring(0, colon).strip();
        String headline = line.substring(colon + 1).strip();
        boolean shares = menu.split("\\s+").length >= MIN_MENU_WORDS && ShareButtons.are(menu);
        return shares && Words.count(headline) >= 2 ? headline : null;
    }
}
