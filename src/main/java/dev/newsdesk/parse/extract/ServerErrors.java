package dev.newsdesk.parse.extract;

import java.util.regex.Pattern;

/**
 * The error messages a PHP site prints into its own page when its code fails ("Warning: Creating default object
 * from empty value in /www/wp-includes/classes.php on line 407"): the server's, never the article's.
 */
final class ServerErrors {

    /**
     * One or more of PHP's messages one after another: the level, a colon, the message, then the script and the
     * line that raised it.
     */
    private static final Pattern MESSAGES = Pattern.compile("(?:\\s*(?:PHP )?(?:Warning|Notice|Deprecated"
            + "|Strict Standards|(?:Catchable )?Fatal error|Parse error)\\s*:\\s.+?\\sin\\s\\S+\\son line \\d+\\.?)+\\s*");
    private static final String LINE_MARK = " on line ";

    private ServerErrors() {
    }

    /** True when {@code text} is nothing but a server's error messages. */
    static boolean only(String text) {
        int end = text.length() - 1;
        while (end >= 0 && (text.charAt(end) == '.' || Character.isWhitespace(text.charAt(end)))) end--;
        // most blocks: told by their last character, no regex
        return end >= 0 && Character.isDigit(text.charAt(end)) && text.contains(LINE_MARK)
                && MESSAGES.matcher(text).matches();
    }
}
