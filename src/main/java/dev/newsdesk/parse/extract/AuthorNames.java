package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names as web pages give them (character references already decoded), reduced to names:
 * byline labels before them ("By", "Von", "Publié par", "Veröffentlicht von"), listings after them ("Alle Artikel"),
 * several names in one value split, and what names no one dropped: a label alone, a site's address. A newsroom ("Redaktion") and a
 * site named after its author (a personal blog) are authors.
 */
public final class AuthorNames {

    private static final Pattern LEADING_LABEL = Pattern.compile("^(?:(?:posted|written|published|edited|reported)"
            + " by|by|von|vom|par|publié par|écrit par|por|publicado por|escrito por|di|door|av|af|"
            + "eingestellt von|veröffentlicht von|geschrieben von|verfasst von|autor(?:in)?|author|auteur|autore|"
            + "text|texto|texte|(?:ein )?(?:beitrag|artikel|gastbeitrag|kommentar|pressemitteilung|pressemeldung))"
            + "\\s*:?\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words {@link #LEADING_LABEL} opens with: a value opening with another has no label to drop. */
    private static final OpeningWords LABEL_OPENINGS = OpeningWords.of(List.of("posted", "written", "published",
            "edited", "reported", "by", "von", "vom", "par", "publié", "écrit", "por", "publicado", "escrito", "di",
            "door", "av", "af", "eingestellt", "veröffentlicht", "geschrieben", "verfasst", "autor", "autorin",
            "author", "auteur", "autore", "text", "texto", "texte", "ein", "beitrag", "artikel", "gastbeitrag",
            "kommentar", "pressemitteilung", "pressemeldung"), List.of());
    private static final Pattern TRAILING_LISTING = Pattern.compile(
            "\\s+(?:alle (?:artikel|beiträge)|all (?:posts|articles|stories)|tous (?:ses|les) articles|hace(?:\\s.*)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A weekday stuck on after the name, where a byline went on with its date ("Jane Doe Fr, 12.05."): the
     * weekdays' abbreviations in English, German and French (a full name may be part of one: "The Mail on Sunday").
     */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile("\\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|"
            + "sat|sun|lun|mar|mer|jeu|ven|sam|dim)\\.?,?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The outlet a person filed for, after the name ("Jane Doe, For Example News", "Marie Martin pour Le Quotidien",
     * "Max Muster vom Tagblatt"): cut when what comes before is a person's full name, as an organisation's may hold
     * the word ("Institute for …") and a name the particle "vom" ("Anna vom Berg").
     */
    private static final Pattern OUTLET_CREDIT = Pattern.compile(",?\\s+(?:for|special to|pour|für|vom|para|voor|dla)"
            + "\\s+\\S.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A social media handle after the name ("Jane Doe @janedoe"). */
    private static final Pattern TRAILING_HANDLE = Pattern.compile("\\s+@[\\w.]+$");
    /** Quotes and separators left at a name's ends by the text around it, besides spaces. */
    private static final String EDGE_MARK_CHARS = "'’\"“”‘«»|,:;·•-";
    private static final Pattern EDGE_MARKS = Pattern.compile(
            "^[\\s" + EDGE_MARK_CHARS + "]+|[\\s" + EDGE_MARK_CHARS + "]+$");
    /** Between names: ";", "&", "/" ("Jane Doe / John Roe", an initials/agency credit), "and" (en, fr, de). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:;|&|/|\\s(?:and|und|et)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * "and" in Spanish, Italian, Portuguese, Dutch, Polish, Catalan, Czech, Russian, Ukrainian and Greek, in lower
     * case only ("E" may be an initial):
     * between full names only, since it also joins a person's two surnames ("José Volta e Pinto").
     */
    private static final Pattern JOINING_WORD = Pattern.compile("\\s+(?:y|e|en|i|a|och|og|и|і|та|και)\\s+");
    /** A site's address standing in for a name ("stern.de"): a dotted name ending in a common top-level domain. */
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|net|org|info|news|io|tv|eu|de|at|ch|fr|es|it|uk|nl"
                    + "|be|pt|pl|ru|br|ar|mx|cl|co|pe|us|ca|au|in)$", Pattern.CASE_INSENSITIVE);
    /** Words that label a byline or stand for no one: never a name on their own. */
    private static final Set<String> NO_NAMES = Set.of("by", "von", "vom", "par", "por", "de", "di", "door", "av",
            "af", "text", "texto", "texte", "author", "autor", "auteur", "admin", "no author", "unknown", "anonymous",
            "alle beiträge", "alle artikel", "all posts", "all articles", "veröffentlicht", "published", "posted",
            "publié", "publicado", "pubblicato", "updated", "aktualisiert");

    /**
     * A CMS account's name rather than a person's: one word holding "admin" ("wpadmin", "Administrator"), a CMS's
     * default user; or a button's label.
     */
    private static final Pattern ACCOUNT = Pattern.compile("\\S*admin\\S*|super user|login|log in");
    /** Whether {@code lower} may be an {@link #ACCOUNT}: it holds "admin" or opens as the others do. */
    private static boolean mayBeAccount(String lower) {
        return lower.contains("admin") || lower.startsWith("super") || lower.startsWith("log");
    }

    /**
     * A role or a wire credit made of these words alone names no one ("Staff", "Staff Writer", "Agencies",
     * "Staff, news service reports", "Senior Editor", "Chefredakteurin", "rédactrice en chef"), the title a byline
     * gives after the name ("Jane Doe, Senior Editor"); with a name among them it is a newsroom's ("Example
     * Editorial Team").
     */
    private static final Pattern ROLE_ONLY = Pattern.compile("(?:(?:staff|writers?|reporters?|agency|agencies|wires?"
            + "|news|service|reports?|and|senior|chief|managing|deputy|contributing|political|freelance|editors?"
            + "|correspondents?|columnists?|contributors?|journalists?|(?:chef|fach)?redakteur(?:in)?"
            + "|korrespondent(?:in)?|journalistin|volontär(?:in)?|rédact(?:eur|rice)|en|chef|journaliste"
            + "|correspondante?|envoyée?|spéciale?|periodista|redactora?|corresponsal|giornalista|redatt(?:ore|rice)"
            + "|corrispondente|verslaggever|redacteur|dziennikar(?:z|ka)|redaktor(?:ka)?|jornalista|repórter)\\W*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private AuthorNames() {
    }

    /** {@code parts}, each split at {@link #JOINING_WORD} where that stands between full names. */
    static List<String> joined(String[] parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            // no space, no joining word: most parts are one word
            String[] names = hasSpace(part.strip()) ? JOINING_WORD.split(part.strip()) : new String[] {part.strip()};
            boolean full = names.length > 1;
            for (String n : names) full &= Words.count(n) >= 2;
            if (full) out.addAll(List.of(names));
            else out.add(part);
        }
        return out;
    }

    /** Whether {@code text} holds a character of the regex class {@code \\s}. */
    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) if (Words.isRegexSpace(text.charAt(i))) return true;
        return false;
    }

    /**
     * Whether {@link #EDGE_MARKS} may find a mark at an end of {@code name}: its first or last character is one, or
     * the last ends a line (before which {@code $} also matches).
     */
    private static boolean mayHaveEdgeMarks(String name) {
        if (name.isEmpty()) return false;
        char last = name.charAt(name.length() - 1);
        return Words.isRegexSpace(name.charAt(0)) || EDGE_MARK_CHARS.indexOf(name.charAt(0)) >= 0
                || Words.isRegexSpace(last)
                || EDGE_MARK_CHARS.indexOf(last) >= 0 || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /**
     * {@code text} without the invisible characters a CMS or an editor leaves inside a word of a name: soft hyphens
     * ("Mat&shy;thias"), word joiners, and zero-width (non-)joiners beside Latin letters or spaces, where they join
     * nothing (Persian and Indic scripts spell with them). They change no letter a reader sees, but split the name
     * for anyone who compares or searches it. (A zero-width space is a space: {@link Words#squash}.)
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean invisible = c == '\u00ad' || c == '\u2060'
                    || (c == '\u200c' || c == '\u200d') && (latinOrEnd(text, i - 1) || latinOrEnd(text, i + 1));
            if (invisible && out == null) out = new StringBuilder(text.substring(0, i));
            else if (!invisible && out != null) out.append(c);
        }
        return out == null ? text : out.toString();
    }

    /** True when {@code text} has no character at {@code i} or a Latin letter, digit or space (below U+0250). */
    private static boolean latinOrEnd(String text, int i) {
        return i < 0 || i >= text.length() || text.charAt(i) < '\u0250';
    }

    /**
     * {@code name} without the role a byline gives after it without a comma ("Jane Doe Staff Writer", "Erika Muster
     * Chefredakteurin"): the last words, each a {@link #ROLE_ONLY} word, when a person's full name is left.
     */
    private static String withoutRole(String name) {
        String[] words = name.split(" ");
        int keep = words.length;
        while (keep > 2 && ROLE_ONLY.matcher(words[keep - 1].toLowerCase(Locale.ROOT)).matches()) keep--;
        if (keep == words.length) return name;
        String person = String.join(" ", java.util.Arrays.copyOfRange(words, 0, keep));
        return Bylines.isFullName(person) && Bylines.isPerson(person) ? person : name;
    }

    /** {@code name} without the {@link #OUTLET_CREDIT} after it, when a person's name is left. */
    private static String withoutOutlet(String name) {
        Matcher credit = OUTLET_CREDIT.matcher(name);
        if (!credit.find()) return name;
        String person = name.substring(0, credit.start());
        return Bylines.isFullName(person) && Bylines.isPerson(person) ? person : name;
    }

    /** The names among {@code values}, in order, each once. */
    public static List<String> clean(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String value : values) {
            String v = Words.squash(visible(value));
            for (int i = 0; i < 2 && LABEL_OPENINGS.opens(v, 0); i++) v = LEADING_LABEL.matcher(v).replaceFirst("");
            v = TRAILING_LISTING.matcher(v).replaceFirst("");
            for (String part : joined(SEPARATOR.split(v))) {
                String name = mayHaveEdgeMarks(part) ? EDGE_MARKS.matcher(part).replaceAll("") : part;
                if (Words.count(name) > 2) name = TRAILING_WEEKDAY.matcher(name).replaceFirst("");
                if (name.indexOf('@') >= 0) name = TRAILING_HANDLE.matcher(name).replaceFirst("");
                name = withoutOutlet(withoutRole(name));
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.isEmpty() || NO_NAMES.contains(lower) || mayBeAccount(lower) && ACCOUNT.matcher(lower).matches()
                        || ROLE_ONLY.matcher(lower).matches()
                        || name.indexOf('.') >= 0 && DOMAIN.matcher(name).matches()
                        || !Words.hasLetter(name)) {
                    continue;
                }
                out.add(name);
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
