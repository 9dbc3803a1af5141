package dev.newsdesk.parse.text;

import java.util.regex.Pattern;

/**
 * The label of an editor's note set alone on its line over the note ("编者按", "Editor's note"): a header's line
 * that stands nearest the text, never its headline.
 */
final class EditorNoteLabels {

    private static final Pattern LABEL = Pattern.compile("(?:编者按|編者按|编者的话|編者的話|编者注|編者註|编辑按|編輯按|按语|按語"
            + "|editor['’]?s note|note de la rédaction|nota de la redacción|nota della redazione"
            + "|anmerkung der redaktion)\\s*[:：]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private EditorNoteLabels() {
    }

    static boolean is(String line) {
        return LABEL.matcher(line.strip()).matches();
    }
}
