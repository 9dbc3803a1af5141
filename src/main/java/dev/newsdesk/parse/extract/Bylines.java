package dev.newsdesk.parse.extract;

import dev.newsdesk.article.Entity;
import dev.newsdesk.parse.meta.EntityExtractor;
import dev.newsdesk.parse.meta.SentenceEnds;
import dev.newsdesk.parse.meta.Stopwords;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a byline ("By Jane Doe and John Roe", "Par Jean Dupont") and takes the names out of it. */
public final class Bylines {

    /**
     * A byline's label: a preposition alone ("By", "Von", "Par"), a verb of writing or posting before it ("Posted
     * by", "Erstellt von", "Publié par", "Napisał", a wire's "Reporting by"), what was written ("Text von", "Ein
     * Beitrag von", "Ein Kommentar von", "Opinion by", "Une tribune de"; with its article where the bare word heads
     * a reader's comment or names a paper: "Kommentar von", "Tribune de Genève"), or the author's title with a colon
     * ("Autor:", "Autoren", "Text und Fotos:"), or who asked the questions of an interview ("Interview:", "Fragen:",
     * "Das Gespräch führte", "An interview by", "Propos recueillis par", "Rozmawiała"), or the host under a
     * column's or a show's name ("with Jane Doe"; "An interview with" opens otherwise).
     */
    private static final String LABEL = "(?:(?:(?:written|posted|submitted|published|reported|text|story|words) by|"
                    + "(?:geschrieben|verfasst|erstellt|gespeichert|eingestellt|veröffentlicht|text|"
                    + "(?:ein |blog ?)?beitrag|gastbeitrag|eine? (?:interview|(?:gast)?kommentar|analyse|essay"
                    + "|reportage|kolumne|rezension)) von|"
                    + "(?:écrit|publié|texte) par|(?:escrito|publicado|texto) por|scritto da|by|par|von|por|di|de|av|af|"
                    + "(?:additional )?reporting by|with|napisał(?:a)?|"
                    + "(?:an? )?(?:interview|commentary|analysis|opinion|essay|column) by|"
                    + "propos recueillis par|entretien réalisé par|une (?:tribune|chronique) de|"
                    + "(?:une )?(?:tribune|chronique) par|una (?:entrevista|columna) de|"
                    + "(?:entrevista|columna|opinión|análisis) por|entrevista realizada por|"
                    + "(?:un'|una )intervista di|(?:intervista|analisi) a cura di|rozmawiał(?:a|y|i)?|"
                    + "texto de|testo di|door|a cura di|interviewed by|(?:das )?(?:interview|gespräch) führte)\\s*:?|"
                    + "(?:text|texte|texto|testo|tekst) ?(?:und|&|et|y|e|en|i|/) ?(?:fotos?|photos?|bilder?|foto's)"
                    + " ?:|text:|texte :|tekst ?:|texto ?:|testo ?:|auteurs? ?:?|authors? ?:?|"
                    + "autor(?:in|en|ka|zy)?(?: tekstu)? ?:?|autori? ?:?|"
                    // Russian and Ukrainian "Автор:", "Текст:", Greek "Συντάκτης:", "Γράφει ο", and the Greek "by",
                    // the genitive's article before the name in the genitive ("Του Γιώργου …", "Της Μαρίας …"),
                    // which is read as printed, as names are in every language
                    + "автор(?:ы|и|ка)? ?:?|текст ?:|συντάκτ(?:ης|ρια|ες) ?:|γράφει(?: ο| η|:)|του|της|"
                    + "redaktion:|interview ?:|fragen ?:|questions ?:)";
    private static final Pattern BYLINE = Pattern.compile("^" + LABEL + "\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label in an element of its own, the names in the next ("By" | "Jane Doe"). */
    private static final Pattern LABEL_ALONE = Pattern.compile(LABEL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Between names: punctuation, "and" in English, French and German; the other languages' ("y", "e", "i", "en")
     * split by {@link AuthorNames#joined}, between full names.
     */
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\b(?:and|et|und)\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** {@link #SPLIT}'s words and those {@link AuthorNames#joined} splits, alone: a list's separator. */
    private static final Pattern SEPARATOR_ALONE = Pattern.compile("\\s*(?:,|;|&|(?i:and|et|und)|y|e|i|en)\\s*");
    /** A full stop after a word longer than an initial: the sentence the byline is ends there ("Jane Doe."). */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=\\p{L}{2})\\.$");
    /** The last name of a byline after a comma ("…, CNN"), what {@link #creditsEmployer} tells an outlet by. */
    private static final Pattern AFTER_COMMA = Pattern.compile(",\\s*([^,;&]{2,40})$");
    /** An outlet's short name in capitals ("CNN", "WSVN"), or an agency's: the writer's employer. */
    private static final Pattern CAPITALS_OUTLET = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,4}");
    /** Initials alone ("D.E.", "J. R."): a name no one can be told by. */
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.[\\s-]*)+");
    /**
     * The lower-case words inside a name: particles before a family name ("Sanne de Vries", "Pieter van den Berg",
     * "Ursula von der Leyen", "Maria do Carmo", "Ana de la Fuente") and "and" between two surnames ("José Volta e Pinto").
     */
    private static final String PARTICLE = "de|da|do|dos|das|des|van|von|vom|der|den|dem|del|della|degli|dei|di|du"
            + "|le|la|las|los|ter|ten|het|zu|al|bin|ibn|y|e|i";
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|" + PARTICLE
            + ")){0,4}$");
    /** {@link #PARTICLE} alone. */
    private static final Pattern PARTICLE_ALONE = Pattern.compile(PARTICLE);

