package dev.newsdesk.parse.meta;

import dev.newsdesk.article.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named things by their capitals, then types them with cheap evidence: a gazetteer of places, words that
 * make a name an organization (Ministry, Bank, Times), acronyms, titles before a person (M., Mr, Dr, ministre),
 * and place cues (la ville de X, in X). A surname alone joins the full name it abbreviates.
 */
public final class EntityExtractor {

    private static final Pattern LEADING_TITLE = Pattern.compile(
            "^(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Prof\\.?|Herr|Frau|Sr\\.|Sra\\.|Sig\\.|"
                    + "President|Président|Présidente|Presidente|Präsident|Gov\\.|Governor|Sen\\.|Senator|Rep\\.|"
                    + "Minister|Ministre|Chancellor|Kanzler|Pope|Pape|King|Queen|Prince|Princess|General|Général|"
                    + "Judge|Juge|Coach)\\s+");
    private static final Set<String> PERSON_TITLES = Vocabulary.of("m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "dr", "dr.", "president", "président", "présidente", "minister", "ministre", "senator", "sénateur",
            "sen.", "rep.", "gov.", "governor", "gouverneur", "herr", "frau", "señor", "señora", "sr.", "sra.",
            "signor", "pope", "pape", "king", "roi", "queen", "reine", "prince", "general", "général", "chancellor",
            "chancelière", "chancelier", "kanzler", "premier", "diplomate", "porte-parole", "spokesman", "ceo",
            "coach", "entraîneur", "juge", "judge");
    private static final Set<String> PARTICLES = Vocabulary.of("de", "da", "del", "di", "du", "van", "von", "der", "bin",
            "al", "ben", "la", "le");
    private static final Set<String> PLACE_PREPOSITIONS = Vocabulary.of("à", "in", "en", "nach", "em");
    private static final Set<String> PLACE_CUES = Vocabulary.of("ville de", "city of", "town of", "région de",
            "province de", "state of", "capitale", "village de", "stadt", "ciudad de", "città di", "cidade de");

    private EntityExtractor() {
    }

    /** The entities of {@code text}, most mentioned first. */
    public static List<Entity> extract(String text, String language) {
        Map<String, Found> found = new LinkedHashMap<>();
        int[] span = new int[2];
        int from = 0;
        while (nextRun(text, from, span)) {
            from = span[1];
            int start = span[0];
            String run = trimRun(text.substring(span[0], span[1]));
            if (run.isEmpty()) continue;
            boolean titled = false;
            int space = run.indexOf(' ');
            if (space > 0 && space <= 12) {
                Matcher title = LEADING_TITLE.matcher(run);
                if (title.find()) {
                    titled = true;
                    run = run.substring(title.end());
                    if (run.isEmpty()) continue;
                }
            }
            boolean sentenceStart = isSentenceStart(text, start);
            // The last two words of the 24 characters before the run (stripped), lower-cased: found by index in
            // the text, so that only those words are copied and lower-cased (this runs on every capitalised run).
            int lo = Math.max(0, start - 24);
            int hi = start;
            while (hi > lo && Character.isWhitespace(text.charAt(hi - 1))) hi--;
            while (lo < hi && Character.isWhitespace(text.charAt(lo))) lo++;
            int lastSpace = lastSpace(text, lo, hi);
            int secondSpace = lastSpace < 0 ? -1 : lastSpace(text, lo, lastSpace);
            String lastTwo = text.substring(secondSpace >= 0 ? secondSpace + 1 : lo, hi).toLowerCase(Locale.ROOT);
            String lastWord = lastTwo.substring(lastTwo.lastIndexOf(' ') + 1);
            boolean personCue = titled || PERSON_TITLES.contains(lastWord);
            boolean placeCue = PLACE_CUES.contains(lastWord) || PLACE_CUES.contains(lastTwo)
                    || PLACE_PREPOSITIONS.contains(lastWord);
            List<String> parts = split(run, sentenceStart, language);
            for (String name : parts) {
                if (name.length() < 2) continue;
                Found f = found.computeIfAbsent(name, Found::new);
                f.count++;
                if (personCue) f.personCue = true;
                if (placeCue) f.placeCue = true;
                if (!(sentenceStart && parts.size() == 1)) f.sentenceStartOnly = false;
            }
        }
        return type(found);
    }

    /** Where the last space of {@code text[from, to)} is, or -1. */
    private static int lastSpace(String text, int from, int to) {
        int at = text.lastIndexOf(' ', to - 1);
        return at >= from ? at : -1;
    }

    /**
     * Finds the next run of capitalised words at or after {@code from} (a hand-written scanner: a regex with
     * nested repetition costs several times more on long bodies). Fills {@code span} with [start, end).
     */
    private static boolean nextRun(String text, int from, int[] span) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (isUpperCase(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) break;
            i++;
        }
        if (i >= n) return false;
        int start = i;
        int end = token(text, i);
        int tokens = 1;
        while (tokens < 5) {
            int j = end;
            if (j >= n || !(text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) break;
            j++;
            int wordEnd = j;
            while (wordEnd < n && Character.isLowerCase(text.charAt(wordEnd))) wordEnd++;
            if (wordEnd > j) { // a particle: "de", "van", "al"
                if (!PARTICLES.contains(text.substring(j, wordEnd)) || wordEnd >= n || text.charAt(wordEnd) != ' ') break;
                j = wordEnd + 1;
            }
            if (j >= n || !Character.isUpperCase(text.charAt(j))) break;
            end = token(text, j);
            tokens++;
        }
        span[0] = start;
        span[1] = end;
        return true;
    }

