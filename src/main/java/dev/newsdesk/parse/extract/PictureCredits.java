package dev.newsdesk.parse.extract;

import java.util.regex.Pattern;

/**
 * A picture's credit as a dump prints it beside or under its caption: "©", "Photo: Jane Doe", "Photograph: Jane Doe",
 * "Photo by Jane Doe".
 */
public final class PictureCredits {

    /**
     * "©", a "Photo:"/"Photo by" label, also naming a second job ("Photo and styling:", "Foto und Text:"), or a
     * closing bracket that names the picture's source ("(Jane Doe/Photo Agency)").
     */
    private static final Pattern CREDIT = Pattern.compile(
            "©|\\b(?i:foto(?:graf|grafie)?|photo(?:graph|graphy)?|bild|image|credit)s?"
            + "(?:\\s+(?i:and|und|&|et|y|e)\\s+\\p{L}+)?\\s*(?::|(?i:by|von)\\b)"
            + "|\\([^()]*\\b(?i:foto|photo|image|bild)s?\\b[^()]*\\)\\s*$");

    private PictureCredits() {
    }

    /** True when {@code text} holds a picture's credit. */
    public static boolean in(String text) {
        return CREDIT.matcher(text).find();
    }
}
