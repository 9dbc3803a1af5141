package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note on the writer a page sets under a story or a blog post: "Jane Doe is a reporter at ...", "Ich bin Anna,
 * ich schreibe hier über ...". Its first words name a person and what they do; in the article's last blocks that is
 * the site's box, not the story.
 */
public final class AuthorBlurbs {

    /** Longer than this, a block is a paragraph of the story even if it starts like a blurb. */
    static final int MAX_CHARS = 700;

    /**
     * What a writer is, in the nine languages of {@link CallsToAction}; a German compound ends with it
     * ("ERP-Experte").
     */
    private static final String ROLE = "\\S*(?:reporter|writer|journalist|editor|correspondent|author|professor|"
            + "contributor|columnist|founder|producer|blogger|photographer|lecturer|researcher|analyst|fellow|"
            + "redakteur|autor|korrespondent|gr[üu]nder|experte|expertin|fotograf|"
            + "journaliste|r[ée]dact(?:eur|rice)|auteur|autrice|correspondant|professeur|chercheu(?:r|se)|"
            + "fondat(?:eur|rice)|periodista|redactor|corresponsal|profesor|investigador|fundador|columnista|"
            + "giornalista|redattore|redattrice|autore|corrispondente|professore|ricercat(?:ore|rice)|"
            + "fondat(?:ore|rice)|jornalista|redator|correspondente|pesquisador|colunista|"
            + "verslaggever|redacteur|hoogleraar|oprichter|"
            + "dziennikar(?:z|ka)|redaktor|korespondent|za[łl]o[żz]yciel|"
            + "журналист|редактор|автор|корреспондент|профессор|основатель|обозреватель)";

