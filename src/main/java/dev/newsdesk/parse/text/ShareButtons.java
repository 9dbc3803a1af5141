package dev.newsdesk.parse.text;

import java.util.Locale;
import java.util.Set;

/**
 * A share bar's buttons read as one line: "Reprints", "Print", "E-mail", "Drucken", "Share and save", "Link
 * copied", "Print this article", "Show more sharing options". Set over a headline, such a line is no section's
 * label.
 */
final class ShareButtons {

    /** The words of share, print, mail and reprint buttons, in the languages of the dumps. */
    private static final Set<String> WORDS = Set.of("share", "print", "reprint", "reprints", "permissions", "email",
            "e-mail", "mail", "sms", "send", "save", "tweet", "close", "sharing", "panel", "link", "copy", "copied",
            "and", "teilen", "senden", "drucken", "druck", "seite", "merken", "und", "partager", "imprimer", "envoyer",
            "compartir", "imprimir", "enviar", "condividi", "stampa", "invia");

    /** What a button's call names: "Print this article", "Share it with friends", "Diesen Artikel teilen". */
    private static final Set<String> OBJECTS = Set.of("this", "it", "article", "story", "page", "post", "with",
            "friends", "a", "friend", "show", "more", "extra", "all", "options", "for",
            "diesen", "artikel", "beitrag", "cet", "cette", "este", "artículo", "noticia",
            "questo", "articolo");

    private ShareButtons() {
    }

    /** True when every word of {@code line} is a share bar's, or names what a button of it acts on. */
    static boolean are(String line) {
        boolean button = false;
        for (String word : line.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (WORDS.contains(word)) button = true;
            else if (!OBJECTS.contains(word)) return false;
        }
        return button;
    }
}
