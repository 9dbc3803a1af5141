package dev.newsdesk.parse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A share bar's buttons read as one line: "Reprints", "Print", "E-mail", "Drucken", "Share and save", "Link
 * copied", "Print this article", "Show more sharing options", the networks' names ("Facebook Twitter", "linked in",
 * "Whatsapp Pint"). Set over a headline, such a line is no section's label.
 */
final class ShareButtons {

    /** The words of share, print, mail and reprint buttons, in the languages of the dumps. */
    private static final Set<String> WORDS = Set.of("share", "print", "reprint", "reprints", "permissions", "email",
            "e-mail", "mail", "sms", "send", "save", "tweet", "close", "sharing", "panel", "link", "copy", "copied",
            "and", "teilen", "senden", "drucken", "druck", "seite", "merken", "und", "partager", "imprimer", "envoyer",
            "compartir", "imprimir", "enviar", "condividi", "stampa", "invia", "kopieren", "kopiert", "download",
            "herunterladen", "télécharger", "descargar", "baixar", "scarica",
            // The networks a bar shares to, a name cut short ("Pint") or split ("linked in", "google plus") too.
            "facebook", "twitter", "linkedin", "linked", "google", "google+", "whatsapp", "pinterest", "pint",
            "reddit", "fb", "tumblr", "xing", "telegram", "flipboard", "pocket", "youtube", "instagram", "messenger",
            "feed", "rss");

    /** What a button's call names: "Print this article", "Share it with friends", "Diesen Artikel teilen". */
    private static final Set<String> OBJECTS = Set.of("this", "it", "article", "story", "page", "post", "with",
            "friends", "a", "friend", "show", "more", "extra", "all", "options", "for",
            "diesen", "artikel", "beitrag", "cet", "cette", "este", "artículo", "noticia",
            "questo", "articolo", "url", "text", "message", "in", "on", "auf", "plus", "das", "der", "wurde");

    private static final ButtonWords SHARE_BAR = new ButtonWords(WORDS, OBJECTS);

    /** The networks whose names pages of every language print on their buttons in Latin letters. */
    private static final Set<String> NETWORKS = Set.of("facebook", "twitter", "linkedin", "whatsapp", "pinterest",
            "reddit", "tumblr", "telegram", "flipboard", "line", "viber", "vk", "email");
    /** The most words of a share bar's label before its networks ("Share", "Chia sẻ", "Compartilhe no:"). */
    private static final int MAX_LABEL_WORDS = 2;
    /** A bar names two networks at least; one network's name after a word may be a sentence's ("Join Facebook"). */
    private static final int MIN_NETWORKS = 2;

    /** Where two words are glued, a small letter or a run of capitals before a capital opening a word. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private ShareButtons() {
    }

    /**
     * True when every word of {@code line} is a share bar's, or names what a button of it acts on; buttons read
     * together may glue their words ("URLCopied!"), a network's name is one ("WhatsApp").
     */
    static boolean are(String line) {
        String apart = line.replaceAll("[!.,|·•]", " ").strip();
        if (apart.isEmpty()) return false;
        List<String> words = new ArrayList<>();
        for (String token : apart.split("\\s+")) {
            String whole = token.toLowerCase(Locale.ROOT);
            if (WORDS.contains(whole) || OBJECTS.contains(whole)) {
                words.add(whole);
            } else {
                for (String word : GLUED.split(token)) words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        // a headline lists networks with commas ("Outage: WhatsApp, Facebook, Telegram"); a bar sets its buttons apart
        return SHARE_BAR.only(words) || line.indexOf(',') < 0 && labelledNetworks(words);
    }

    /**
     * True when {@code words} are a label and then networks' names only ("シェアする Twitter Facebook LINE", "Paylaş
     * Facebook Twitter"): the bar's label is in the page's language, which the button words above need not know.
     */
    private static boolean labelledNetworks(List<String> words) {
        int label = 0;
        while (label < words.size() && !NETWORKS.contains(words.get(label))) label++;
        if (label == 0 || label > MAX_LABEL_WORDS || words.size() - label < MIN_NETWORKS) return false;
        for (int i = label; i < words.size(); i++) if (!NETWORKS.contains(words.get(i))) return false;
        return true;
    }
}
