package dev.newsdesk.parse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese byline: "作者：王小明", "本报记者 王小明 李华", "新华社记者 王小明 发自北京", "（记者 王小明）", Taiwan's
 * "記者王小明／台北報導" (a full-width slash before where it was reported). Chinese names are
 * two to four characters; several are set apart by spaces or "、". The line must end with the names, or with what
 * follows them in a byline (where it was reported, "发自北京", "摄"), never with a sentence: "他对记者说" is no byline. After
 * "作者" a user name in Latin letters is a name too (blogs and forums sign so). A credit's label after the names is
 * none ("记者 张伟 摄影 刘洋": the photographer is no author). In a line of labelled fields ("发布时间：… 来源：新华社
 * 作者：李明") the byline may be a later field, after a space.
 */
final class ChineseByline {

    /** Labels of other credits and fields, which no name spells: the photographer, the editor, the source. */
    private static final String OTHER_LABEL = "摄影|攝影|图片|圖片|编辑|編輯|来源|來源";
    private static final String HAN_NAME = "(?!" + OTHER_LABEL + ")\\p{IsHan}{2,4}";
    private static final String NAME = "(?:" + HAN_NAME + "|[A-Za-z][\\w.-]{2,30})";
    /**
     * The reporter's label, maybe after the outlet's name ("新京报记者"). Its names are set off by a space or a colon,
     * or run on into where it was reported ("记者王小明发自北京"): "新华社记者看东北" is a column's name.
     */
    private static final String REPORTER = "(?:记者|記者|实习生|實習生|通讯员|通訊員)";
    /** The label and the names: the author's, or the reporter's ({@link #REPORTER}). */
    private static final Pattern BYLINE = Pattern.compile(
            "^[（(【\\[□]?\\s*(?:(?:作者|作\\s者|撰文|执笔人?|文)\\s*[:：/]\\s*(" + NAME + "(?:(?:\\s+|\\s*[、，,]\\s*)"
                    + NAME + "){0,4})"
                    + "|\\p{IsHan}{0,10}?" + REPORTER + "(?:\\s*[:：]\\s*|\\s+)(" + HAN_NAME
                    + "(?:(?:\\s+|\\s*[、，,]\\s*)" + HAN_NAME + "){0,4})"
                    + "|\\p{IsHan}{0,10}?" + REPORTER + "(" + HAN_NAME + ")(?=发自|發自|/|／))"
                    + "(?=$|[\\s）)】\\]/／]|发自|發自|摄|攝)[^，。！？,.!?]{0,16}$");
    /**
     * A byline's label closing a text, its names in the next element ("作者：" | "李明"): alone, or the last of a line's
     * labelled fields ("出版社：团结出版社 作者："). "文" alone is too common a word to be told for one.
     */
    private static final Pattern LABEL_AT_END = Pattern.compile(
            "(?:^|\\s)(?:作者|作\\s者|撰文|执笔人?|\\p{IsHan}{0,10}?" + REPORTER + ")\\s*[:：]?$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[、，,]\\s*|\\s+");
    /** Longer lines are sentences. */
    private static final int MAX_CHARS = 50;

    private ChineseByline() {
    }

    /** The names of {@code line} (squashed) when it is a Chinese byline, else null. */
    static List<String> names(String line) {
        if (line.length() > MAX_CHARS || !mayBe(line)) return null;
        Matcher m = BYLINE.matcher(line);
        if (!m.find()) m = laterField(line);
        if (m == null) return null;
        String names = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        List<String> out = new ArrayList<>();
        for (String name : SEPARATOR.split(names.strip())) if (!name.isEmpty()) out.add(name);
        return out;
    }

    /** True when {@code text} (squashed) ends with a byline's label, its names to come in the next element. */
    static boolean endsWithLabel(String text) {
        return text.length() <= MAX_CHARS && mayBe(text) && LABEL_AT_END.matcher(text).find()
                && (text.indexOf(' ') < 0 || hasColon(text));
    }

    /**
     * A matcher of {@link #BYLINE} that has found the byline in a field of {@code line} after the first, when the
     * fields before it are labelled with a colon ("来源：新华社 作者：李明"); else null.
     */
    private static Matcher laterField(String line) {
        if (!hasColon(line)) return null;
        for (int space = line.indexOf(' '); space >= 0; space = line.indexOf(' ', space + 1)) {
            Matcher m = BYLINE.matcher(line).region(space + 1, line.length());
            if (m.find()) return m;
        }
        return null;
    }

    /** Whether {@code text} holds a colon, full-width or not: the mark of a labelled field. */
    private static boolean hasColon(String text) {
        return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }

    /** A cheap test before the regex: the line holds one of the labels' characters. */
    private static boolean mayBe(String line) {
        for (int i = 0, n = line.length(); i < n; i++) {
            switch (line.charAt(i)) {
                case '者', '文', '笔', '筆', '生', '员', '員' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }
}