    /**
     * "Name is a reporter at", "Name (born 1950) is professor", "Name ist freie Journalistin": a name of capitalised
     * words, a copula, then the role within a few words, in the singular (a feminine ending aside).
     */
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}(?: [—–-])?(?: \\([^)]{1,40}\\))?,? "
                    + "(?iu:is|was|ist|war|est|[èé]|jest|является) (?:\\S+ ){0,3}?(?iu:" + ROLE
                    + ")(?:in|e|a|ka)?(?!\\p{L})");

    /**
     * "Jane Doe, photographer from Leeds and founder of ...": a full name, then the role and where the writer works,
     * in a sentence with no verb. A story's "Jane Doe, a photographer from Leeds, said ..." goes on past a second comma.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}, (?:\\S+ ){0,2}?(?iu:" + ROLE
                    + ")(?:in|e|a|ka)? (?iu:aus|from|in|at|bei|de|da|di|z|w|based)(?!\\p{L})[^,.!?]*(?:[.!?]|$)");

    /** "Ich bin Anna, ...", "Hi, I'm Sam, ...": the writer greets the reader with a name (or a capitalised role). */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "^(?iu:(?:hallo|hi|hey|hello|salut|bonjour|hola|ciao|ol[áa]|cze[śs][ćc]|привет)[,!]? )?"
                    + "(?iu:ich bin|i'?m|i am|je suis|soy|sono|sou|ik ben|jestem|я) \\p{Lu}\\p{L}*[,!]");

    /**
     * The link a blog sets under the note on a post's writer: "View all posts by Anna", "Alle Beiträge von Anna
     * anzeigen", "Voir tous les articles de Anna".
     */
    private static final Pattern WRITERS_POSTS = Pattern.compile(
            "^(?iu:(?:view|see|show) all (?:posts|articles) by|(?:zeige )?alle (?:beitr[äa]ge|artikel) von|"
                    + "voir tous les (?:articles|billets) de|ver todas las entradas de|ver todos los art[íi]culos de|"
                    + "vedi tutti gli articoli di|ver todos os posts de|zobacz wszystkie wpisy)\\s");
    /** Longer than this, a line is not a link's text. */
    private static final int MAX_LINK_CHARS = 80;

    /**
     * The label a site sets above its note on the writer, on a line of its own: "About the author", "Über den Autor",
     * "AUTOR", "O autorze", "Sobre el autor"; in German with both genders, "Über den Autor/ die Autorin".
     */
    private static final Pattern WRITER_LABEL = Pattern.compile(
            "(?iu:about the (?:author|writer)|(?:the )?author|(?:über (?:den|die)|zum|zur|der|die) autor(?:in)?"
                    + "(?:\\s*/\\s*(?:die )?autorin)?|autor(?:in)?|[àa] propos de l'auteur|l'auteur|"
                    + "sobre (?:el autor|la autora)|(?:sull')?autore|"
                    + "over de auteur|o autor(?:ze|ce)|об авторе)\\s*:?");
    /**
     * The label a site sets above its note on the writer by name: "About Jane Doe", "Über Anna Muster", "À propos de
     * Jean Dupont"; the name is the group (two to four capitalised words: "About us" is the site's page).
     */
    private static final Pattern NAMED_LABEL = Pattern.compile(
            "(?iu:about|über|à propos de|a propos de|sobre|su|over|o)\\s+"
                    + "(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3})\\s*:?");
    /** Two capitalised words or more open a note with no label over it: "Jane Doe", "Der Autor". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]* \\p{Lu}");
    /**
     * A story's last words often quote the person it is about; a note on the writer quotes no one, nor does a site's
     * own plea ({@link Promos}).
     */
    static final Pattern QUOTES = Pattern.compile("[\"“”„«»]");
    /** A writer's name set between the label and the note is a short line: "Jane Doe". */
    private static final int MAX_NAME_WORDS = 5;
    /** Longer than this, a line naming the writer is a sentence of the story, not its byline. */
    private static final int MAX_HEADER_LINE_CHARS = 160;
    /** Under its label, a box on the writer holds a few blocks: a name, a line or two about them, a link. */
    private static final int MAX_BOX_BLOCKS = 3;

    private AuthorBlurbs() {
    }

    /** True when {@code line} is the link to all the posts of a writer, set under the note on them. */
    static boolean linksToWritersPosts(String line) {
        return line.length() <= MAX_LINK_CHARS && WRITERS_POSTS.matcher(line.strip()).lookingAt();
    }

    /**
     * True when block {@code i} is set under the label of a note on the writer ("About the author"), right under it
     * or under the writer's name below it, or right under "About" and the byline's name ("About Jane Doe",
     * {@link #namesWriter}): whatever it says, the note is the site's box, not the story.
     */
    static boolean underWriterLabel(List<Candidate> blocks, int i, int first) {
        if (i - 1 < first) return false;
        if (isWriterLabel(blocks.get(i - 1).text()) || namesWriter(blocks, i - 1)) return true;
        return i - 2 >= first && isNameLine(blocks.get(i - 1)) && isWriterLabel(blocks.get(i - 2).text());
    }

    /**
     * The label ("Author", "AUTOR", "Über den Autor") heading the last few blocks of {@code range}, each short, or -1:
     * the box a page sets on the article's writer under its last paragraph, whatever its note says.
     */
    public static int closingBoxLabel(List<Candidate> blocks, MainRegion.Range range) {
        int lowest = Math.max(range.start() + 1, range.end() - 1 - MAX_BOX_BLOCKS);
        for (int label = range.end() - 2; label >= lowest; label--) {
            if (blocks.get(label + 1).text().length() > MAX_CHARS) return -1;
            if (isWriterLabel(blocks.get(label).text())) return label;
        }
        return -1;
    }

    /**
     * True when block {@code label} is "About" and a name ("Über Anna Muster") that the note under it names again and
     * a line of the page's header above names too (the byline, the post's line of meta data): the story's own subject
     * is named in its sentences, and a note on them under "About" is the story's.
     */
    private static boolean namesWriter(List<Candidate> blocks, int label) {
        String note = blocks.get(label + 1).text();
        String line = blocks.get(label).text();
        if (line.length() > MAX_LINK_CHARS || note.length() > MAX_CHARS) return false;
        Matcher m = NAMED_LABEL.matcher(line.strip());
        if (!m.matches()) return false;
        String name = m.group(1);
        if (!note.contains(name.substring(name.lastIndexOf(' ') + 1))) return false;
        for (int j = 0; j < label; j++) {
            String text = blocks.get(j).text();
            if (text.length() <= MAX_HEADER_LINE_CHARS && text.contains(name) && !BlockScorer.endsLikeSentence(text)) {
                return true;
            }
        }
        return false;
    }

    static boolean isWriterLabel(String line) {
        return line.length() <= MAX_LINK_CHARS && WRITER_LABEL.matcher(line.strip()).matches();
    }

    /**
     * True when block {@code label} heads a box on the writer: the label ("About the author"), the writer's name on a
     * short line of its own, then a note no longer than a blurb.
     */
    static boolean opensWritersBox(List<Candidate> blocks, int label) {
        return label + 2 < blocks.size() && isWriterLabel(blocks.get(label).text()) && isNameLine(blocks.get(label + 1))
                && blocks.get(label + 2).text().length() <= MAX_CHARS;
    }

    /** Whether {@code c} could be the writer's name on a line of its own under a label: a few words, no sentence. */
    private static boolean isNameLine(Candidate c) {
        return c.words() <= MAX_NAME_WORDS && !BlockScorer.endsLikeSentence(c.text());
    }

    /** True when {@code text} opens as a note on its writer. */
    static boolean introducesWriter(String text) {
        if (text.length() > MAX_CHARS) return false;
        return THIRD_PERSON.matcher(text).lookingAt() || FIRST_PERSON.matcher(text).lookingAt()
                || APPOSITION.matcher(text).lookingAt();
    }

    /**
     * The note on the writer with no label over it among the last few blocks of {@code range}, or -1: it opens with
     * a full name and a role ({@link #introducesWriter}, a surname alone is a person the story reports on), quotes
     * no one, and only short lines (a portrait's caption, links to the writer's pages) follow it. A note in italics
     * is an op-ed's own and names its author ({@link Bylines#closingNote}): it stays.
     */
    public static int closingNote(List<Candidate> blocks, MainRegion.Range range) {
        int lowest = Math.max(range.start() + 1, range.end() - MAX_BOX_BLOCKS);
        for (int note = range.end() - 1; note >= lowest; note--) {
            Candidate c = blocks.get(note);
            String text = c.text();
            if (FULL_NAME.matcher(text).lookingAt() && !QUOTES.matcher(text).find() && introducesWriter(text)
                    && Bylines.closingNote(text, c.markup()) == null) {
                return note;
            }
            if (text.length() > MAX_LINK_CHARS) return -1;
        }
        return -1;
    }
}
