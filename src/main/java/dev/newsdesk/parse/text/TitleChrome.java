package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.AddressLine;
import dev.newsdesk.parse.extract.Boilerplate;
import dev.newsdesk.parse.extract.Breadcrumbs;
import dev.newsdesk.parse.meta.Words;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line of a dump's header that is chrome by its shape or its words, never its title: one holding an e-mail
 * address (a writer's contact, a byline with it) or a link's address alone; a player's or a link's notice
 * ("Media playback is unsupported on your device", "Watch … Live", "These are external links and will open in a
 * new window"); a breadcrumb trail, labelled ("You are here: …") or not; the site's navigation buttons ("Toggle
 * navigation", "skip to main"); a line with no letter (a stock's change, "-1.41%"); the post's tags after their
 * label ("Filed Under: …"); or a share bar's menu that names
 * the headline it shares ("Share All sharing options for: Headline"), which gives the headline itself.
 */
final class TitleChrome {

    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}");
    /** Fewer words before a colon than this are a headline's kicker ("Print: …"), not a share menu's label. */
    private static final int MIN_MENU_WORDS = 3;

    /**
     * A video player's notice or caption mark, a call to a channel's stream ("Watch CBSN Live": a name, not "Watch
     * the launch live"), a link's warning, in the languages of the dumps.
     */
    private static final Pattern NOTICE = Pattern.compile("(?iu)playback (?:is )?(?:unsupported|not supported)"
            + "|^media caption|^watch (?-i:\\p{Lu}\\S* ){1,2}live$|\\b(?:in|into) a new (?:window|tab)\\b"
            + "|\\bneue[nm]? (?:fenster|tab)\\b|\\bnouvel(?:le)? (?:fenêtre|onglet)\\b|\\bnueva (?:ventana|pestaña)\\b"
            + "|\\bnuova (?:finestra|scheda)\\b|\\bnova (?:janela|aba)\\b");

    /** Steps of a trail in a header, the separators no headline sets twice ("Blog > Health > Tips", "Home ›› News"). */
    private static final Pattern STEP = Pattern.compile("\\s*[>»›]+\\s*");
    /** A trail's first step may be the site's address ("site.com › Sport"). */
    private static final Pattern ADDRESS = Pattern.compile("[\\w-]+(?:\\.[\\w-]+)*\\.\\p{Alpha}{2,}");
    /** More steps than one separator makes; fewer than this, one opening with the site's address. */
    private static final int MIN_STEPS = 3;
    /** A section's name; a longer step is a sentence's part. */
    private static final int MAX_STEP_WORDS = 5;

    /** A navigation bar's buttons, read as one line: "Toggle navigation", "skip to main | skip to sidebar". */
    private static final ButtonWords NAVIGATION = new ButtonWords(
            Set.of("toggle", "navigation", "skip", "sidebar", "menu", "menü", "navigationsmenü", "hauptmenü", "suche",
                    "search", "recherche", "buscar", "cerca"),
            Set.of("to", "main", "content", "open", "close", "öffnen", "schließen", "zum", "inhalt", "springen", "menu",
                    "menü", "ouvrir", "fermer", "abrir", "cerrar", "|"));

    private TitleChrome() {
    }

    static boolean is(String line) {
        return EMAIL.matcher(line).find() || NOTICE.matcher(line).find()
                || AddressLine.link(line) || trail(line) || navigation(line)
                || line.codePoints().noneMatch(Character::isLetter) || namedHeadline(line) != null
                || ChromeLabels.isFiling(line);
    }

    /** A breadcrumb trail, labelled ("You are here: HomeNews") or a run of short steps set apart by arrows. */
    private static boolean trail(String line) {
        String key = Boilerplate.key(line);
        if (Breadcrumbs.opensWithLabel(key) || Breadcrumbs.isTrail(key)) return true;
        if (line.contains("«") || line.contains("‹") || line.contains("<")) return false; // quotation marks
        String[] steps = STEP.split(line.strip(), -1);
        if (steps.length < 2) return false;
        for (String step : steps) {
            if (step.isBlank() || Words.count(step) > MAX_STEP_WORDS) return false;
        }
        return steps.length >= MIN_STEPS || ADDRESS.matcher(steps[0]).matches();
    }

    /** A line of a navigation bar's buttons only. */
    private static boolean navigation(String line) {
        return NAVIGATION.only(Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** The headline a share bar's menu names after its words and a colon, else null. */
    static String namedHeadline(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) return null;
        String menu = line.substring(0, colon).strip();
        String headline = line.substring(colon + 1).strip();
        boolean shares = menu.split("\\s+").length >= MIN_MENU_WORDS && ShareButtons.are(menu);
        return shares && Words.count(headline) >= 2 ? headline : null;
    }
}
