package dev.newsdesk.parse.meta;

import dev.newsdesk.article.Entity;
import java.util.ArrayList;
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

    /** A capitalised word, or initials ("M.", "U.S."): a sentence's closing period never joins a name. */
    private static final String TOKEN = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
    private static final Pattern NAME_RUN = Pattern.compile(TOKEN
            + "(?:[ \\u00a0]+(?:(?:de|da|del|di|du|van|von|der|bin|al|ben|la|le)[ \\u00a0]+)?" + TOKEN + "){0,4}");
    private static final Pattern LEADING_TITLE = Pattern.compile(
            "^(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Pr\\.?|Herr|Frau|Sr\\.|Sra\\.|Sig\\.)\\s+");
    private static final Set<String> PERSON_TITLES = Set.of("m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "dr", "dr.", "president", "président", "présidente", "minister", "ministre", "senator", "sénateur",
            "sen.", "rep.", "gov.", "governor", "gouverneur", "herr", "frau", "señor", "señora", "sr.", "sra.",
            "signor", "pope", "pape", "king", "roi", "queen", "reine", "prince", "general", "général", "chancellor",
            "chancelière", "chancelier", "kanzler", "premier", "diplomate", "porte-parole", "spokesman", "ceo",
            "coach", "entraîneur", "juge", "judge");
    private static final Set<String> PLACE_CUES = Set.of("ville de", "city of", "town of", "région de",
            "province de", "state of", "capitale", "village de", "stadt", "ciudad de", "città di", "cidade de");

    private EntityExtractor() {
    }

    /** The entities of {@code text}, most mentioned first. */
    public static List<Entity> extract(String text, String language) {
        Map<String, Found> found = new LinkedHashMap<>();
        Matcher m = NAME_RUN.matcher(text);
        while (m.find()) {
            String run = trimRun(m.group());
            if (run.isEmpty()) continue;
            int start = m.start();
            boolean titled = false;
            Matcher title = LEADING_TITLE.matcher(run);
            if (title.find()) {
                titled = true;
                run = run.substring(title.end());
                if (run.isEmpty()) continue;
            }
            boolean sentenceStart = isSentenceStart(text, start);
            List<String> parts = split(run, sentenceStart, language);
            for (String name : parts) {
                if (name.length() < 2) continue;
                Found f = found.computeIfAbsent(name, Found::new);
                f.count++;
                String before = text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT).strip();
                if (titled || endsWithAny(before, PERSON_TITLES)) f.personCue = true;
                if (endsWithAny(before, PLACE_CUES) || before.endsWith(" à") || before.endsWith(" in")
                        || before.endsWith(" en") || before.endsWith(" nach") || before.endsWith(" em")) {
                    f.placeCue = true;
                }
                if (sentenceStart && parts.size() == 1) f.sentenceStartOnly &= true;
                else f.sentenceStartOnly = false;
            }
        }
        return type(found);
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : found.values()) {
            if (!types.containsKey(f.name)) continue;
            String target = f.name;
            if (!f.name.contains(" ")) {
                for (String p : people) {
                    if (p.endsWith(" " + f.name)) {
                        target = p;
                        break;
                    }
                }
            }
            counts.merge(target, f.count, Integer::sum);
        }
        List<Entity> out = new ArrayList<>();
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.add(new Entity(e.getKey(), types.get(e.getKey()))));
        return out;
    }

    private static Entity.Type classify(Found f) {
        String name = f.name;
        String[] tokens = name.split("\\s+");
        if (Gazetteer.isPlace(name)) return Entity.Type.PLACE;
        for (String t : tokens) {
            if (Gazetteer.isOrganizationWord(t)) return Entity.Type.ORGANIZATION;
        }
        boolean acronym = name.length() >= 2 && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                && name.chars().allMatch(c -> Character.isLetter(c) || c == '.' || Character.isDigit(c));
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
        String[] tokens = run.split("\\s+");
        int from = 0;
        if (sentenceStart && Stopwords.isAnyStopword(tokens[0].toLowerCase(Locale.ROOT))) from = 1;
        List<String> out = new ArrayList<>();
        if (from < tokens.length && tokens.length - from >= 2 && Gazetteer.isPlace(tokens[from])
                && !Gazetteer.isPlace(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)))) {
            out.add(tokens[from]);
            from++;
        }
        if (from < tokens.length) out.add(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length)));
        return out;
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

    private static boolean endsWithAny(String s, Set<String> words) {
        int space = s.lastIndexOf(' ');
        String last = space >= 0 ? s.substring(space + 1) : s;
        if (words.contains(last)) return true;
        for (String w : words) {
            if (w.contains(" ") && s.endsWith(w)) return true;
        }
        return false;
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
