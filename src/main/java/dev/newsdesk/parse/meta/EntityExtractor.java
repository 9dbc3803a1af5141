package dev.newsdesk.parse.meta;

import dev.newsdesk.article.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds named things by their capitals, then types them only on evidence (fewer but right): a gazetteer of places,
 * words that make a name an organization (Ministry, Bank, Times), a title before a person (M., Mr, ministre) or a
 * common given name first, a verb of saying beside it, the surname used alone elsewhere, place cues (la ville de X).
 * A name seen twice with no such evidence is {@code other}; once, it is dropped. Months, weekdays, words shouted in
 * capitals and sentence openers are never names. A surname alone joins the full name it abbreviates.
 */
public final class EntityExtractor {

    /** Titles that open a run before a person's name ("Mr. Trump", "Präsident Macron"), as written. */
    private static final Set<String> LEADING_TITLES = Vocabulary.of("M.", "Mme", "Mlle", "Mr", "Mr.", "Mrs", "Mrs.",
            "Ms", "Ms.", "Dr", "Dr.", "Pr", "Pr.", "Prof", "Prof.", "Herr", "Frau", "Sr.", "Sra.", "Sig.", "President",
            "Président", "Présidente", "Presidente", "Präsident", "Gov.", "Governor", "Sen.", "Senator", "Rep.",
            "Minister", "Ministre", "Chancellor", "Kanzler", "Pope", "Pape", "King", "Queen", "Prince", "Princess",
            "General", "Général", "Judge", "Juge", "Coach");
    private static final LowerCaseWords PERSON_TITLES = LowerCaseWords.of(Vocabulary.of(
            "m.", "mme", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "dr", "dr.", "president", "président", "présidente", "minister", "ministre", "senator", "sénateur",
            "sen.", "rep.", "gov.", "governor", "gouverneur", "herr", "frau", "señor", "señora", "sr.", "sra.",
            "signor", "pope", "pape", "king", "roi", "queen", "reine", "prince", "general", "général", "chancellor",
            "chancelière", "chancelier", "kanzler", "premier", "diplomate", "porte-parole", "spokesman", "ceo",
            "coach", "entraîneur", "juge", "judge", "attorney", "mayor", "maire"));
    private static final Set<String> PARTICLES = Vocabulary.of("de", "da", "del", "di", "du", "van", "von", "der", "bin",
            "al", "ben", "la", "le", "dos", "della", "ter");
    /** The article a particle takes before a family name ("van den Berg", "von der Leyen", "de la Fuente"). */
    private static final Set<String> SECOND_PARTICLES = Vocabulary.of("den", "der", "dem", "de", "la", "las", "los",
            "het");
    /** The particles {@link #SECOND_PARTICLES} may follow. */
    private static final Set<String> FIRST_PARTICLES = Vocabulary.of("van", "von", "de");
    private static final Set<String> LEGAL_FORMS = Vocabulary.of("AG", "SA", "SAS", "SpA", "GmbH", "LLC", "Ltd",
            "Inc", "Corp", "PLC");
    /** Words that join an organization's name: "Department of Social Services", "Institute on Drug Abuse". */
    private static final Set<String> CONNECTORS = Vocabulary.of("of", "on", "for", "des", "du");
    /** Articles that open the name of a newspaper or a group ("The Guardian", "Le Monde", "Die Linke"). */
    private static final LowerCaseWords ARTICLES = LowerCaseWords.of(Vocabulary.of(
            "the", "le", "la", "les", "der", "die", "das",
            "el", "los", "las", "il", "lo", "gli", "o", "os"));
    /** Titles inside a run: what stands before is another name ("New York City"), what follows a person. */
    private static final Set<String> INNER_TITLES = Vocabulary.of("Mayor", "Maire", "Gov.", "Gov", "Governor",
            "President", "Président", "Présidente", "Senator", "Sen.", "Rep.", "Minister", "Ministre", "Secretary",
            "Chancellor", "Ombudsman", "Judge", "Juge", "Director", "Directeur", "Directrice", "CEO", "Chairman",
            "Chairwoman", "Prosecutor", "Spokesman", "Spokeswoman", "Commissioner", "Chief", "Coach",
            "Prime", "Premier", "General", "Général", "King", "Queen", "Pope", "Pape");
    /** Abbreviations whose period does not end a run of capitals ("Mr. Trump", "Gov. Matt Bevin"). */
    private static final Set<String> ABBREVIATIONS = Vocabulary.of("Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Rep",
            "St", "Pr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt");
    /** Months and weekdays (and their abbreviations) of the six languages: capitalised, never a name. */
    private static final Set<String> CALENDAR = Vocabulary.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août",
            "Septembre", "Octobre", "Novembre", "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
            "Samedi", "Dimanche", "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "Montag",
            "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Enero", "Febrero", "Marzo",
            "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre", "Lunes",
            "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Gennaio", "Febbraio", "Aprile",
            "Maggio", "Giugno", "Luglio", "Settembre", "Ottobre", "Dicembre", "Lunedì", "Martedì", "Mercoledì",
            "Giovedì", "Venerdì", "Sabato", "Domenica", "Janeiro", "Fevereiro", "Março", "Maio", "Junho", "Julho",
            "Setembro", "Outubro", "Novembro", "Dezembro", "Segunda-feira", "Terça-feira", "Quarta-feira",
            "Quinta-feira", "Sexta-feira");
    /** Words that start a sentence before a name without being part of it ("Although Hitler", "Malgré Paris"). */
    private static final LowerCaseWords OPENERS = LowerCaseWords.of(Vocabulary.of(
            "although", "despite", "meanwhile", "however",
            "instead", "like", "unlike", "according", "unless", "two", "three", "four", "five", "six", "many",
            "several", "some", "every", "each", "outside", "inside", "near", "across", "along", "among", "amid",
            "beyond", "follow", "read", "see", "watch", "malgré", "selon", "lire", "voir", "aussi", "ainsi", "alors",
            "pourtant", "désormais", "déjà", "outre", "face", "chez", "vers", "sauf", "grâce"));
    /** Last words that make a name an act, an event or a prize rather than a person ("Affordable Care Act"). */
    private static final Set<String> THING_WORDS = Vocabulary.of("Act", "Amendment", "Day", "Cup", "Prize", "Award",
            "Awards", "Games", "Festival", "War", "Treaty", "Agreement", "Accord", "Accords", "Bill", "Plan", "Law",
            "Loi", "Prix", "Coupe", "Guerre", "Traité", "Pacte", "Olympics", "Championship", "League", "Series",
            "Summit", "Sommet", "Conference", "Conférence", "Forum", "Week", "Show");
    /** Verbs of saying right before or after a name: who speaks is a person ("said Pieter de Graaf", "Benali salue"). */
    private static final LowerCaseWords SPEECH_VERBS = LowerCaseWords.of(Vocabulary.of(
            "said", "says", "told", "added", "recalled",
            "tweeted", "insisted", "explained", "affirme", "déclare", "explique", "estime", "ajoute", "salue",
            "souligne", "constate", "plaide", "raconte", "sagte", "dijo", "disse"));
    /** The same verbs before a name, where the name is the speaker ("said X"; "told X" names the listener). */
    private static final LowerCaseWords SAID_BEFORE = LowerCaseWords.of(Vocabulary.of(
            "said", "says", "added", "recalled", "affirme",
            "déclare", "explique", "estime", "ajoute", "souligne", "constate", "plaide", "raconte"));
    private static final LowerCaseWords PREPOSITIONS = LowerCaseWords.of(Vocabulary.of(
            "in", "at", "from", "to", "of", "à", "en", "de",
            "du", "des", "aux", "au", "nach", "aus", "em"));
    private static final Set<String> GENERATIONS = Vocabulary.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");
    private static final Set<String> PLACE_CUE_WORDS = Vocabulary.of("ville", "city", "town", "région", "province",
            "village", "commune", "port", "ville de", "city of", "town of", "région de",
            "province de", "state of", "capitale", "village de", "stadt", "ciudad de", "città di", "cidade de");
    private static final LowerCaseWords PLACE_CUES = LowerCaseWords.of(PLACE_CUE_WORDS);

    /** The last words of the two-word {@link #PLACE_CUES} ("de" of "ville de"): only after one is a pair looked up. */
    private static final LowerCaseWords PLACE_CUE_ENDS = LowerCaseWords.of(lastWordsOfPairs(PLACE_CUE_WORDS));

    private EntityExtractor() {
    }

    private static Set<String> lastWordsOfPairs(Set<String> words) {
        Set<String> ends = new HashSet<>();
        for (String w : words) if (w.indexOf(' ') > 0) ends.add(w.substring(w.lastIndexOf(' ') + 1));
        return ends;
    }

    /** The entities of {@code text}, most mentioned first. */
    public static List<Entity> extract(String text) {
        Map<String, Found> found = new LinkedHashMap<>();
        int[] span = new int[2];
        int from = 0;
        while (nextRun(text, from, span)) {
            from = span[1];
            int start = span[0];
            if (isSentenceOpeningStopword(text, start, span[1])) continue; // "The", "But": no name, nothing to cut out
            String run = trimRun(text.substring(span[0], span[1]));
            if (run.isEmpty()) continue;
            if (start > 0 && (text.charAt(start - 1) == '@' || text.charAt(start - 1) == '#')) continue; // a handle
            boolean titled = false;
            int space = run.indexOf(' ');
            // a run's words are joined by spaces: its first word is a title when the one before the first space is
            if (space > 0 && space <= 12 && LEADING_TITLES.contains(run.substring(0, space))) {
                titled = true;
                run = run.substring(Words.skipRegexSpaces(run, space));
                if (run.isEmpty()) continue;
            }
            boolean sentenceStart = isSentenceStart(text, start);
            List<Part> parts = split(run, sentenceStart && !titled);
            if (parts.isEmpty()) continue; // a sentence's first word, a stopword ("The"): no cue to read around it
            // The last two words of the 24 characters before the run (stripped), lower-cased: found by index in
            // the text, so that only those words are copied and lower-cased (this runs on every capitalised run).
            int lo = Math.max(0, start - 24);
            int hi = start;
            while (hi > lo && Character.isWhitespace(text.charAt(hi - 1))) hi--;
            while (lo < hi && Character.isWhitespace(text.charAt(lo))) lo++;
            int lastSpace = lastSpace(text, lo, hi);
            // the last word looked up where it stands, by one key for every list, its comma off ("le maire, Grégory")
            int wordFrom = lastSpace >= 0 ? lastSpace + 1 : lo;
            int wordTo = hi > wordFrom && text.charAt(hi - 1) == ',' ? hi - 1 : hi;
            long key = LowerCaseWords.keyOf(text, wordFrom, wordTo);
            boolean afterArticle = ARTICLES.contains(text, wordFrom, wordTo, key);
            boolean placeCue = PLACE_CUES.contains(text, wordFrom, wordTo, key)
                    || lastSpace >= 0 && wordTo == hi && PLACE_CUE_ENDS.contains(text, wordFrom, wordTo, key)
                    && isPlaceCuePair(text, lo, lastSpace, hi);
            for (int k = 0; k < parts.size(); k++) {
                Part part = parts.get(k);
                String name = part.name();
                if (name.length() < 2) continue;
                Found f = found.computeIfAbsent(name, Found::new);
                f.count++;
                // (the words around are read only for a name not known as a person yet)
                if (part.afterTitle() || (k == 0 && !f.personCue
                        && (titled || isPersonCue(text, wordFrom, wordTo, key, span[1])))) {
                    f.personCue = true;
                }
                if (k == 0 && placeCue) f.placeCue = true;
                if (k == 0 && afterArticle) f.afterArticle = true;
                if (!(sentenceStart && k == 0 && part.first())) f.sentenceStartOnly = false;
            }
        }
        return type(found);
    }

    /**
     * Whether the word {@code text[wordFrom, wordTo)} (keyed {@code key}) before a run ending at {@code end}, or the
     * verb after the run, says a person is named: "Castelein said" is a person, "officials in Andalusia said" is not
     * (a preposition before wins).
     */
    private static boolean isPersonCue(String text, int wordFrom, int wordTo, long key, int end) {
        return PERSON_TITLES.contains(text, wordFrom, wordTo, key) || SAID_BEFORE.contains(text, wordFrom, wordTo, key)
                || (!PREPOSITIONS.contains(text, wordFrom, wordTo, key) && isSpeechVerbAfter(text, end));
    }

    /**
     * Whether the run {@code text[start, end)} is one plain word (no space, elided article, possessive or trailing
     * mark to trim) that opens a sentence and is a stopword: {@link #split} would drop it, told here where it stands.
     */
    private static boolean isSentenceOpeningStopword(String text, int start, int end) {
        for (int i = start; i < end; i++) if (isSpace(text.charAt(i))) return false;
        char last = text.charAt(end - 1);
        if (last == '-' || isApostrophe(last) || isPossessive(text, end)) return false;
        if (end - start > 2 && (text.charAt(start) == 'L' || text.charAt(start) == 'D')
                && isApostrophe(text.charAt(start + 1))) {
            return false;
        }
        return isSentenceStart(text, start) && Stopwords.isAnyStopword(text, start, end);
    }

    /** A full name's surname: its last word, a generational suffix aside ("James P. Kennedy Jr" → "Kennedy"). */
    static String surname(String full) {
        String[] tokens = splitAtSpaces(full);
        int last = tokens.length - 1;
        if (last > 0 && GENERATIONS.contains(tokens[last])) last--;
        return tokens[last];
    }

    /** Whether the last two words of {@code text[lo, hi)} (the last after {@code lastSpace}) are a place cue. */
    private static boolean isPlaceCuePair(String text, int lo, int lastSpace, int hi) {
        int secondSpace = lastSpace(text, lo, lastSpace);
        return PLACE_CUES.contains(text, secondSpace >= 0 ? secondSpace + 1 : lo, hi);
    }

    /** Whether the lower-case word after the one space following {@code end} is a verb of saying ("Castelein said"). */
    private static boolean isSpeechVerbAfter(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') return false;
        int i = end + 1;
        while (i < text.length() && Character.isLowerCase(text.charAt(i))) i++;
        return i - end - 1 <= 9 && SPEECH_VERBS.contains(text, end + 1, i);
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
            if (isUpperCase(c) && (i == 0 || !isWordChar(text.charAt(i - 1)))) break;
            i++;
        }
        if (i >= n) return false;
        int start = i;
        int end = token(text, i);
        int tokens = 1;
        while (tokens < 7) {
            int j = end;
            if (j < n && text.charAt(j) == '.' && ABBREVIATIONS.contains(text.substring(start(text, j), j))) j++;
            if (j >= n || !(text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) break;
            j++;
            int wordEnd = j;
            while (wordEnd < n && Character.isLowerCase(text.charAt(wordEnd))) wordEnd++;
            if (wordEnd > j) { // a particle ("de", "van", "al"), or "of" after an organization's word
                String word = text.substring(j, wordEnd);
                boolean joins = PARTICLES.contains(word) || (CONNECTORS.contains(word)
                        && Gazetteer.isOrganizationWord(text.substring(start(text, end), end)));
                if (!joins || wordEnd >= n || text.charAt(wordEnd) != ' ') break;
                j = wordEnd + 1;
                int secondEnd = j;
                while (secondEnd < n && Character.isLowerCase(text.charAt(secondEnd))) secondEnd++;
                if (secondEnd > j && secondEnd < n && text.charAt(secondEnd) == ' ' && FIRST_PARTICLES.contains(word)
                        && SECOND_PARTICLES.contains(text.substring(j, secondEnd))) {
                    j = secondEnd + 1;
                }
            }
            if (j >= n || !Character.isUpperCase(text.charAt(j))) break;
            end = token(text, j);
            tokens++;
            if (isPossessive(text, end)) break; // "Webb's Ford": the owner's name ends the run
        }
        span[0] = start;
        span[1] = end;
        return true;
    }

    /** A character that joins the letters around it into one word ("Jean-Paul", "àJean-Paul" typed so). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** Where the word that ends at {@code end} starts. */
    private static int start(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
        return i;
    }

    /** Whether the word ending at {@code end} ends in a possessive: {@code 's}, or {@code s'} ("Jones' Blog"). */
    private static boolean isPossessive(String text, int end) {
        return end >= 2 && (isS(text.charAt(end - 1)) && isApostrophe(text.charAt(end - 2))
                || isApostrophe(text.charAt(end - 1)) && isS(text.charAt(end - 2)));
    }

    private static boolean isS(char c) {
        return c == 's' || c == 'S';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
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
            if (isLetterOrMark(c) || c == '-' || c == '\''
                    || c == '’' || (Character.isDigit(c) && text.charAt(j - 1) == '-')) { // "Paris-8", "Covid-19"
                j++;
                if (Character.isDigit(text.charAt(j - 1))) {
                    while (j < n && Character.isDigit(text.charAt(j))) j++;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** A letter or a combining mark of one, ASCII (most of any text) decided without the table look-ups. */
    private static boolean isLetterOrMark(char c) {
        if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static List<Entity> type(Map<String, Found> found) {
        List<String> people = new ArrayList<>();
        Map<String, Entity.Type> types = new LinkedHashMap<>();
        for (Found f : found.values()) {
            Entity.Type t = classify(f, found);
            if (t != null) {
                types.put(f.name, t);
                if (t == Entity.Type.PERSON && f.name.contains(" ")) people.add(f.name);
            }
        }
        // A lone surname ("Lavrov") is the person named in full elsewhere: fold its mentions into the full name.
        Map<String, String> bySurname = new HashMap<>();
        for (String p : people) bySurname.putIfAbsent(surname(p), p); // the first one named
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

    private static Entity.Type classify(Found f, Map<String, Found> found) {
        String name = f.name;
        String[] tokens = splitAtSpaces(name);
        if (CALENDAR.contains(tokens[tokens.length - 1])) return null;
        // "Jan Olsen", "Mr. August Meyer": a month that is also a given name, and a person's name follows it
        if (CALENDAR.contains(tokens[0])
                && !(tokens.length >= 2 && (f.personCue || Gazetteer.isGivenName(tokens[0])))) {
            return null;
        }
        if (Gazetteer.isPlace(name)) return Entity.Type.PLACE;
        if (isShouted(tokens)) return acronym(f, tokens);
        if (tokens.length == 1) {
            if (f.sentenceStartOnly) return null; // a capital because a sentence starts there
            if (PERSON_TITLES.contains(name, 0, name.length())) return null; // "Attorney" of a name cut short
            // "Twitter" said twice is the company; "Office" once is what is left of a name cut at a possessive
            if (Gazetteer.isOrganizationWord(name) && f.count >= 2) return Entity.Type.ORGANIZATION;
            if (Stopwords.isAnyStopword(name, 0, name.length())) return null;
            if (f.placeCue) return Entity.Type.PLACE;
            return f.count >= 2 || f.personCue ? (f.personCue ? Entity.Type.PERSON : Entity.Type.OTHER) : null;
        }
        String first = tokens[0];
        long key = LowerCaseWords.keyOf(first, 0, first.length());
        // "Le Monde", "The Guardian"
        if (ARTICLES.contains(first, 0, first.length(), key)) return Entity.Type.ORGANIZATION;
        if (Stopwords.isAnyStopword(first, 0, first.length(), key)) return null; // "More Money"
        for (String t : tokens) {
            if (Gazetteer.isOrganizationWord(t)) return Entity.Type.ORGANIZATION;
        }
        if (THING_WORDS.contains(tokens[tokens.length - 1])) return Entity.Type.OTHER;
        if (tokens.length > 4) return f.count >= 2 ? Entity.Type.OTHER : null;
        if (f.personCue || Gazetteer.isGivenName(tokens[0]) || hasInitial(tokens)) return Entity.Type.PERSON;
        Found surname = found.get(tokens[tokens.length - 1]);
        Found given = found.get(tokens[0]);
        if (surname != null && !surname.sentenceStartOnly && !surname.afterArticle && !Gazetteer.isPlace(surname.name)
                && isNameShaped(tokens)
                && (given == null || given.sentenceStartOnly)) {
            // "Michael Webb" ... "Webb": a name the text shortens to its surname (a first word seen alone, as
            // "Afghan" of "Afghan Taliban", is no given name)
            return Entity.Type.PERSON;
        }
        if (f.placeCue && tokens.length <= 2) return Entity.Type.PLACE;
        return f.count >= 2 ? Entity.Type.OTHER : null;
    }

    /** A run in capitals throughout: an acronym, or words shouted ("GET OUT", "VOTE"), which are no names. */
    private static boolean isShouted(String[] tokens) {
        for (String t : tokens) {
            if (t.length() < 2 || !isInCapitals(t) || !isAcronymChars(t)) return false;
        }
        return true;
    }

    /** Whether upper-casing leaves {@code t} as it is; a small ASCII letter (most names have one) tells at once. */
    private static boolean isInCapitals(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80) return t.equals(t.toUpperCase(Locale.ROOT));
            if (c >= 'a' && c <= 'z') return false;
        }
        return true;
    }

    /** Acronyms: known ones typed, unknown ones of three to six letters {@code other}, words shouted none. */
    private static Entity.Type acronym(Found f, String[] tokens) {
        for (String t : tokens) {
            if (Stopwords.isAnyStopword(t, 0, t.length())) return null;
        }
        if (LEGAL_FORMS.contains(f.name)) return null; // "AG", "SA" name a company's form after its name, not alone
        if (tokens.length == 1 && Gazetteer.isOrganizationWord(f.name)) return Entity.Type.ORGANIZATION;
        if (tokens.length > 1) return tokens.length == 2 ? Entity.Type.OTHER : null;
        String letters = f.name.replace(".", "");
        if (letters.length() < 3 || letters.length() > 6) return null;
        if (letters.length() >= 4 && f.count < 2) return null; // "VOTE", "SOURCE": a word in capitals, once
        return Entity.Type.OTHER;
    }

    /** Words written as names are: a capital, then small letters ("Gambill", "Alliot-Marie", not "GOP-dominated"). */
    private static boolean isNameShaped(String[] tokens) {
        for (String t : tokens) {
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isUpperCase(c) && t.charAt(i - 1) != '-' && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '’') {
                    if (!(i == 2 && (t.startsWith("Mc") || t.startsWith("O'")))) return false;
                } else if (Character.isLowerCase(c) && t.charAt(i - 1) == '-' && i >= 2 && Character.isUpperCase(t.charAt(i - 2))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A middle initial: "Patrick W. Carlineo", "Donald J. Trump". */
    private static boolean hasInitial(String[] tokens) {
        for (int i = 1; i < tokens.length - 1; i++) {
            if (tokens[i].length() == 2 && tokens[i].charAt(1) == '.') return true;
        }
        return false;
    }

    /** A name cut out of a run of capitals; {@code afterTitle} when a title stood before it inside the run. */
    private record Part(String name, boolean afterTitle, boolean first) {
    }

    /**
     * Splits a run of capitals: a possessive ends a name ("Hitler's Germany"), a title inside starts one ("New
     * York City Mayor Bill de Blasio"), and a leading place ("Mali Diop") and a leading sentence opener come off.
     */
    private static List<Part> split(String run, boolean sentenceStart) {
        String[] tokens = splitAtSpaces(run);
        if (tokens.length == 1) {
            String one = stripPossessive(tokens[0]);
            if (sentenceStart && Stopwords.isAnyStopword(one, 0, one.length())) return List.of();
            return List.of(new Part(one, false, true)); // one word: most runs, nothing to join
        }
        List<Part> out = new ArrayList<>(2);
        int from = 0;
        if (sentenceStart && !Gazetteer.isPlace(run) && !Gazetteer.isGivenName(tokens[0])) {
            String opener = tokens[0];
            if (Stopwords.isAnyStopword(opener, 0, opener.length())
                    || OPENERS.contains(opener, 0, opener.length())) {
                from = 1;
            }
        }
        boolean afterTitle = false;
        int partStart = from;
        for (int i = from; i < tokens.length; i++) {
            if (INNER_TITLES.contains(tokens[i]) && i + 1 < tokens.length) {
                add(out, tokens, partStart, i, afterTitle, from);
                afterTitle = true;
                partStart = i + 1;
                if (tokens[i].equals("Prime") || tokens[i].equals("Chief")) {
                    partStart = Math.min(tokens.length, i + 2); // "Prime Minister", "Chief Executive"
                    i++;
                }
            } else if (endsPossessive(tokens[i]) && i + 1 < tokens.length) {
                tokens[i] = stripPossessive(tokens[i]);
                add(out, tokens, partStart, i + 1, afterTitle, from);
                afterTitle = false;
                partStart = i + 1;
            }
        }
        if (partStart < tokens.length) {
            tokens[tokens.length - 1] = stripPossessive(tokens[tokens.length - 1]);
            add(out, tokens, partStart, tokens.length, afterTitle, from);
        }
        return out;
    }

    /** Adds tokens [from, to) as a name: particles off its ends, a leading place split off ("Mali Diop"). */
    private static void add(List<Part> out, String[] tokens, int from, int to, boolean afterTitle, int runStart) {
        while (from < to && Character.isLowerCase(tokens[from].charAt(0))) from++;
        while (to > from && Character.isLowerCase(tokens[to - 1].charAt(0))) to--;
        if (from >= to) return;
        boolean first = from == runStart && out.isEmpty();
        if (to - from >= 2 && !afterTitle && Gazetteer.isPlace(tokens[from])
                && Character.isUpperCase(tokens[from + 1].charAt(0)) && !namesOrganization(tokens, from + 1, to)
                && !Gazetteer.isPlace(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to)))) {
            out.add(new Part(tokens[from], false, first));
            from++;
            first = false;
        }
        out.add(new Part(String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to)), afterTitle, first));
    }

    /** Whether one of tokens [from, to) is an organization's word: "Indiana State Police" is one name. */
    private static boolean namesOrganization(String[] tokens, int from, int to) {
        for (int i = from; i < to; i++) if (Gazetteer.isOrganizationWord(tokens[i])) return true;
        return false;
    }

    private static boolean endsPossessive(String token) {
        return token.length() > 2 && isPossessive(token, token.length());
    }

    /** {@code token} without its possessive ending: "Webb's" is "Webb", "Jones'" is "Jones". */
    private static String stripPossessive(String token) {
        if (!endsPossessive(token)) return token;
        return token.substring(0, token.length() - (isApostrophe(token.charAt(token.length() - 1)) ? 1 : 2));
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
        return i < 0 || SentenceEnds.isEnd(text.charAt(i)) || ":\n—–".indexOf(text.charAt(i)) >= 0
                || (text.charAt(i) == '-' && i > 0 && text.charAt(i - 1) == ' '); // "- Meth is…": a dash opens a clause
    }

    private static final class Found {
        final String name;
        int count;
        boolean personCue;
        boolean placeCue;
        /** Named after "the", "la"…: a thing or a group ("the Taliban", "la Santé"), not a person's surname. */
        boolean afterArticle;
        boolean sentenceStartOnly = true;

        Found(String name) {
            this.name = name;
        }
    }
}
