package dev.newsdesk.parse.meta;

import dev.newsdesk.article.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quotations (« … », “ … ”, „ … “, "…") and, when the text names who spoke, their speaker: the verb of saying
 * after the quote ("», a ajouté Diop", "”, said Smith", "”, Smith, who leads the union, said") or in the clause
 * before it ("Lavrov a souligné que «", "Smith later tweeted that the…"); "he said" is the person named last, a
 * quote split by its attribution keeps its speaker, and a speaker the text does not name ("the doctor said") is none.
 */
public final class QuoteExtractor {

    private static final Pattern QUOTE = Pattern.compile(
            "«\\s*([^«»]{3,1500}?)\\s*»|“([^“”]{3,1500}?)”|„([^„“”]{3,1500}?)[“”]|\"([^\"\\n]{3,1500}?)\"");

    private static final String NAME = "((?:(?:M\\.|Mme|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Herr|Frau|Sr\\.|Sra\\.)\\s+)?"
            + "(?:[lL]['’])?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de |da |van |von |del |di |al-)?\\p{Lu}[\\p{L}'’.-]*){0,4}"
            + "|il|elle|he|she|er|sie|él|ella|lui|lei|ele)";
    /** Past participles of saying, after an auxiliary or alone ("», a ajouté Diop", "a-t-il lâché"). */
    private static final List<String> SAID_PARTICIPLES = List.of("dit", "déclaré", "ajouté", "affirmé", "souligné",
            "indiqué", "expliqué", "estimé", "assuré", "précisé", "rappelé", "insisté", "lancé", "martelé", "confié",
            "répondu", "averti", "prévenu", "poursuivi", "conclu", "noté", "observé", "reconnu", "annoncé", "commenté",
            "relevé", "jugé", "réaffirmé", "répété", "plaidé", "dénoncé", "regretté", "salué", "souhaité", "promis",
            "confirmé", "démenti", "écrit", "tweeté", "constaté", "raconté", "résumé", "tranché", "lâché", "ironisé",
            "détaillé", "glissé", "soutenu");
    /** The auxiliaries a participle of {@link #SAID_PARTICIPLES} may follow; each starts with an "a". */
    private static final String SAID_AUXILIARIES = "a|avait|a-t-il|a-t-elle";
    /** Other verbs and phrases of saying, as they stand ("”, said Smith", "selon Diop"). */
    private static final List<String> SAY_WORDS = List.of("dit", "déclare", "ajoute", "affirme", "souligne",
            "indique", "explique", "estime", "assure", "précise", "constate", "plaide", "raconte", "résume", "tranche",
            "glisse", "lâche", "poursuit", "confie", "martèle", "insiste", "rappelle", "reconnaît", "prévient",
            "prévenait", "avertit", "dénonce", "ironise", "détaille", "observe", "note", "répond", "conclut", "selon",
            "d'après", "d’après", "said", "says", "added", "told", "explained", "noted", "according to", "wrote",
            "writes", "asked", "stated", "argued", "insisted", "warned", "tweeted", "recounted", "recalled", "quipped",
            "shot back", "replied", "responded", "continued", "announced", "testified", "admitted", "acknowledged",
            "conceded", "declared", "claimed", "cautioned", "urged", "posted", "sagte", "sagt", "erklärte", "betonte",
            "so", "laut", "dijo", "afirmó", "añadió", "explicó", "aseguró", "según", "ha detto", "ha affermato",
            "ha aggiunto", "secondo", "disse", "afirmou", "acrescentou", "segundo");
    /** Verbs of saying, as they follow a quote ("», a ajouté Diop", "”, said Smith") or stand before one. */
    private static final String SAY_AFTER = "(?:" + SAID_AUXILIARIES + ")?\\s*(?:" + String.join("|", SAID_PARTICIPLES)
            + ")|" + String.join("|", SAY_WORDS);
    private static final String SAY_BY_NAME = "said|says|added|told|explained|noted|wrote|writes|tweeted|recounted|"
            + "recalled|quipped|shot back|replied|responded|continued|insisted|argued|warned|stated|asked|announced|"
            + "testified|admitted|acknowledged|declared|claimed|urged|posted|sagte|dijo|disse|a dit|a déclaré|"
            + "a ajouté|a affirmé|a souligné|a expliqué|a estimé|a assuré|a précisé|a lancé|a martelé|a confié|"
            + "a répondu|affirme|plaide|constate|explique|ajoute|estime|souligne|déclare|assure|précise|raconte|"
            + "poursuit|insiste|tranche|lâche|glisse|confie|martèle|résume";
    /** An apposition between a name and its verb: "Wolfgang Peschorn, who serves in a provisional government," */
    private static final String APPOSITION = "(?:\\s*,[^,\"«»“”]{1,100},)?";
    /**
     * A title between the verb and the name: "said the mayor, Bill Smith", "a déclaré le maire, Grégory Doucet", and
     * in English with whose title it is before it: "said the ferry line's technical chief, Ana Ruiz", "said New
     * Town's mayor, Ana Ruiz".
     */
    private static final String TITLE_BEFORE_NAME = "(?:(?:(?:the|le|la|l['’])\\s*(?:(?:\\p{Ll}+\\s+)?\\p{Ll}+['’]s\\s+)?"
            + "|(?:\\p{Lu}\\p{L}*\\s+)?\\p{Lu}\\p{L}*['’]s\\s+)\\p{Ll}+(?:\\s+\\p{Ll}+)?,?\\s+)?";
    private static final Pattern AFTER_VERB_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?:comme\\s+|as\\s+)?(?:" + SAY_AFTER + ")\\s+" + TITLE_BEFORE_NAME + NAME,
            Pattern.UNICODE_CASE);
    /**
     * A role in lower case between the verb and the name, with no article: "said councillor Ahmed Khan", "says
     * professor Maria Lopez". Read only when the name is a person the text names: "said in London" names no one
     * ("told" names the listener).
     */
    private static final Pattern AFTER_VERB_ROLE_NAME = Pattern.compile(
            "^\\s*[,.]?\\s*(?!told\\b)(?:" + SAY_BY_NAME + ")\\s+\\p{Ll}+(?:[ -]\\p{Ll}+)?\\s+" + NAME,
            Pattern.UNICODE_CASE);
    /** A verb with its pronoun after the quote: "», constate-t-elle", "», a-t-il lâché". */
    private static final Pattern AFTER_INVERTED = Pattern.compile(
            "^\\s*[,.]?\\s*(?:a-t-(?:il|elle)\\s+\\p{Ll}+|\\p{Ll}+-t-(?:il|elle)|\\p{Ll}+-(?:il|elle))\\b");
    private static final Pattern AFTER_NAME_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*" + NAME + APPOSITION + "\\s+(?:\\p{Ll}+ly\\s+)?(?:" + SAY_BY_NAME + ")"
                    + "(?![\\p{L}\\p{N}_])",
            Pattern.UNICODE_CASE);
    /** What ends the clause before a quote: the verb of saying and what may follow it up to the quote. */
    private static final List<String> SAID_PERFECT = List.of("has said", "had said");
    private static final String VERB_TO_QUOTE = "(?:" + SAY_AFTER + "|" + String.join("|", SAID_PERFECT) + ")"
            + "(?:\\s+(?:que|qu’|qu'|that|,? dass)?[^.!?«»“”\"]{0,100}?)?\\s*:?\\s*$";
    /** The clause before a quote: "Lavrov a souligné que «", "Smith said: "", "Noem later tweeted that the state's…". */
    private static final Pattern BEFORE = Pattern.compile(
            NAME + APPOSITION + "\\s+(?:a\\s+|avait\\s+|has\\s+|had\\s+)?(?:\\p{Ll}+ment\\s+|also\\s+|aussi\\s+|"
                    + "later\\s+|then\\s+|\\p{Ll}+ly\\s+)?" + VERB_TO_QUOTE, Pattern.UNICODE_CASE);
    /** {@link #BEFORE}'s end alone, tried after each space: a clause without it is none of {@link #BEFORE}'s. */
    private static final Pattern CLAUSE_END = Pattern.compile(VERB_TO_QUOTE, Pattern.UNICODE_CASE);
    /**
     * The first words of the verbs of saying (their letters up to a space or an apostrophe: "according", "d" of
     * "d'après"): a verb of {@link #VERB_TO_QUOTE} starts with one of them or with an auxiliary's "a", so the
     * patterns are tried only where one stands, not at every word.
     */
    private static final LowerCaseWords SAY_OPENERS = LowerCaseWords.of(firstWords(SAID_PARTICIPLES, SAY_WORDS,
            SAID_PERFECT));
    /** A quote that goes on from the one before it: ", adding “", "et d'ajouter «". */
    private static final Pattern GOES_ON = Pattern.compile(
            "(?:,\\s*adding(?:\\s+that)?|\\band\\s+added(?:\\s+that)?|,\\s*ajoutant(?:\\s+que)?|et d['’]ajouter)\\s*:?\\s*$");
    /** Commas a quote may close on before its attribution: Latin, ideographic (fullwidth) and Arabic. */
    private static final String CLOSING_COMMAS = ",，،";
    /** A title before the speaker's name, dropped. */
    private static final Pattern TITLE = Pattern.compile("^(?:M\\.|Mme|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Herr|Frau|Sr\\.|Sra\\.)\\s+");

    private QuoteExtractor() {
    }

    @SafeVarargs
    private static Set<String> firstWords(List<String>... phrases) {
        Set<String> out = new HashSet<>();
        for (List<String> list : phrases) {
            for (String phrase : list) {
                int end = 0;
                while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) end++;
                out.add(phrase.substring(0, end));
            }
        }
        return out;
    }

    /** The quotes of {@code paragraphs}, speakers resolved against {@code fullNames} (the people the text names). */
    public static List<Quote> extract(List<String> paragraphs, List<String> fullNames) {
        List<Person> people = new ArrayList<>(fullNames.size());
        for (String full : fullNames) people.add(new Person(full, EntityExtractor.surname(full)));
        Map<String, Quote> found = new LinkedHashMap<>();
        String lastNamed = null; // the person the text named last, up to the paragraph read: who "he" is
        for (String p : paragraphs) {
            int at = nextQuoteMark(p, 0);
            if (at < 0) {
                lastNamed = lastMentioned(p, people, lastNamed);
                continue; // most paragraphs
            }
            String lastSpeaker = null;
            int lastEnd = -1;
            Matcher m = QUOTE.matcher(p);
            // A quote starts at a quote mark: the regex is started at each mark, never run over the text between.
            for (; at >= 0 && m.find(at); at = nextQuoteMark(p, m.end())) {
                String text = withoutClosingComma(firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4)).strip());
                if (Words.count(text) < 2) continue;
                String before = p.substring(Math.max(0, m.start() - 200), m.start());
                String after = p.substring(m.end(), Math.min(p.length(), m.end() + 160));
                String speaker = speakerAfter(after, people);
                if (speaker == null) speaker = speakerBefore(before);
                if (speaker == null && AFTER_INVERTED.matcher(after).lookingAt()) {
                    // "constate-t-elle": only a person this paragraph named; an unnamed one may stand between
                    String named = lastMentioned(p.substring(0, m.start()), people, null);
                    speaker = lastSpeaker != null ? lastSpeaker : named;
                } else if (speaker != null && isPronoun(speaker)) {
                    String named = lastMentioned(p.substring(0, m.start()), people, null);
                    speaker = lastSpeaker != null ? lastSpeaker : named != null ? named : lastNamed;
                }
                if (speaker == null && lastSpeaker != null
                        && continues(p.substring(lastEnd, m.start()), people)) {
                    speaker = lastSpeaker; // a quote split by its attribution, or "…, adding “…”"
                }
                speaker = resolve(speaker, people);
                if (speaker != null) lastSpeaker = speaker;
                lastEnd = m.end();
                found.putIfAbsent(text, new Quote(text, speaker));
            }
            lastNamed = lastMentioned(p, people, lastSpeaker != null ? lastSpeaker : lastNamed);
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Whether the text between the last attributed quote and this one lets the quote go on in the same voice:
     * an attribution and little else ("”, Trump tweeted. “"), or ", adding “", naming no other person.
     */
    private static boolean continues(String between, List<Person> people) {
        if (GOES_ON.matcher(between).find()) return true;
        if (between.length() > 80) return false;
        for (Person person : people) {
            if (between.contains(person.surname())) return AFTER_NAME_VERB.matcher(between).lookingAt()
                    || AFTER_VERB_NAME.matcher(between).lookingAt();
        }
        return AFTER_NAME_VERB.matcher(between).lookingAt() || AFTER_VERB_NAME.matcher(between).lookingAt()
                || between.strip().isEmpty();
    }

    /** Where the first quote mark at or after {@code from} is, or -1. */
    private static int nextQuoteMark(String p, int from) {
        for (int i = from, n = p.length(); i < n; i++) {
            char c = p.charAt(i);
            if (c == '«' || c == '“' || c == '„' || c == '"') return i;
        }
        return -1;
    }

    /** The person named last in {@code text} (by full name or surname), else {@code fallback}. */
    private static String lastMentioned(String text, List<Person> people, String fallback) {
        String best = fallback;
        int bestAt = -1;
        for (Person person : people) {
            int at = lastIndexOf(text, person.surname());
            if (at > bestAt) {
                bestAt = at;
                best = person.full();
            }
        }
        return best;
    }

    /**
     * {@code text.lastIndexOf(word)}, found by searching forward: a surname is in few paragraphs and seldom twice,
     * and the JVM searches forward with vector instructions but backward a character at a time.
     */
    private static int lastIndexOf(String text, String word) {
        if (word.isEmpty()) return text.length();
        int last = -1;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) last = at;
        return last;
    }

    /** A person the text names in full, with the surname each paragraph is searched for. */
    private record Person(String full, String surname) {
    }

    private static String speakerAfter(String after, List<Person> people) {
        // The patterns start at the quote's end (^): lookingAt tries that one position, find would try them all.
        Matcher m = AFTER_VERB_NAME.matcher(after);
        if (mayOpenWithVerb(after) && m.lookingAt()) return clean(m.group(1));
        m = AFTER_NAME_VERB.matcher(after);
        if (m.lookingAt()) return clean(m.group(1));
        m = AFTER_VERB_ROLE_NAME.matcher(after);
        if (m.lookingAt()) {
            String name = clean(m.group(1));
            String surname = EntityExtractor.surname(name);
            for (Person person : people) if (person.full().equals(name) || person.surname().equals(surname)) return name;
        }
        return null;
    }

    private static String speakerBefore(String before) {
        // Only the clause right before the quote speaks for it.
        int cut = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("» "), before.lastIndexOf("” ")));
        String clause = cut >= 0 ? before.substring(cut + 2) : before;
        if (!endsWithVerbOfSaying(clause)) return null; // most clauses: the name pattern is not tried at every place
        Matcher m = BEFORE.matcher(clause);
        return m.find() ? clean(m.group(1)) : null;
    }

    /**
     * Whether {@link #CLAUSE_END} matches after one of the clause's spaces, as {@link #BEFORE} needs it to (its verb
     * follows {@code \\s}). Only after the clause's last character that the end excludes: none of the verbs holds one.
     */
    private static boolean endsWithVerbOfSaying(String clause) {
        int from = 1;
        for (int i = clause.length() - 1; i >= 0; i--) {
            if (".!?«»“”\"".indexOf(clause.charAt(i)) >= 0) {
                from = i + 2;
                break;
            }
        }
        Matcher end = CLAUSE_END.matcher(clause);
        for (int i = from; i < clause.length(); i++) {
            if (Words.isRegexSpace(clause.charAt(i - 1)) && mayStartVerb(clause, i)
                    && end.region(i, clause.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #AFTER_VERB_NAME} may match {@code after}: past its spaces and one comma or period, "comme",
     * or a word that may start a verb of saying ("as" among them).
     */
    private static boolean mayOpenWithVerb(String after) {
        int i = Words.skipRegexSpaces(after, 0);
        if (i < after.length() && (after.charAt(i) == ',' || after.charAt(i) == '.')) {
            i = Words.skipRegexSpaces(after, i + 1);
        }
        return after.startsWith("comme", i) || mayStartVerb(after, i);
    }

    /** Whether a verb of saying may start at {@code at}: an auxiliary's "a", or one of {@link #SAY_OPENERS}. */
    private static boolean mayStartVerb(String text, int at) {
        if (at >= text.length()) return false;
        if (text.charAt(at) == 'a') return true;
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end > at && SAY_OPENERS.contains(text, at, end);
    }

    private static String clean(String name) {
        String s = TITLE.matcher(name).replaceFirst("").strip();
        // A period the name pattern took in ("Paul Girard.") ends the sentence; an initial's ("W.") or "Jr." stays.
        int space = s.lastIndexOf(' ');
        if (s.endsWith(".") && s.length() - space > 4) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static boolean isPronoun(String s) {
        return s.length() <= 4 && Character.isLowerCase(s.charAt(0));
    }

    /**
     * "Lavrov" becomes "Sergueï Lavrov" when the text named him in full; so do "Interior Minister Sergueï Lavrov"
     * and "Mali Diop" (a name run into the words before it) when their last word is a known person's surname.
     */
    private static String resolve(String speaker, List<Person> people) {
        if (speaker == null) return null;
        if (speaker.startsWith("l'") || speaker.startsWith("l’") || speaker.startsWith("L'") || speaker.startsWith("L’")) {
            speaker = speaker.substring(2);
        }
        for (Person person : people) {
            if (person.full().equals(speaker) && person.full().indexOf(' ') > 0) return person.full();
        }
        String last = EntityExtractor.surname(speaker);
        for (Person person : people) {
            if (person.surname().equals(last) || person.full().startsWith(speaker + " ")) return person.full();
        }
        return speaker;
    }

    /**
     * The quote without the comma that closes it before its attribution ("ready," she said; “…，”他说): it stands for
     * the speaker's full stop, and a pull quote shown alone would end on it.
     */
    private static String withoutClosingComma(String text) {
        return CLOSING_COMMAS.indexOf(text.charAt(text.length() - 1)) >= 0
                ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        return "";
    }
}