    /** {@link Character#isUpperCase}, with ASCII (most of any text) decided without the table look-up. */
    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** The end of the capitalised word or initials ("U.S.") starting at {@code i}. */
    private static int token(String text, int i) {
        int n = text.length();
        if (i + 1 < n && text.charAt(i + 1) == '.') {
            int j = i;
            while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') j += 2;
            return j;
        }
        int j = i + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '-' || c == '\''
                    || c == '’') {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static List<Entity> type(Map<String, Found> found) {
        List<String> people = new ArrayList<>();
        Map<String, Entity.Type> types = new LinkedHashMap<>();
        for (Found f : found.values()) {
            Entity.Type t = classify(f);
            if (t != null) {
                types.put(f.name, t);
                if (t == Entity.Type.PERSON && f.name.contains(" ")) people.add(f.name);
            }
        }
        // A lone surname ("Lavrov") is the person named in full elsewhere: fold its mentions into the full name.
        Map<String, String> bySurname = new HashMap<>();
        for (String p : people) bySurname.putIfAbsent(p.substring(p.lastIndexOf(' ') + 1), p); // the first one named
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : found.values()) {
            if (!types.containsKey(f.name)) continue;
            String target = f.name.indexOf(' ') < 0 ? bySurname.getOrDefault(f.name, f.name) : f.name;
            counts.merge(target, f.count, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue()); // stable: ties stay in the order first seen
        List<Entity> out = new ArrayList<>(ranked.size());
        for (Map.Entry<String, Integer> e : ranked) out.add(new Entity(e.getKey(), types.get(e.getKey())));
        return out;
    }

    private static Entity.Type classify(Found f) {
        String name = f.name;
        String[] tokens = splitAtSpaces(name);
        if (Gazetteer.isPlace(name)) return Entity.Type.PLACE;
        for (String t : tokens) {
            if (Gazetteer.isOrganizationWord(t)) return Entity.Type.ORGANIZATION;
        }
        boolean acronym = name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                && isAcronymChars(name);
        if (acronym) return Entity.Type.ORGANIZATION;
        if (f.sentenceStartOnly && tokens.length == 1) return null; // a capital because a sentence starts there
        if (Stopwords.isAnyStopword(tokens[0].toLowerCase(Locale.ROOT))) {
            return tokens.length > 1 ? Entity.Type.ORGANIZATION : null; // "Le Monde", "The Guardian"
        }
        if (f.personCue) return Entity.Type.PERSON;
        if (f.placeCue && tokens.length <= 2) return Entity.Type.PLACE;
        if (tokens.length >= 2 && tokens.length <= 4) return Entity.Type.PERSON;
        if (f.count >= 2) return Entity.Type.OTHER;
        return null;
    }

    /** Splits a run of capitals: a leading place ("Mali Diop") and a leading sentence opener come off. */
    private static List<String> split(String run, boolean sentenceStart, String language) {
        String[] tokens = splitAtSpaces(run);
        int from = 0;
        if (sentenceStart && Stopwords.isAnyStopword(tokens[0].toLowerCase(Locale.ROOT))) from = 1;
        if (tokens.length == 1) return from == 0 ? List.of(run) : List.of(); // one word: most runs, nothing to join
        List<String> out = new ArrayList<>();
        if (from < tokens.length && tokens.length - from >= 2 && Gazetteer.isPlace(tokens[from])
                && !Gazetteer.isPlace(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)))) {
            out.add(tokens[from]);
            from++;
        }
        if (from < tokens.length) out.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)));
        return out;
    }

    private static boolean isAcronymChars(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) && c != '.' && !Character.isDigit(c)) return false;
        }
        return true;
    }

    /**
     * {@code s} split at runs of spaces and no-break spaces, as {@code s.split("[ \u00a0]+")} would (a leading
     * empty part when {@code s} starts with one, no trailing empty parts) without a regex per name.
     */
    static String[] splitAtSpaces(String s) {
        int n = s.length();
        int first = 0;
        while (first < n && !isSpace(s.charAt(first))) first++;
        if (first == n) return new String[] {s}; // one word: most runs
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        int i = first;
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                parts.add(s.substring(start, i));
                while (i < n && isSpace(s.charAt(i))) i++;
                start = i;
            } else {
                i++;
            }
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) size--;
        return parts.subList(0, size).toArray(new String[0]);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private static String trimRun(String run) {
        String s = run.strip();
        while (!s.isEmpty() && "-'’".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        // "l’Etat" and "d’Abdoulaye": the elided article is not part of the name.
        if (s.length() > 2 && (s.charAt(0) == 'L' || s.charAt(0) == 'D') && (s.charAt(1) == '’' || s.charAt(1) == '\'')) {
            s = s.substring(2);
        }
        return s;
    }

    private static boolean isSentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || "«“\"'(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:\n…".indexOf(text.charAt(i)) >= 0;
    }

    private static final class Found {
        final String name;
        int count;
        boolean personCue;
        boolean placeCue;
        boolean sentenceStartOnly = true;

        Found(String name) {
            this.name = name;
        }
    }
}
