package dev.newsdesk.parse.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese label of a publication date, as news pages, blogs and forums print it: "发表于 2005-07-31 12:30",
 * "发布时间：2021-03-05", "发布日期：2021年3月5日", and opening a line, "日期：", "时间：". The date follows the label at
 * once: "活动时间：" (an event's) or a sentence that mentions a time is no such line.
 */
public final class ChineseDateLabel {

    /** Spaces, the no-break and the ideographic ones too: pages set labels apart with them. */
    private static final String SPACE = "[\\s\\u00a0\\u3000]*";
    /**
     * The label, then maybe a colon: the words of publishing (simplified and traditional) wherever a line's parts
     * are set apart ("编辑 发表于 …", "〓 留言板 发布时间 …"), "日期" and "时间" only where the line opens.
     */
    private static final Pattern LABEL = Pattern.compile("(?:(?:^|(?<=[\\s\\u00a0\\u3000|｜/〓]))" + SPACE
            + "(?:发表|发布|发稿|發表|發佈|發布|發稿)(?:于|於|时间|時間|日期)?|^" + SPACE + "(?:日期|时间|時間))"
            + SPACE + "[:：]?" + SPACE);
    /**
     * The year first with dashes and a month or day of one digit ("2005-9-15"), as forums print it: read only after
     * such a label, where nothing else is meant; the other forms are what {@link Dates#findPrinted} reads.
     */
    private static final Pattern SHORT_DASHED = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})(?![\\d-])");
    /** A label's line is short: a date and maybe a source, a view count, an author. */
    private static final int MAX_CHARS = 120;

    private ChineseDateLabel() {
    }

    /** True when {@code raw} is such a label alone, its date in the next element ("发布时间：" then "2021-03-05"). */
    public static boolean isLabel(String raw) {
        return raw.length() <= MAX_CHARS && mayHold(raw) && LABEL.matcher(raw).matches();
    }

    /**
     * The date {@code raw} prints right after the first such label it holds, read in {@code order}; null when it
     * holds none, or something else comes between.
     */
    public static String date(String raw, DayOrder order) {
        if (raw.length() > MAX_CHARS || !mayHold(raw)) return null;
        Matcher m = LABEL.matcher(raw);
        if (!m.find() || m.end() == raw.length() || !Character.isDigit(raw.charAt(m.end()))) return null;
        String rest = raw.substring(m.end());
        Matcher dashed = SHORT_DASHED.matcher(rest);
        if (dashed.lookingAt()) return day(dashed);
        return Dates.findPrinted(rest, order);
    }

    private static String day(Matcher m) {
        LocalDate day = Dates.date(m.group(1), Integer.valueOf(m.group(2)), m.group(3));
        return day == null ? null : day.toString();
    }

    /** A cheap test before the regex: the line holds a label's first character. */
    private static boolean mayHold(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            switch (raw.charAt(i)) {
                case '发', '發', '日', '时', '時' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
