package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines a dump prints where the page had its pager, the links to the other pages of a thread, a listing or a long
 * story: "Seite 1 von 14", "Page 2 of 5 1 2 3 … Last", "Results 1 to 15 of 945", "Go to page:", "1 ← 2 3 4 → 14
 * Next >". They tell the reader where he is, never what the article says; above a thread's first post they read as
 * a post's short lines ({@link ForumPostLines}).
 */
final class PagerLines {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Page 2 of 5", in a few languages, which the pager's own links may follow. */
    private static final Pattern PAGE_OF = Pattern.compile(
            "^(?:page|seite|pagina|página|strona|side|sida|sivu|stránka)\\s+\\d+\\s*(?:of|von|sur|de|di|z|van|af|av|/)"
                    + "\\s*\\d+", FLAGS);
    /** "Results 1 to 15 of 945": which of a listing's items the page shows. */
    private static final Pattern RANGE_OF = Pattern.compile("^(?:results?|ergebnis(?:se)?|treffer|showing|displaying|"
            + "viewing|r[ée]sultats?|resultados?|risultati|wyniki|posts?|beitr[äa]ge|eintr[äa]ge|messages?|items?)\\s+"
            + "\\d+\\s*(?:to|bis|-|–|à|a|al|do)\\s*\\d+\\s+(?:of|von|sur|de|di|z|van|aus)\\s+\\d+$", FLAGS);
    /** "Go to page:", a field for the page's number. */
    private static final Pattern GO_TO = Pattern.compile("^(?:go to|jump to|gehe zu|springe zu|aller [àa] la|ir a la|"
            + "vai alla|przejd[źz] do)\\s+(?:page|seite|pagina|página|strony)\\s*:?$", FLAGS);
    /** An arrow, an ellipsis or a bar between a pager's numbers. */
    private static final Pattern MARKS = Pattern.compile("^[←→<>«»‹›…|.·-]+$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");
    /** The words of a pager's links to the next, previous, first and last page. */
    private static final Set<String> STEPS = Set.of("next", "previous", "prev", "first", "last", "weiter", "zurück",
            "nächste", "vorherige", "erste", "letzte", "suivant", "suivante", "précédent", "précédente", "première",
            "dernière", "siguiente", "anterior", "primera", "última", "successiva", "precedente", "prima", "ultima",
            "następna", "poprzednia", "pierwsza", "ostatnia", "volgende", "vorige", "eerste", "laatste");
    /** Fewer numbers than this, with a step's word or an arrow, make no pager: "1 → 2" may be a diagram's label. */
    private static final int MIN_NUMBERS = 3;
    /** A page's number has at most this many digits; a year has more. */
    private static final int MAX_PAGE_DIGITS = 3;

    private PagerLines() {
    }

    /** Marks, in place, each short line of {@code blocks} that is a pager's as noise. */
    static void mark(List<Candidate> blocks, List<Verdict> verdicts) {
        for (int i = 0; i < blocks.size(); i++) {
            if (verdicts.get(i) == Verdict.SHORT && is(blocks.get(i).text())) verdicts.set(i, Verdict.NOISE);
        }
    }

    /** True when {@code line} is a pager's: where the page stands among its pages, or the links to them. */
    static boolean is(String line) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (RANGE_OF.matcher(text).matches() || GO_TO.matcher(text).matches()) return true;
        Matcher page = PAGE_OF.matcher(text);
        if (page.lookingAt()) return links(text.substring(page.end()), true);
        return links(text, false);
    }

    /**
     * True when {@code text} holds a pager's links only: page numbers, arrows, steps' words. Under the page's place
     * ("Page 1 of 63") any such rest will do, the dump may glue the numbers ("12345 … Last"); alone, the numbers
     * must rise as pages do, {@link #MIN_NUMBERS} at least beside a step or an arrow: a row of figures is a table's,
     * a row of years ("2019 2020 → 2021") a timeline's.
     */
    private static boolean links(String text, boolean placed) {
        int numbers = 0;
        int last = 0;
        boolean stepped = false;
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) continue;
            if (NUMBER.matcher(token).matches()) {
                if (!placed && (token.length() > MAX_PAGE_DIGITS || Integer.parseInt(token) <= last)) return false;
                if (!placed) last = Integer.parseInt(token);
                numbers++;
            } else if (MARKS.matcher(token).matches() || STEPS.contains(token)) {
                stepped = true;
            } else {
                return false;
            }
        }
        return placed || numbers >= MIN_NUMBERS && stepped;
    }
}
