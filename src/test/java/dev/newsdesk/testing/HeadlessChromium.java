package dev.newsdesk.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The system's Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}), headless, for the
 * tests that drive a page in a real browser. Where they are not installed, such a test is skipped with the reason;
 * under CI ({@code CI=true}, where {@code .ci/run} installs them) it fails instead, so that CI cannot pass without
 * having run it.
 */
public final class HeadlessChromium {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");

    private HeadlessChromium() {
    }

    /** A new headless browser, {@code width} by {@code height} CSS pixels, keeping its console for {@link #errors}. */
    public static ChromeDriver start(int width, int height) {
        Path browser = find(BROWSERS, "chromium");
        Path driver = find(DRIVERS, "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=en-US", "--window-size=" + width + "," + height, "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The console's errors since the last call (failed loads, uncaught exceptions, console.error). */
    public static List<String> errors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    private static Path find(List<String> names, String debianPackage) {
        Optional<Path> found = names.stream().map(HeadlessChromium::onPath).flatMap(Optional::stream).findFirst();
        if (found.isPresent()) return found.get();
        String missing = "no " + String.join(" or ", names) + " on the PATH (Debian: apt-get install chromium "
                + "chromium-driver; package " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(missing + "; under CI the browser tests must run, not be skipped");
        }
        Assumptions.abort(missing);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
