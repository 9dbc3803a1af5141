package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Guarded;
import dev.newsdesk.parse.extract.WordStartRegex;
import java.util.regex.Pattern;

/**
 * A magazine's note on its print issue, set above or under the article: "Dieser Beitrag stammt aus Ausgabe 7. Das Heft
 * ist im Handel erhältlich", "The latest issue is on newsstands now". A line or two that names an issue, where it is
 * sold and the site's own voice (now, here, our, this article, the subscription); a story that reports on a
 * magazine's new issue names the first two only.
 */
final class PrintIssuePromos {

    /** Where an issue is sold or ordered, in German, English, French, Spanish, Italian and Polish. */
    private static final Guarded ON_SALE = new Guarded(Pattern.compile(
            "kiosk|kiosque|quiosco|edicol[ae]|newsstand|on sale|im (?:zeitschriften|buch|fach)?handel|erh[äa]ltlich|"
                    + "erhalten sie|bestell|w sprzeda[żz]y"),
            "kiosk", "kiosque", "quiosco", "edicol", "newsstand", "on sale", "handel", "erhältlich", "erhaltlich",
            "erhalten sie", "bestell", "w sprzeda");

    /** The issue itself ("Ausgabe", "Heft", "Printausgabe", "issue", "número", "wydanie", "w numerze"). */
    private static final Pattern ISSUE = Pattern.compile(
            "\\b(?:\\w*ausgabe|\\w*heft|issue|edici[óo]n|n[úu]mero|num[ée]ro|numero|wydani\\w|numer(?:ze)?)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The site speaking: now, here, our, this article, its subscription, shop, e-paper or address. */
    private static final Pattern SITE_VOICE = Pattern.compile(
            "\\b(?:jetzt|hier|now|here|ahora|aqu[íi]|maintenant|ici|ora|teraz|dieser (?:beitrag|artikel|text)|"
                    + "this (?:article|story)|unser\\w*|our|nuestr\\w+|notre|nostr\\w|nasz\\w*|abo\\w*|"
                    + "subscri\\w*|shop|e-?paper|e-?wydani\\w|https?|www)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private PrintIssuePromos() {
    }

    /** True when {@code text}, a line or two lower-cased as {@code lower}, sells the site's print issue. */
    static boolean sellsIssue(String text, String lower) {
        return text.length() <= CallsToAction.MAX_PITCH_CHARS && ON_SALE.find(lower)
                && WordStartRegex.find(ISSUE, lower) && WordStartRegex.find(SITE_VOICE, lower);
    }
}
