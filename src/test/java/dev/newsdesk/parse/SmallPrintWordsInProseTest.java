package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A story on privacy or rights says the small print's words ("advertisers", "cookies", "terms", "rights"): its
 * paragraph between the story's prose stays in it, under a subheading too; the site's notice under the story does not.
 */
class SmallPrintWordsInProseTest {

    private static final String OPENING = "Most people who browse the web every day never see the companies that "
            + "follow them from one page to the next, and few of them know how much those companies learn.";
    private static final String COOKIES = "Some advertisers claim that you can opt out of their targeted "
            + "advertising, but opting out on their terms requires the use of third-party cookies, which other "
            + "firms can then exploit as well.";
    private static final String RIGHTS = "They said the country had a long way to go in terms of respecting human "
            + "rights, but that better relations could help.";
    private static final String AFTER = "It is also not clear how long such choices last, how often they need to be "
            + "made again, and whether anyone checks that the companies honour them at all.";
    private static final String CLOSING = "Researchers say that the only lasting answer is a law that limits what "
            + "can be collected in the first place, and they expect a debate on it this year.";
    private static final String NOTICE = "We use cookies to improve your experience on our website. Read our "
            + "privacy policy and terms of use.";

    @Test
    void keepsTheStorysParagraphsThatSpeakOfCookiesAndRights() throws RejectedFileException {
        String html = "<html><body><h1>Who follows you on the web</h1><article><p>" + OPENING + "</p><p>" + RIGHTS
                + "</p><p>" + AFTER + "</p><h2>Opting out?</h2><p>" + COOKIES + "</p><p>" + CLOSING
                + "</p></article><footer><p>" + NOTICE + "</p></footer></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains(RIGHTS), body);
        assertTrue(body.contains(COOKIES), body);
        assertFalse(body.contains("privacy policy"), body);
    }
}
