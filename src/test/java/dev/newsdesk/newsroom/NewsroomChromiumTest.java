package dev.newsdesk.newsroom;

import dev.newsdesk.testing.ChromiumPage;
import dev.newsdesk.testing.PageBrowser;

/** The newsroom page in the system's headless Chromium, through its driver. */
class NewsroomChromiumTest extends NewsroomBrowserTest {

    @Override
    PageBrowser startBrowser(int width) {
        return ChromiumPage.start(width, HEIGHT, PATIENCE);
    }

    @Override
    String browserName() {
        return "chromium";
    }
}
