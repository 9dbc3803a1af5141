package dev.newsdesk.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}), headless, through
 * Selenium; skipped where they are not installed, failed instead under CI.
 */
public record ChromiumPage(ChromeDriver driver, int height, Duration patience) implements PageBrowser {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");
    private static final String INSTALL = "apt-get install chromium chromium-driver";

    /** A new headless browser, {@code width} by {@code height} CSS pixels; waits last at most {@code patience}. */
    public static ChromiumPage start(int width, int height, Duration patience) {
        Path browser = InstalledBrowser.find(BROWSERS, INSTALL);
        Path driver = InstalledBrowser.find(DRIVERS, INSTALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-US", "--window-size=" + width + "," + height, "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromiumPage(new ChromeDriver(service, options), height, patience);
    }

    @Override
    public void open(String url) {
        driver.get(url);
    }

    @Override
    public Object run(String body, Object... arguments) {
        return driver.executeScript(body, arguments);
    }

    @Override
    public boolean waitUntil(String body, Object... arguments) {
        try {
            return new WebDriverWait(driver, patience).until(d -> Boolean.TRUE.equals(run(body, arguments)));
        } catch (TimeoutException e) {
            return false;
        }
    }

    @Override
    public void type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    @Override
    public void pressEnter(String css) {
        driver.findElement(By.cssSelector(css)).sendKeys(Keys.ENTER);
    }

    @Override
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    @Override
    public void choose(String css, String label) {
        new Select(driver.findElement(By.cssSelector(css))).selectByVisibleText(label);
    }

    @Override
    public void attach(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
    }

    @Override
    public void resize(int width) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public byte[] screenshot() {
        long wide = ((Number) run("return document.documentElement.clientWidth")).longValue();
        long tall = ((Number) run("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", wide, "height", tall, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Failed loads (a 401's "Failed to load resource"), uncaught exceptions, console.error. */
    @Override
    public List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
