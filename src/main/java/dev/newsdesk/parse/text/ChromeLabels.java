package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.LabelledDateline;
import java.util.regex.Pattern;

/**
 * The labels a site sets under its articles, "Tags: …", "Kategorie: …", "Posted in …", "Autor: …",
 * "Kommentare: 3", "Teilen:": fields of the page about the post, not the post's own facts ("Eintritt: 5 Euro",
 * "Gewicht: 68 g").
 */
final class ChromeLabels {

    /** What a site's field under a post is about: its filing, its writer, its reader's tools, its comments. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:tags?|schlagw[öo]rter|stichw[öo]rter|themen|kategorien?|categor(?:y|ies|ie|ías?|ia)|rubri[kc]\\w*"
                    + "|ressorts?|sections?|archive?s?|filed(?: under)?|posted(?: in| by| under)?|abgelegt(?: unter)?"
                    + "|ver[öo]ffentlicht(?: in| von| unter)?|publi[ée]\\w*(?: in| par| dans)?|geschrieben(?: von)?"
                    + "|autor(?:in|en)?|authors?|auteurs?|writers?|von|by|par|por|redaktion|editors?"
                    + "|kommentare?|comments?|commentaires?|comentarios?|antworten|replies|respuestas"
                    + "|teilen|share(?: this)?|partager|compartir|drucken|print|imprimer|imprimir"
                    + "|fotos?|photos?|bild(?:er)?|bildnachweis|credits?"
                    + "|bewertung|rating|aufrufe|views|gelesen|lesezeit|reading time)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A field of the post's filing set without a colon: "Posted in Travel", "Abgelegt unter Reisen". */
    private static final Pattern FILED = Pattern.compile(
            "^(?:posted|filed|abgelegt|ver[öo]ffentlicht|publi[ée]|publicado|pubblicato)"
                    + "\\s+(?:in|under|unter|dans|en)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A field naming where the post is filed, with its colon: "Filed Under: …", "Tags: …", "关键词：…". */
    private static final Pattern FILING = Pattern.compile(
            "^(?:tags?|schlagw[öo]rter|stichw[öo]rter|kategorien?|categor(?:y|ies|ie|ías?|ia)|filed under"
                    + "|posted (?:in|under)|abgelegt unter|关键[词字]|關鍵[詞字]|标签|標籤|分类|分類)\\s*[:：]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ChromeLabels() {
    }

    /** True when {@code line} names where the post is filed: its tags or categories after their label's colon. */
    static boolean isFiling(String line) {
        return FILING.matcher(line.strip()).find();
    }

    /** True when {@code line} is a site's field about the post, or any other chrome line. */
    static boolean is(String line) {
        return isField(line) || Boilerplate.isNoise(line);
    }

    /** True when {@code line} is a site's field about the post: its filing, writer, date, comments, share tools. */
    static boolean isField(String line) {
        String text = line.strip();
        return LABEL.matcher(text).find() || FILED.matcher(text).find() || LabelledDateline.opens(text);
    }
}
