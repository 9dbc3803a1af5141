package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A credit to a news agency, the author of a story no person signs: a credit line ("dpa", "(AFP)", "Quelle: dpa",
 * "Source: Reuters/AP", "By The Associated Press") or the wire's dateline opening the text ("BERLIN (dpa) –"). An
 * agency is one of the world's major wire services; an editor's initials may stand beside it ("dpa/red"), or the
 * writer's full name before it ("Jane Doe / dpa", credited with it); any other word makes the line no wire credit
 * ("Source: Federal Statistical Office", "Rostow (Russland)").
 */
public final class WireCredit {

    /** The major news agencies as credits write them, lower-cased. */
    private static final Set<String> AGENCIES = Set.of("ap", "associated press", "the associated press", "reuters",
            "afp", "agence france-presse", "dpa", "deutsche presse-agentur", "dpa-afx", "afx", "apa", "sda",
            "keystone-sda", "kna", "epd", "ddp", "ansa", "efe", "europa press", "upi", "pti", "ians", "xinhua",
            "kyodo", "yonhap", "tass", "interfax", "aap", "the canadian press", "pa media", "press association", "belga",
            "anp", "lusa", "ctk", "čtk", "pap", "mti", "bloomberg",
            // as Russian, Ukrainian and Greek credits write them
            "тасс", "риа новости", "интерфакс", "укрінформ", "уніан", "інтерфакс-україна", "απε", "απε-μπε");
    private static final String[] AGENCY_LIST = AGENCIES.toArray(String[]::new);
    /**
     * The agencies by their first letter: a text is searched at the start of each of its words for the few that
     * start there, not once over for each agency (the dateline walk asks this of every short line of an article).
     */
    private static final Map<Character, List<String>> AGENCIES_BY_INITIAL = AGENCIES.stream()
            .collect(Collectors.groupingBy(a -> a.charAt(0)));
    /**
     * A credit's label, in each language we read (singular and plural): "Quelle:", "Source:", "Fonte:", "Bron:",
     * "Źródło:", "Zdroj:", "Источник:", "Джерело:", "Πηγή:", "By", "Mit Material von"…
     */
    private static final Pattern LABEL = Pattern.compile("^(?:(?:quelle|quellen|sources?|fuentes?|font[ei]|fontes"
            + "|agenturen|agentur|agency|agencies|agences?|agencias?|agenzi[ae]|ag[êe]ncias?|bronnen|bron"
            + "|[źz]r[óo]d[łl][oa]|zdroje?|источник[и]?|джерел[оа]|πηγ[ήηέε][ςσ]?)\\s*:\\s*"
            + "|(?:by|von|par|por|mit material (?:von|der|des))\\s+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:/|,|;|&|\\s(?:and|und|et|y)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A writer's name before the agencies, after a slash or a comma ("Jane Doe / dpa"). */
    private static final Pattern WRITER_AND_AGENCY = Pattern.compile("([^/,]{5,40}?)\\s*[/,]\\s*([^,]{2,30})");
    /** An editor's initials beside the agency, as wire copy signs it ("dpa/red", "AFP/jk"). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{2,4}");
    /** The wire's dateline: a place, maybe a date after a comma, the credit in parentheses, a dash or colon. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.' -]{1,30}?(?:, [^()]{1,30})?\\s\\(([^()]{2,40})\\)\\s*[-–—:]");
    /** A credit in parentheses closing a paragraph ("… gestimmt. (dpa)"). */
    private static final Pattern CLOSING = Pattern.compile("\\(([^()]{2,40})\\)\\W*$");
    /** What sets an agency's credit apart from the label or the name before it ("Photo: AP", "Jane Doe/AFP"). */
    private static final String CREDIT_SEPARATORS = ":/|,(-–—©";
    /** Longer text is no credit line. */
    public static final int MAX_LINE = 60;

    private WireCredit() {
    }

    /** The agencies {@code line} credits when it is a credit line alone ("dpa", "(AFP)", "Quelle: dpa"); else empty. */
    public static List<String> line(String line) {
        String s = Words.squash(line);
        if (s.length() > MAX_LINE || !namesAgency(s)) return List.of();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        s = LABEL.matcher(s).replaceFirst("");
        List<String> agencies = agencies(s);
        return agencies.isEmpty() ? withWriter(s) : agencies;
    }

    /**
     * The writer and the agencies of a credit that names both ("Jane Doe / dpa", "Jane Doe, AFP"), the writer first;
     * empty when the name before the agency is no person's full name.
     */
    private static List<String> withWriter(String credit) {
        Matcher m = WRITER_AND_AGENCY.matcher(credit);
        if (!m.matches()) return List.of();
        String writer = m.group(1).strip();
        List<String> agencies = agencies(m.group(2));
        if (agencies.isEmpty() || !Bylines.isFullName(writer) || !Bylines.isPerson(writer)) return List.of();
        List<String> out = new ArrayList<>(agencies.size() + 1);
        out.add(writer);
        out.addAll(agencies);
        return out;
    }

    /**
     * The agencies that sign a story's last paragraph {@code text}: a credit line alone, or a credit in parentheses
     * after the paragraph's last sentence ("… gestimmt. (dpa)"); else empty.
     */
    public static List<String> signing(String text) {
        List<String> alone = line(text);
        if (!alone.isEmpty()) return alone;
        String s = Words.squash(text);
        Matcher closing = CLOSING.matcher(s);
        return closing.find() && Bylines.endsSentence(s.substring(0, closing.start()))
                ? agencies(closing.group(1)) : List.of();
    }

    /** The agency of the wire's dateline {@code text} opens with ("WASHINGTON (AP) —"); empty when none. */
    public static List<String> opening(String text) {
        Matcher m = DATELINE.matcher(Words.squash(text));
        return m.lookingAt() ? agencies(m.group(1)) : List.of();
    }

    /**
     * Whether the lower-cased line {@code key} ends with an agency's name credited: alone, or after a label, a
     * writer's name or a year and a separator ("source: reuters", "jane doe / afp", "источник: тасс", "© 2026 ap"),
     * at most {@code maxBefore} characters in; not named in words ("news from bloomberg").
     */
    public static boolean creditsAgency(String key, int maxBefore) {
        return credits(key, AGENCY_LIST, maxBefore);
    }

    /** {@link #creditsAgency} for any of {@code names}, lower-cased. */
    static boolean credits(String key, String[] names, int maxBefore) {
        for (String name : names) {
            int at = key.length() - name.length();
            if (at >= 0 && at <= maxBefore && key.endsWith(name) && creditedAt(key, at)) return true;
        }
        return false;
    }

    /** Whether what stands before {@code at} in {@code key} is nothing, a separator or a number (a year). */
    private static boolean creditedAt(String key, int at) {
        int i = at;
        while (i > 0 && key.charAt(i - 1) == ' ') i--;
        if (i == 0) return true;
        char c = key.charAt(i - 1);
        return CREDIT_SEPARATORS.indexOf(c) >= 0 || i < at && Character.isDigit(c);
    }

    /**
     * Whether {@code s} holds an agency's name as a word of its own ("AP", not the "ap" of "map"): a credit needs
     * one, and so most short lines of a page (menus, labels, captions) are told without the patterns.
     */
    static boolean namesAgency(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int at = 0, n = lower.length(); at < n; at++) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) continue; // inside a word
            List<String> candidates = AGENCIES_BY_INITIAL.get(lower.charAt(at));
            if (candidates == null) continue;
            for (String agency : candidates) {
                int end = at + agency.length();
                if (lower.startsWith(agency, at) && (end == n || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code name} is one of the major news agencies' ("Reuters", "AFP"). */
    static boolean isAgency(String name) {
        return AGENCIES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The agencies {@code credit} names, editors' initials beside them dropped; empty when it names anything else. */
    static List<String> agencies(String credit) {
        List<String> out = new ArrayList<>(2);
        for (String part : SEPARATOR.split(credit.strip())) {
            String name = part.strip();
            if (isAgency(name)) out.add(name);
            else if (!INITIALS.matcher(name).matches()) return List.of();
        }
        return out;
    }
}
