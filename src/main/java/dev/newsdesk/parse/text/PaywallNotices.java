package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.Guarded;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A paywall's notice under the free part of a story: the rest is for subscribers ("This article is reserved for
 * subscribers", "Wählen Sie Ihren Zugang und lesen Sie weiter:", "Si ya sos suscriptor, ingresá"). In a dump the
 * offers under it read as a list it announces, or as short lines the article's run carries; the story ends above it.
 * A page's markup sets the offers as paragraphs of the article's element, between the notice and the line for those
 * already subscribed: the HTML reading cuts its region at the notice as well.
 */
public final class PaywallNotices {

    /** Longer than this, a block is a paragraph of the story, whatever it says of subscribers. */
    private static final int MAX_CHARS = 250;

    /**
     * The notice, in English, German, Spanish, French, Italian, Portuguese and Polish: the content kept for
     * subscribers, the reader asked to choose an access or a plan to read on, or told how to log in as one already.
     */
    private static final Guarded NOTICE = new Guarded(Pattern.compile(String.join("|",
            // en
            "\\b(?:only available|available only|exclusive(?:ly)?|reserved) (?:to|for) (?:\\w+ )?subscribers\\b",
            "\\bfor (?:\\w+ )?subscribers only\\b",
            "\\b(?:subscribe|log in|sign in|register) to (?:continue|keep) reading\\b",
            "\\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log in|sign in|register)\\b",
            "\\b(?:are you|you['’]re|you are) already (?:a |an )?(?:\\w+ )?subscriber\\b",
            "\\bchoose your (?:plan|subscription|access)\\b",
            "\\bto (?:read|view|see) the (?:full|whole|entire|rest of the) (?:story|article),? (?:please )?"
                    + "(?:subscribe|log in|sign in|register)\\b",
            // de
            "\\b(?:nur|exklusiv) f[üu]r (?:\\w+-)?abonnent(?:en|innen)\\b.*\\b(?:ist|sind|steht|stehen|lesen)\\b",
            "\\b(?:w[äa]hlen sie|w[äa]hle) (?:ihren|deinen|ein(?:en)?) (?:zugang|abo|tarif)\\b",
            "\\bsie m[öo]chten (?:gerne |gern )?weiterlesen\\b", "\\bum (?:den artikel )?weiterzulesen\\b",
            "\\b(?:sie sind|sind sie|bist du|du bist) (?:bereits|schon) (?:\\w+-)?abonnent(?:in)?\\b",
            // es
            "\\bexclusiv[oa]s? para (?:\\w+ )?suscriptores\\b",
            "\\b(?:suscr[íi]bete|inicia sesi[óo]n|reg[íi]strate) para (?:seguir|continuar) leyendo\\b",
            "\\bpara (?:seguir|continuar) leyendo,? (?:suscr[íi]bete|inicia sesi[óo]n|reg[íi]strate)\\b",
            "\\bya (?:eres|sos|es) (?:\\w+ )?suscriptor\\b",
            // fr
            "\\br[ée]serv[ée]e?s? aux abonn[ée]s\\b", "\\b(?:vous [êe]tes|tu es) d[ée]j[àa] abonn[ée]\\b",
            // it
            "\\briservat[oai] agli abbonati\\b", "\\bsei gi[àa] abbonato\\b",
            // pt
            "\\bexclusiv[oa]s? para assinantes\\b", "\\bj[áa] [ée] assinante\\b",
            // pl
            "\\b(?:tylko|wy[łl][ąa]cznie) dla (?:\\w+ )?(?:prenumerator[óo]w|subskrybent[óo]w|abonent[óo]w)\\b",
            "\\bmasz ju[żz] (?:prenumerat[ęe]|subskrypcj[ęe]|abonament)\\b"),
            Pattern.UNICODE_CHARACTER_CLASS),
            // a word each notice holds: most blocks hold none and never start the regex
            "subscri", "reading", "choose your", "to read the", "to view the", "to see the", "abonn", "hle",
            "weiterlesen", "weiterzulesen", "suscr", "leyendo", "abbonat", "assinante", "prenumer", "subskry",
            "abonent", "abonament");

    private PaywallNotices() {
    }

    /** True when {@code text}, a line or two, tells the reader the rest is for subscribers. */
    static boolean isNotice(String text) {
        return text.length() <= MAX_CHARS && isNotice(text, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #isNotice(String)} of {@code text} whose lower-cased copy the caller holds: {@code lower}. */
    static boolean isNotice(String text, String lower) {
        return text.length() <= MAX_CHARS && NOTICE.findFromWordStarts(lower);
    }

    /**
     * {@code range} ending above the first paywall notice under its first block (or just under it), each such notice
     * in and just under it turned into {@link Verdict#NOISE}, so that none announces the offers as the story's list. A
     * notice with more of the story's prose under it than above is a box set inside the story: only it goes.
     */
    public static MainRegion.Range cut(List<Candidate> blocks, List<Verdict> verdicts, MainRegion.Range range) {
        if (range.isEmpty()) return range;
        int last = Math.min(range.end() + 1, blocks.size());
        int end = range.end();
        int proseAbove = 0;
        for (int i = range.start(); i < last; i++) {
            if (i > range.start() && isNotice(blocks.get(i).text())) {
                verdicts.set(i, Verdict.NOISE);
                if (end == range.end() && proseWords(blocks, verdicts, i + 1, range.end()) < proseAbove) end = i;
            } else if (verdicts.get(i) == Verdict.PROSE) {
                proseAbove += blocks.get(i).words();
            }
        }
        return end == range.end() ? range : new MainRegion.Range(range.start(), end);
    }

    /** The words of the paragraphs among blocks [from, to). */
    static int proseWords(List<Candidate> blocks, List<Verdict> verdicts, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) if (verdicts.get(i) == Verdict.PROSE) words += blocks.get(i).words();
        return words;
    }
}