    /**
     * Where the names end: the outlet, "published", a role in parentheses, the time after an "@", a date (with the
     * word before it: "am", "on", "le"…), a dash closing the line, the credit of pictures ("Illustration von …"),
     * the outlet a writer filed for ("Jane Doe for Example News", "Par Marie Martin pour Le Quotidien"; not Italian
     * "per", also a given name), who answered an interview or whose material was added ("Ein Interview von Jane Doe
     * mit John Roe", "Par Marie Martin avec AFP", "Por Ana Ruiz con información de EFE"; not English "with", which
     * may join co-authors).
     */
    /** Where {@link #TRAILER} cut a byline at a date's number ("… March| 4, 2026", "… Mai| am 3."). */
    private static final Pattern AT_NUMBER = Pattern.compile("(?:\\s+\\p{L}{1,3})?\\s+\\d");
    /**
     * A date's month after its preposition, where {@link #TRAILER} cut off its day ("Jane Doe| on March| 4"); in
     * lower case, as a name's capitalised particle is not one ("Anna Le May").
     */
    private static final Pattern ON_MONTH = Pattern.compile("\\s+(?:on|am|le|el|il|em|vom|du)\\s+(\\p{L}+)\\.?$");
    private static final Pattern TRAILER = Pattern.compile(
            "\\s+(?:[|–—-]|\\bpublished\\b|\\bpublié(?![\\p{L}\\p{N}_])|\\bupdated\\b|\\bmis à jour\\b)(?:\\s+|$)"
                    + "|\\s*[(@]"
                    + "|\\s+(?:for|special to|pour|für|para|voor|dla)\\s"
                    + "|\\s+(?:mit|avec|con)\\s"
                    + "|(?:\\s+(?:am|on|le|el|il|em|vom|du))?\\s+\\d"
                    + "|\\s+(?:illustrations?|fotos?|photos?|bilder?|grafik(?:en)?)\\s*(?:von|by|de|par|:)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Co-authors in brackets after the writer: "(with …)", "(avec …)", "(mit …)", "(con …)", "(com …)", "(z …)",
     * "(с …)", "(με …)", where {@link #TRAILER} cuts at the bracket and at "mit"/"avec"/"con".
     */
    private static final Pattern BRACKETED_COAUTHORS = Pattern.compile(
            "\\s*\\(\\s*(?:with|avec|mit|con|com|z|с|με)\\s+([^()]{5,100})\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What joins names in such brackets, in the languages of {@link #BRACKETED_COAUTHORS}'s words. */
    private static final Pattern COAUTHOR_SPLIT = Pattern.compile(
            "\\s*[,;&]\\s*(?:(?:and|et|und|y|e|i|и|και)\\s+)?|\\s+(?:and|et|und|y|e|i|и|και)\\s+");

    /** A date and time the byline opens with ("06.11.2023 13:30 von Jane Doe"), with the separator after it. */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d[\\d.:/ -]*(?:uhr )?(?:[|–—-] )?",
            Pattern.CASE_INSENSITIVE);

    /** Dashes that set off a signature or a byline at the article's end ("– Jane Doe", "---- by Jane Doe"). */
    private static final Pattern LEADING_DASHES = Pattern.compile("^[-–—]+\\s*");
    /** A name or a byline in parentheses closing the text, marks after it ("… bleibt spannend. (Jane Doe) +++"). */
    private static final Pattern NAME_IN_PARENTHESES = Pattern.compile("\\(([^()]{5,100})\\)[^\\p{L}\\p{N}()]*$");
    /** Inline markup that sets a whole line off as emphasised ("<b><i>Jane Doe</i></b>"). */
    private static final Pattern EMPHASISED = Pattern.compile(
            "^(?:<(?:b|strong|i|em)>\\s*)+[^<]*(?:\\s*</(?:b|strong|i|em)>)+$");

    private Bylines() {
    }

    /**
     * The author who signed an article in its last paragraph ({@code text}, its inline HTML {@code markup} or
     * null), else null: a byline with its label ("– Text: Jane Doe"), a full name set off by a dash ("– Jane Doe")
     * or emphasised as a line of its own when it reads as a person's ("<b>Jane Doe</b>", not "<b>Weitere
     * Informationen</b>"), or a name in parentheses closing a
     * paragraph of sentences ("… in May. (Jane Doe)", not a quotation's source) or alone when a person's, or a byline
     * with its label there ("(Reporting by Jane Doe; Editing by John Roe)"). A name is two to four capitalised words,
     * none a function word.
     */
    public static List<String> signature(String text, String markup) {
        String s = Words.squash(text).replace("\u00ad", "");
        if (s.length() <= 160) {
            boolean dashed = LEADING_DASHES.matcher(s).find();
            String line = LEADING_DASHES.matcher(s).replaceFirst("");
            List<String> labelled = authors(line);
            if (labelled != null) return labelled;
            if (isFullName(line) && (dashed || emphasised(markup) && isPerson(line))) return List.of(line);
        }
        // after a sentence of the text's own: a quotation's source closes an emphasised line without its full stop
        Matcher closing = NAME_IN_PARENTHESES.matcher(s);
        if (!closing.find()) return null;
        String name = closing.group(1).strip();
        String before = s.substring(0, closing.start());
        if (!isFullName(name)) {
            // a wire's credit closing the story: "… in May. (Reporting by Jane Doe; Editing by John Roe)"
            List<String> labelled = BYLINE.matcher(name).matches() ? authors(name) : null;
            return labelled != null && (before.isBlank() || endsSentence(before)) ? labelled : null;
        }
        if (before.isBlank()) return isPerson(name) ? List.of(name) : null; // "(Jane Doe)" a paragraph of its own
        return endsSentence(before) && !emphasised(markup) ? List.of(name) : null;
    }

    /** True when {@code text}, before a signature in parentheses, ends with a sentence's mark (not a colon). */
    static boolean endsSentence(String text) {
        return SentenceEnds.endsText(text, "");
    }

    /** "Is" in the parser's languages, as a regular expression's alternatives: a note about a person opens "X is". */
    public static final String IS = "is|ist|est|es|è|é|jest";
    /** A short note about the writer opening with their name and "is" in the parser's languages ("Jane Doe ist"). */
    private static final Pattern BIO_OPENING = Pattern.compile(
            "^(\\p{Lu}[^\\s,;:]*(?:\\s+[^\\s,;:]+){1,3}?)\\s+(?:" + IS + ")\\s+\\p{L}");

    /**
     * The writer an article's last paragraph ({@code text}, its inline HTML {@code markup} or null) is a note about,
     * else null: set in italics throughout, of at most 400 characters, opening with a person's full name (as the
     * entity reader takes it: an organisation's note opens alike) and "is" ("<i>Jane Doe is a reporter.</i>",
     * "<em>Jana Kehl ist Architektin.</em>"). Op-eds close with such a note; one in roman type is the story's own
     * sentence about someone in it.
     */
    public static String closingNote(String text, String markup) {
        String s = Words.squash(text).replace("\u00ad", "");
        if (s.length() > 400 || !italicThroughout(markup)) return null;
        Matcher m = BIO_OPENING.matcher(s);
        if (!m.find() || !isFullName(m.group(1))) return null;
        return person(m.group(1));
    }

    /** True when {@code markup} is one italic element, links and other markup inside it ("<i>… <a>…</a>.</i>"). */
    private static boolean italicThroughout(String markup) {
        if (markup == null) return false;
        String m = markup.strip();
        for (String tag : new String[] {"i", "em"}) {
            String close = "</" + tag + ">";
            if (m.startsWith("<" + tag + ">") && m.indexOf(close) == m.length() - close.length()) return true;
        }
        return false;
    }

    private static boolean emphasised(String markup) {
        return markup != null && EMPHASISED.matcher(markup.strip()).matches();
    }

    /** True when the entity reader takes {@code name} for a person's (a given name, an initial). */
    static boolean isPerson(String name) {
        return name.equals(person(name));
    }

    /**
     * {@code text} as a person's full name when the entity reader takes it for one, a title before it dropped
     * ("Dr. Jane Doe" is "Jane Doe"), else null.
     */
    public static String person(String text) {
        String s = Words.squash(text);
        for (Entity e : EntityExtractor.extract(s)) {
            if (e.type() != Entity.Type.PERSON || !isFullName(e.name())) continue;
            String before = s.endsWith(e.name()) ? s.substring(0, s.length() - e.name().length()).strip() : null;
            if (before != null && (before.isEmpty() || before.indexOf(' ') < 0 && before.endsWith("."))) return e.name();
        }
        return null;
    }

    /** Two to four capitalised words, not in capitals throughout, none of them a function word. */
    public static boolean isFullName(String s) {
        String name = s.strip();
        int words = Words.count(name);
        if (words < 2 || words > 4 || !NAME.matcher(name).matches() || name.equals(name.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String[] tokens = name.split("\\s+");
        if (!Character.isUpperCase(tokens[tokens.length - 1].charAt(0))) return false; // "Jane de"
        for (String w : tokens) {
            // a particle is lower case: "De" or "Van" capitalised is a word of the name, or a sentence's
            if (PARTICLE_ALONE.matcher(w).matches()) continue;
            for (String part : Words.lowerCase(w)) if (Stopwords.isAnyStopword(part)) return false;
        }
        return true;
    }

    /**
     * The words {@link #LABEL} may open with (its first run of letters), lower-cased: a text opening with another
     * word is no byline.
     */
    private static final OpeningWords LABEL_OPENINGS = OpeningWords.of(List.of("written", "posted", "submitted",
            "published", "reported", "text", "story", "words", "geschrieben", "verfasst", "erstellt", "gespeichert", "eingestellt",
            "veröffentlicht", "ein", "eine", "blog", "blogbeitrag", "beitrag", "gastbeitrag", "écrit", "publié",
            "texte", "escrito", "publicado", "texto", "scritto", "by", "par", "von", "por", "di", "de", "av", "af",
            "additional", "reporting", "with", "napisał", "napisała", "an", "a", "interview", "commentary", "analysis",
            "opinion", "essay", "column", "propos", "entretien", "une", "tribune", "chronique", "una", "entrevista",
            "columna", "opinión", "análisis", "un", "intervista", "analisi", "rozmawiał", "rozmawiała", "rozmawiały",
            "rozmawiałi", "testo", "door", "interviewed", "das", "gespräch", "tekst", "auteur", "auteurs", "author",
            "authors", "autor", "autorin", "autoren", "autorka", "autorzy", "autori", "автор", "авторы", "автори",
            "авторка", "текст", "συντάκτης", "συντάκτρια", "συντάκτες", "γράφει", "του", "της", "redaktion", "fragen",
            "questions"),
            // the openings of its "Text und Fotos:" forms, where the spaces are optional ("Textundfotos:")
            List.of("text", "testo", "tekst"));
    /** A byline's label opening a text, dashes maybe before it: a cheap test on raw text before the rest. */
    private static final Pattern OPENING_LABEL = Pattern.compile("[\\s\u00a0–—-]*" + LABEL + "(?:[\\s\u00a0]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * False when {@code raw} (a text node's text as the page has it) cannot be a byline or its label alone: it does
     * not open with a label. A walk that asks every short text of a page tests this first.
     */
    public static boolean mayOpenByline(String raw) {
        // most short texts start with a word no label starts with: told without the regex
        int i = 0;
        while (i < raw.length() && isLeading(raw.charAt(i))) i++;
        if (i == raw.length()) return false;
        return LABEL_OPENINGS.opens(raw, i) && OPENING_LABEL.matcher(raw).lookingAt();
    }

    /**
     * False when {@code s} (squashed) cannot be a labelled byline: it opens with neither a date, nor a dash, nor a
     * label's letter. Most lines a page's walks ask about are none, told without the byline's regexes.
     */
    private static boolean mayBeLabelled(String s) {
        if (s.isEmpty()) return false;
        char c = s.charAt(0);
        return c >= '0' && c <= '9' || c == '-' || c == '–' || c == '—' || LABEL_OPENINGS.opens(s, 0);
    }

    /** What {@link #OPENING_LABEL} lets come before the label: Java's {@code \\s}, a no-break space, dashes. */
    private static boolean isLeading(char c) {
        return Words.isRegexSpace(c) || c == '\u00a0' || c == '–' || c == '—' || c == '-';
    }

    /** True when {@code text} is what stands between the names of a list, alone ("," "&amp;" "and" "und"…). */
    public static boolean isNameSeparator(String text) {
        return SEPARATOR_ALONE.matcher(text).matches();
    }

    /**
     * True when {@code text} is a byline's label alone, its names to come in the next element; a Chinese label may
     * close a line of labelled fields ("来源：新华社 作者：").
     */
    public static boolean isLabel(String text) {
        return !text.isEmpty() && (LABEL_OPENINGS.opens(text, 0) && LABEL_ALONE.matcher(text).matches()
                || ChineseByline.endsWithLabel(text));
    }

    /**
     * The authors an upload declares, each as a name: a value that reads as a byline ("By Tom Berg and Lea Kim")
     * gives its names; any other stays as the editor wrote it ("Bob &amp; Co", "Tom Berg and Lea Kim").
     */
    public static List<String> declared(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            List<String> names = authors(v);
            if (names != null && !names.isEmpty()) out.addAll(names);
            else out.add(v);
        }
        return out;
    }

    /** The author names of {@code line} when it is a byline (labelled, or {@link UnlabelledByline}), else null. */
    public static List<String> authors(String line) {
        String s = Words.squash(AuthorNames.visible(line));
        if (s.length() > 160) return null;
        Matcher m = labelMatch(s);
        if (m == null) {
            List<String> chinese = ChineseByline.names(s);
            return chinese != null ? chinese : UnlabelledByline.names(s);
        }
        return names(m.group(1));
    }

    /** The names of {@code s} (squashed) when it is a byline with its label, in Chinese too; else null. */
    static List<String> labelled(String s) {
        Matcher m = labelMatch(s);
        return m != null ? names(m.group(1)) : ChineseByline.names(s);
    }

    /** A matcher of {@link #BYLINE} that has matched {@code s} (squashed), a date or dashes before it, else null. */
    private static Matcher labelMatch(String s) {
        if (!mayBeLabelled(s)) return null;
        Matcher m = BYLINE.matcher(LEADING_DASHES.matcher(LEADING_DATE.matcher(s).replaceFirst("")).replaceFirst(""));
        return m.matches() ? m : null;
    }

    /** The names in what follows a byline's label, the outlet, role and date after them cut off; null if none. */
    private static List<String> names(String rest) {
        Matcher bracket = BRACKETED_COAUTHORS.matcher(rest);
        if (bracket.find()) {
            List<String> coAuthors = coAuthors(bracket.group(1));
            List<String> writers = names(rest.substring(0, bracket.start()));
            if (writers != null && coAuthors != null) {
                List<String> all = new ArrayList<>(writers);
                all.addAll(coAuthors);
                return all;
            }
        }
        // Cut what usually trails the names: the outlet, the role, the date.
        Matcher trailer = TRAILER.matcher(rest); // every match takes a character: what stands before the first
        String kept = trailer.find() ? rest.substring(0, trailer.start()) : rest;
        // a month whose day the trailer cut off is the date's, not a name ("By Jane Doe, March 4, 2026"; "By Jan")
        boolean cutAtDate = AT_NUMBER.matcher(rest.substring(kept.length())).lookingAt();
        Matcher month = cutAtDate ? ON_MONTH.matcher(kept) : null;
        rest = month != null && month.find() && Dates.isMonth(month.group(1)) ? kept.substring(0, month.start()) : kept;
        List<String> names = new ArrayList<>();
        for (String part : AuthorNames.joined(SPLIT.split(rest))) {
            String name = SENTENCE_STOP.matcher(part.strip()).replaceFirst("");
            if (cutAtDate && rest.endsWith(name) && Dates.isMonth(name)) break;
            if (NAME.matcher(name).matches() && name.length() >= 3 && !INITIALS_ONLY.matcher(name).matches()) {
                names.add(name);
            }
        }
        if (names.size() >= 2 && creditsEmployer(rest, names)) names.remove(names.size() - 1);
        return names.isEmpty() ? null : names;
    }

    /**
     * A writer's full name and the co-authors in brackets after it ("Marie Martin (avec Paul Durand et Claire
     * Petit)"), the text of an element marked up as the author; else null.
     */
    public static List<String> withCoAuthors(String text) {
        String s = Words.squash(text);
        Matcher bracket = BRACKETED_COAUTHORS.matcher(s);
        if (!bracket.find() || bracket.end() != s.length()) return null;
        String writer = s.substring(0, bracket.start());
        List<String> coAuthors = isFullName(writer) ? coAuthors(bracket.group(1)) : null;
        if (coAuthors == null) return null;
        List<String> all = new ArrayList<>(coAuthors.size() + 1);
        all.add(writer);
        all.addAll(coAuthors);
        return all;
    }

    /**
     * The names listed in brackets after a byline's "with", when every one is a person's full name; else null: the
     * material added ("with reporting by …", "with photos by …") or an agency ("avec AFP") names no co-author.
     */
    private static List<String> coAuthors(String list) {
        List<String> names = new ArrayList<>();
        for (String part : COAUTHOR_SPLIT.split(list.strip())) {
            String name = SENTENCE_STOP.matcher(part.strip()).replaceFirst("");
            if (!isFullName(name)) return null;
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }

    /**
     * Whether the last of {@code names}, set after a comma in the byline's {@code rest}, is the outlet the writer
     * before it works for ("By Jane Doe, CNN", "By Jane Doe, Reuters"), not a second writer: a short name in capitals
     * or a news agency, after a full name ("By Jane Doe, John Roe" names two; "By AFP" alone is the author).
     */
    private static boolean creditsEmployer(String rest, List<String> names) {
        Matcher last = AFTER_COMMA.matcher(rest.strip());
        if (!last.find()) return false;
        String outlet = SENTENCE_STOP.matcher(last.group(1).strip()).replaceFirst("");
        return outlet.equals(names.get(names.size() - 1)) && isFullName(names.get(names.size() - 2))
                && (CAPITALS_OUTLET.matcher(outlet).matches() || WireCredit.isAgency(outlet));
    }
}
