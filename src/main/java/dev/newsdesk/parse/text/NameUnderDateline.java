package dev.newsdesk.parse.text;

import dev.newsdesk.article.Entity;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.Dates;
import dev.newsdesk.parse.meta.EntityExtractor;
import java.util.List;

/**
 * A writer's name alone on the line under a dump's dateline, between headline and text ("12.03.2024 14:20" then
 * "Анна Соколова"): sites in Russian and other languages set the byline so, without a label. The line must read as a
 * full name that the entity reader does not take for a place or an organisation ("New York" under a date), and
 * not a credit of pictures ("Getty Images") or a share bar's buttons ("Share Tweet"), which stand there too.
 */
final class NameUnderDateline {

    private NameUnderDateline() {
    }

    /** The name in {@code marks} (the lines under the headline, top first) set right under a dateline, else null. */
    static String find(List<String> marks) {
        for (int i = 1; i < marks.size(); i++) {
            String line = marks.get(i).strip();
            boolean named = Bylines.isFullName(line) && !isChrome(line) && !namesOther(line);
            if (named && Dates.isDateline(marks.get(i - 1))) return line;
        }
        return null;
    }

    /** True when {@code line} is a picture's credit, a share bar or a label of the site's chrome. */
    private static boolean isChrome(String line) {
        return Boilerplate.isNoise(line) || ShareButtons.are(line) || ChromeLabels.is(line);
    }

    /** True when the entity reader finds a place or an organisation in {@code line}. */
    private static boolean namesOther(String line) {
        for (Entity e : EntityExtractor.extract(line)) if (e.type() != Entity.Type.PERSON) return true;
        return false;
    }
}
