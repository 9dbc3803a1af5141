package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The note a site sets on itself in a box under the story, headed "About us" ("Über uns", "Qui sommes-nous"): a
 * sentence or two on who runs the site, which a dump prints right under the article's last paragraph.
 */
final class SiteNotes {

    /** The heading of a site's note on itself, on a line of its own, in the languages of {@link CallsToAction}. */
    private static final Pattern ABOUT_US = Pattern.compile(
            "(?iu:about us|über uns|[àa] propos de nous|qui sommes-nous ?\\??|sobre nosotros|qui[ée]nes somos|"
                    + "chi siamo|sobre n[óo]s|quem somos|over ons|o nas|o n[áa]s|о нас|про нас)\\s*:?");

    private SiteNotes() {
    }

    /** True when block {@code i} is set right under the heading of a site's note on itself, below {@code first}. */
    static boolean underLabel(List<Candidate> blocks, int i, int first) {
        return i - 1 >= first && ABOUT_US.matcher(blocks.get(i - 1).text().strip()).matches();
    }
}
