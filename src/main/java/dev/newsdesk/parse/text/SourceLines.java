package dev.newsdesk.parse.text;

import dev.newsdesk.parse.meta.Words;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese or Japanese header's source-and-time line, printed under the headline as a byline is: labelled fields
 * ("来源：新华网 时间：2022-02-13"), or a year-first date with little more than a time, the site's address and the
 * source's name ("2005年03月21日 11:21 《理财周刊》", "2003-7-24 钱江晚报"). Never a headline, and the line over it
 * is one. A headline that holds a date says more than a source's name after it.
 */
final class SourceLines {

    /** A field's label and its colon: source, writer, time, date, editor, reporter (simplified and traditional). */
    private static final Pattern LABEL = Pattern.compile(
            "(?:来源|來源|出处|出處|稿源|作者|时间|時間|日期|编辑|編輯|责编|責編|记者|記者)\\s*[:：]");
    /** A year-first date in numbers or with its ideographs: "2003-7-24", "2005.03.21", "2005年03月21日". */
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d{2}\\s?(?:[-./]\\s?\\d{1,2}\\s?[-./]|年\\s?\\d{1,2}\\s?月)\\s?\\d{1,2}(?!\\d)日?");
    /** What may stand beside the date besides the source's name: a time, a link's address, a title's brackets. */
    private static final Pattern ASIDE = Pattern.compile(
            "\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?|(?:https?://|www\\.)\\S+|[《》〈〉()（）\\[\\]【】|｜/]");
    /** The longest line of such fields. */
    private static final int MAX_LENGTH = 60;
    /** The most words (each ideograph one) a source's name takes beside the date ("中国新闻网", "人民日报海外版"). */
    private static final int MAX_SOURCE = 10;

    private SourceLines() {
    }

    static boolean is(String line) {
        if (line.length() > MAX_LENGTH || line.chars().noneMatch(c -> Words.isIdeographic((char) c))) return false;
        int labels = 0;
        for (Matcher m = LABEL.matcher(line); m.find(); ) labels++;
        Matcher date = DATE.matcher(line);
        boolean dated = date.find();
        if (labels >= 2 || labels == 1 && dated) return true;
        if (!dated) return false;
        String rest = ASIDE.matcher(date.replaceAll(" ")).replaceAll(" ");
        return Words.count(rest) <= MAX_SOURCE && rest.chars().noneMatch(c -> "。，！？；".indexOf(c) >= 0);
    }
}
