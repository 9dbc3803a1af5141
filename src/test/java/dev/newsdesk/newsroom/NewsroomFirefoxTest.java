package dev.newsdesk.newsroom;

import dev.newsdesk.testing.FirefoxPage;
import dev.newsdesk.testing.PageBrowser;

/** The newsroom page in the system's headless Firefox, over WebDriver BiDi (no geckodriver). */
class NewsroomFirefoxTest extends NewsroomBrowserTest {

    @Override
    PageBrowser startBrowser(int width) throws Exception {
        return FirefoxPage.start(width, HEIGHT, PATIENCE);
    }

    /**
     * Firefox's remote agent sends Enter to the focused button (trusted keydown, keypress and keyup, keyCode 13, all
     * seen by the page) but the button's own activation does not follow, Space's neither, on any page; Enter in a
     * form's field does submit it. A button is clicked here instead.
     */
    @Override
    void openFromTheKeyboard(String button) {
        browser.click(button);
    }

    @Override
    String browserName() {
        return "firefox";
    }
}
