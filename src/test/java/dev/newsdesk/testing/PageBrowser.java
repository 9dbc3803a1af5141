package dev.newsdesk.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * A page in a real headless browser, as a browser test drives it: what a person does (typing, clicking, pressing
 * Enter, choosing a file) goes through the browser's own input; what the test reads or waits for is a script run in
 * the page, so that it is written once for every browser. Elements are named by CSS selectors.
 */
public interface PageBrowser extends AutoCloseable {

    /** Loads {@code url} and waits for the page's load event. */
    void open(String url);

    /**
     * Runs {@code body}, a function body that reads its {@code arguments} (strings, numbers, booleans), and returns
     * its value: a String, Boolean, Long (whole numbers), Double or null.
     */
    Object run(String body, Object... arguments);

    /** Waits until {@code body} (as in {@link #run}) returns true; false when it still does not after the wait. */
    boolean waitUntil(String body, Object... arguments);

    /** Puts {@code text} into the field in place of what it held, typed key by key. */
    void type(String css, String text);

    /** Presses Enter with the keyboard's focus on the element. */
    void pressEnter(String css);

    /** Clicks the element's middle with the mouse. */
    void click(String css);

    /** Chooses the option labelled {@code label} in the drop-down list. */
    void choose(String css, String label);

    /** Chooses {@code file} in the file input, as the file dialog would. */
    void attach(String css, Path file);

    /** Makes the window {@code width} CSS pixels wide (a phone's, a laptop's); its height stays. */
    void resize(int width);

    /** A PNG of the whole page, however tall, at the window's width. */
    byte[] screenshot();

    /** The console's errors since the last call (uncaught exceptions, console.error, and failed loads where told). */
    List<String> errors();

    /** Quits the browser. */
    @Override
    void close();
}
