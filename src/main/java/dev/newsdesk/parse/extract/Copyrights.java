package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a copyright line names ("© 2020 Jane Doe", "(c) 2006-2008 by Jane Doe"): on a site of one writer, a
 * blog named after its author, the only place that names them. Only a line with its year counts (a picture's
 * credit, "© Jane Doe/Agency", has none), and only a name the entity reader takes for a person's: the holder is a
 * company as often.
 */
public final class Copyrights {

    /** The mark, the year or years, "by" maybe, then the holder up to a separator or the rights reserved. */
    private static final Pattern LINE = Pattern.compile("^(?:©|\\(c\\)|copyright)\\s*©?\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?"
            + "\\s*[,.]?\\s*(?:(?:by|von|par|por|di)\\s+)?([^|•·,;©–—]+?)\\s*(?:$|[|•·,;©–—]|\\.\\s|all rights|alle rechte"
            + "|tous droits|todos los derechos)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Copyrights() {
    }

    /** True when {@code text} may be a copyright line: it holds the mark or the word (a cheap test before the rest). */
    public static boolean mayBe(String text) {
        return text.indexOf('©') >= 0 || text.contains("(c)") || text.contains("(C)") || text.contains("opyright");
    }

    /** The person {@code line} gives the copyright to, else null. */
    public static String holder(String line) {
        Matcher m = LINE.matcher(Words.squash(line));
        if (!m.find()) return null;
        return Bylines.person(m.group(1));
    }
}
