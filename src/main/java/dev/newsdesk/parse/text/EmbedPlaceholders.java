package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Guarded;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a page shows in place of an embedded post or video until the reader agrees to load it: "Ich bin damit
 * einverstanden, dass mir externe Inhalte angezeigt werden", "To view this content, accept cookies". It stands
 * between a story's paragraphs and reads as a sentence, but it is the page speaking of its own settings.
 */
final class EmbedPlaceholders {

    /** Longer than this, a block is the story's, whatever it says of content and consent. */
    static final int MAX_CHARS = 400;

    /** The placeholder's words, in English, German, French and Spanish. */
    private static final Guarded PLACEHOLDER = new Guarded(Pattern.compile(String.join("|",
            // en
            "\\b(?:to (?:view|see|display|watch|load) this (?:content|post|video|tweet)|this (?:content|embed) is "
                    + "(?:blocked|hosted by a third party))\\b",
            "\\b(?:accept|enable|allow) (?:\\S+ ){0,3}cookies to (?:view|see|display|watch|load)\\b",
            "\\b(?:we need your|requires your|without your) (?:consent|permission)\\b.{0,80}\\b(?:load|display|show|"
                    + "connect)",
            // de
            "\\bexterne[nr]? inhalte?\\b.{0,80}\\b(?:angezeigt|anzeigen|laden|geladen|einblenden|eingebunden)",
            "\\bohne (?:dein|deine|ihr|ihre) (?:einverst[äa]ndnis|zustimmung|einwilligung)\\b.{0,80}"
                    + "\\b(?:verbindung|inhalte?|laden|angezeigt)",
            "\\bdaten an drittplattformen\\b",
            // fr
            "\\bcontenu (?:externe|tiers)\\b.{0,80}\\b(?:afficher|charger|accepte[rz]?)",
            "\\baccepte[rz]? (?:\\S+ ){0,3}cookies pour (?:afficher|voir|lire)\\b",
            // es
            "\\bcontenido (?:externo|de terceros)\\b.{0,80}\\b(?:mostrar|cargar|aceptar?)",
            "\\bacepta[r]? (?:\\S+ ){0,3}cookies para (?:ver|mostrar|cargar)\\b"),
            Pattern.UNICODE_CHARACTER_CLASS),
            // each alternative holds one of these at a word's start (the pattern is asked of every line of an article)
            "this content", "this post", "this video", "this tweet", "this embed", "cookies", "consent", "permission",
            "inhalt", "einverst", "zustimmung", "einwilligung", "drittplattform", "contenu", "contenido");

    private EmbedPlaceholders() {
    }

    /** {@link #holdsPlace(String, String)} of {@code text}. */
    static boolean holdsPlace(String text) {
        return holdsPlace(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code text}, a line or two, holds the place of an embed the reader has not agreed to load;
     * {@code lower} is {@code text} lower-cased ({@link Locale#ROOT}).
     */
    static boolean holdsPlace(String text, String lower) {
        return text.length() <= MAX_CHARS && PLACEHOLDER.findAtWordStart(lower);
    }
}
