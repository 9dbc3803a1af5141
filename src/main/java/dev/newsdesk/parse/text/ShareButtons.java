package dev.newsdesk.parse.text;

import java.util.Locale;
import java.util.Set;

/**
 * A share bar's buttons read as one line: "Reprints", "Print", "E-mail", "Drucken", "Share and save", "Link
 * copied". Set over a headline, such a line is no section's label.
 */
final class ShareButtons {

    /** The words of share, print, mail and reprint buttons, in the languages of the dumps. */
    private static final Set<String> WORDS = Set.of("share", "print", "reprint", "reprints", "permissions", "email",
            "e-mail", "mail", "sms", "send", "save", "tweet", "close", "panel", "link", "copy", "copied", "and",
            "teilen", "senden", "drucken", "druck", "seite", "merken", "und", "partager", "imprimer", "envoyer",
            "compartir", "imprimir", "enviar", "condividi", "stampa", "invia");

    private ShareButtons() {
    }

    /** True when every word of {@code line} is a share bar's. */
    static boolean are(String line) {
        for (String word : line.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!WORDS.contains(word)) return false;
        }
        return true;
    }
}
