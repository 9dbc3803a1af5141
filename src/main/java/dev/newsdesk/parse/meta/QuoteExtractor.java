package dev.newsdesk.parse.meta;

import dev.newsdesk.article.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations (« … », “ … ”, „ … “, "…") and, when the sentence says who spoke, their speaker: the verb
 * of saying after the quote ("», a ajouté Diop", "", said Smith", "», selon Lavrov") or before it ("Lavrov a
 * souligné que «", "Smith said: "").
 */
public final class QuoteExtractor {

    private static final Pattern QUOTE = Pattern.compile(
            "«\\s*([^«»]{3,1500}?)\\s*»|“([^“”]{3,1500}?)”|„([^„“”]{3,1500}?)[“”]|\"([^\"\\n]{3,1500}?)\"");

    private static final String NAME = "((?:(?:M\\.|Mme|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Herr|Frau|Sr\\.|Sra\\.)\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de |da |van |von |del |di |al-)?\\p{Lu}[\\p{L}'’-]+){0,3}|il|elle|he|she|er|sie|él|ella|lui|lei|ele)";
    private static final String SAY_AFTER = "(?:a|avait|a-t-il|a-t-elle)?\\s*(?:dit|déclaré|ajouté|affirmé|souligné|"
            + "indiqué|expliqué|estimé|assuré|précisé|rappelé|insisté|lancé|martelé|confié|répondu|averti|prévenu|"
            + "poursuivi|conclu|noté|observé|reconnu|annoncé|commenté|relevé|jugé|réaffirmé|répété|plaidé|dénoncé|"
            + "regretté|salué|souhaité|promis|confirmé|démenti|expliqué|écrit|tweeté)|dit|déclare|ajoute|affirme|souligne|"
            + "indique|explique|estime|assure|précise|selon|d'après|d’après|said|says|added|told|explained|noted|"
            + "according to|wrote|asked|stated|argued|insisted|warned|sagte|sagt|erklärte|betonte|so|laut|dijo|"
            + "afirmó|añadió|explicó|aseguró|según|ha detto|ha affermato|ha aggiunto|secondo|disse|afirmou|"
            + "acrescentou|segundo";
    private static final Pattern AFTER_VERB_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:" + SAY_AFTER + ")\\s+" + NAME, Pattern.UNICODE_CASE);
    private static final Pattern AFTER_NAME_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + NAME + "\\s+(?:said|says|added|told|explained|noted|wrote|sagte|dijo|disse)\\b",
            Pattern.UNICODE_CASE);
    private static final Pattern BEFORE = Pattern.compile(
            NAME + "\\s+(?:a\\s+|avait\\s+|has\\s+|had\\s+)?(?:\\p{Ll}+ment\\s+|also\\s+|aussi\\s+|\\p{Ll}+ly\\s+)?(?:" + SAY_AFTER + "|has said|had said)(?:\\s+que|\\s+qu’|\\s+qu'|\\s+that|"
                    + ",? dass|\\s+que)?\\s*:?\\s*$", Pattern.UNICODE_CASE);

    /** A title before the speaker's name, dropped. */
    private static final Pattern TITLE = Pattern.compile("^(?:M\\.|Mme|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Herr|Frau|Sr\\.|Sra\\.)\\s+");

    private QuoteExtractor() {
    }

    /** The quotes of {@code paragraphs}, speakers resolved against {@code people} (full names seen in the text). */
    public static List<Quote> extract(List<String> paragraphs, List<String> people) {
        Map<String, Quote> found = new LinkedHashMap<>();
        for (String p : paragraphs) {
            int at = nextQuoteMark(p, 0);
            if (at < 0) continue; // most paragraphs
            String lastSpeaker = null;
            Matcher m = QUOTE.matcher(p);
            // A quote starts at a quote mark: the regex is started at each mark, never run over the text between.
            for (; at >= 0 && m.find(at); at = nextQuoteMark(p, m.end())) {
                String text = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4)).strip();
                if (Words.count(text) < 2) continue;
                String before = p.substring(Math.max(0, m.start() - 160), m.start());
                String after = p.substring(m.end(), Math.min(p.length(), m.end() + 120));
                String speaker = speakerAfter(after);
                if (speaker == null) speaker = speakerBefore(before);
                if (speaker != null && isPronoun(speaker)) {
                    speaker = lastSpeaker != null ? lastSpeaker : lastMentioned(p.substring(0, m.start()), people);
                }
                speaker = resolve(speaker, people);
                if (speaker != null) lastSpeaker = speaker;
                found.putIfAbsent(text, new Quote(text, speaker));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Where the first quote mark at or after {@code from} is, or -1. */
    private static int nextQuoteMark(String p, int from) {
        for (int i = from, n = p.length(); i < n; i++) {
            char c = p.charAt(i);
            if (c == '«' || c == '“' || c == '„' || c == '"') return i;
        }
        return -1;
    }

    /** The person named last in {@code before} (by full name or surname): who "il" or "she" most likely is. */
    private static String lastMentioned(String before, List<String> people) {
        String best = null;
        int bestAt = -1;
        for (String full : people) {
            String surname = full.substring(full.lastIndexOf(' ') + 1);
            int at = before.lastIndexOf(surname);
            if (at > bestAt) {
                bestAt = at;
                best = full;
            }
        }
        return best;
    }

    private static String speakerAfter(String after) {
        // Both patterns start at the quote's end (^): lookingAt tries that one position, find would try them all.
        Matcher m = AFTER_VERB_NAME.matcher(after);
        if (m.lookingAt()) return clean(m.group(1));
        m = AFTER_NAME_VERB.matcher(after);
        if (m.lookingAt()) return clean(m.group(1));
        return null;
    }

    private static String speakerBefore(String before) {
        // Only the clause right before the quote speaks for it.
        int cut = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("» "), before.lastIndexOf("” ")));
        String clause = cut >= 0 ? before.substring(cut + 2) : before;
        Matcher m = BEFORE.matcher(clause);
        return m.find() ? clean(m.group(1)) : null;
    }

    private static String clean(String name) {
        return TITLE.matcher(name).replaceFirst("").strip();
    }

    private static boolean isPronoun(String s) {
        return s.length() <= 4 && Character.isLowerCase(s.charAt(0));
    }

    /** "Lavrov" becomes "Sergueï Lavrov" when the text named him in full. */
    private static String resolve(String speaker, List<String> people) {
        if (speaker == null) return null;
        for (String full : people) {
            if (full.equals(speaker)) return full;
        }
        for (String full : people) {
            if (full.endsWith(" " + speaker) || full.startsWith(speaker + " ")) return full;
        }
        return speaker;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return "";
    }
}
