package dev.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A page in headless Firefox driven over WebDriver BiDi: the browser's own input (input.performActions,
 * input.setFiles), scripts through script.callFunction, the console through log.entryAdded (Content-Security-Policy
 * refusals included). Failed loads, which Chromium writes to its console and Firefox's BiDi log leaves out, come
 * from the network events.
 */
public final class FirefoxPage implements PageBrowser {

    private static final String ENTER = "\uE007";
    private static final Duration ROUND = Duration.ofSeconds(1);
    /** How long starting Firefox, or any one command, may take before the test fails: a loaded machine is slow. */
    private static final Duration SLOWEST = Duration.ofSeconds(60);

    private final FirefoxProcess process;
    private final BidiSession bidi;
    private final String context;
    private final int height;
    private final Duration patience;

    private FirefoxPage(FirefoxProcess process, BidiSession bidi, String context, int height, Duration patience) {
        this.process = process;
        this.bidi = bidi;
        this.context = context;
        this.height = height;
        this.patience = patience;
    }

    /** A new headless Firefox, {@code width} by {@code height} CSS pixels; {@link #waitUntil} waits {@code patience}. */
    public static FirefoxPage start(int width, int height, Duration patience) throws IOException {
        FirefoxProcess process = FirefoxProcess.start(SLOWEST);
        try {
            BidiSession bidi = BidiSession.start(process.sessionUri(), SLOWEST);
            String context = bidi.send("browsingContext.getTree", Map.of()).at("/contexts/0/context").asText();
            bidi.subscribe(List.of("log.entryAdded", "network.responseCompleted", "network.fetchError"));
            FirefoxPage page = new FirefoxPage(process, bidi, context, height, patience);
            page.resize(width);
            return page;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    @Override
    public void open(String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    @Override
    public Object run(String body, Object... arguments) {
        return call("function() {\n" + body + "\n}", SLOWEST, arguments);
    }

    /**
     * Asks the page itself to check every 50 ms, a second at a time: a page left meanwhile (a sign-in's redirects)
     * never answers, so each round's answer is awaited a few seconds at most, and the next page is asked.
     */
    @Override
    public boolean waitUntil(String body, Object... arguments) {
        String round = "async function() {\n"
                + "  const holds = () => { " + body + "\n };\n"
                + "  const end = Date.now() + " + ROUND.toMillis() + ";\n"
                + "  for (;;) {\n"
                + "    try { if (holds() === true) return true; } catch (notYet) { }\n"
                + "    if (Date.now() > end) return false;\n"
                + "    await new Promise(next => setTimeout(next, 50));\n"
                + "  }\n"
                + "}";
        Instant end = Instant.now().plus(patience);
        do {
            try {
                if (Boolean.TRUE.equals(call(round, ROUND.multipliedBy(5), arguments))) return true;
            } catch (AssertionError leftOrUnanswered) { // the page went away during the round: ask the next one
            }
        } while (Instant.now().isBefore(end));
        return false;
    }

    @Override
    public void type(String css, String text) {
        element(css, "e.focus(); if (e.select) e.select();"); // what it held is selected: typing replaces it
        List<Map<String, Object>> keys = new ArrayList<>();
        text.codePoints().mapToObj(Character::toString).forEach(key -> {
            keys.add(Map.of("type", "keyDown", "value", key));
            keys.add(Map.of("type", "keyUp", "value", key));
        });
        keyboard(keys);
    }

    @Override
    public void pressEnter(String css) {
        element(css, "e.focus();");
        keyboard(List.of(Map.of("type", "keyDown", "value", ENTER), Map.of("type", "keyUp", "value", ENTER)));
    }

    @Override
    public void click(String css) {
        String element = element(css, "e.scrollIntoView({ block: 'center' });");
        Map<String, Object> origin = Map.of("type", "element", "element", Map.of("sharedId", element));
        perform(Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(Map.of("type", "pointerMove", "x", 0, "y", 0, "origin", origin),
                        Map.of("type", "pointerDown", "button", 0), Map.of("type", "pointerUp", "button", 0))));
    }

    /**
     * Firefox draws a drop-down's list outside the page, where input actions do not reach; the option is chosen as
     * the list would choose it, with the events the page listens to.
     */
    @Override
    public void choose(String css, String label) {
        run("""
                const list = document.querySelector(arguments[0]);
                const option = [...list.options].find(o => o.text.trim() === arguments[1]);
                if (!option) throw new Error('no option ' + arguments[1] + ' in ' + arguments[0]);
                list.value = option.value;
                list.dispatchEvent(new Event('input', { bubbles: true }));
                list.dispatchEvent(new Event('change', { bubbles: true }));""", css, label);
    }

    @Override
    public void attach(String css, Path file) {
        String element = element(css, "");
        bidi.send("input.setFiles", Map.of("context", context, "element", Map.of("sharedId", element),
                "files", List.of(file.toAbsolutePath().toString())));
    }

    @Override
    public void resize(int width) {
        bidi.send("browsingContext.setViewport", Map.of("context", context,
                "viewport", Map.of("width", width, "height", height)));
    }

    @Override
    public byte[] screenshot() {
        JsonNode shot = bidi.send("browsingContext.captureScreenshot", Map.of("context", context,
                "origin", "document", "format", Map.of("type", "image/png")));
        return Base64.getDecoder().decode(shot.get("data").asText());
    }

    /** Errors in the console, uncaught exceptions, and loads answered with an error status or not at all. */
    @Override
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : bidi.drain()) {
            JsonNode params = event.get("params");
            switch (event.get("method").asText()) {
                case "log.entryAdded" -> {
                    if (params.path("level").asText().equals("error")) {
                        errors.add(params.path("type").asText() + ": " + params.path("text").asText());
                    }
                }
                case "network.responseCompleted" -> {
                    int status = params.at("/response/status").asInt();
                    if (status >= 400) errors.add(params.at("/request/url").asText() + " answered " + status);
                }
                default -> errors.add(params.at("/request/url").asText() + " failed: "
                        + params.path("errorText").asText());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        try {
            bidi.send("browser.close", Map.of());
        } finally {
            bidi.close();
            process.close();
        }
    }

    /** The element {@code css} names, after {@code prepare} (a script given it as {@code e}), as a shared id. */
    private String element(String css, String prepare) {
        JsonNode node = callForValue("function(css) { const e = document.querySelector(css);\n"
                + "if (!e) throw new Error('no element ' + css);\n" + prepare + "\nreturn e; }", SLOWEST, css);
        return node.get("sharedId").asText();
    }

    private void keyboard(List<Map<String, Object>> keys) {
        perform(Map.of("type", "key", "id", "keyboard", "actions", keys));
    }

    private void perform(Map<String, Object> source) {
        bidi.send("input.performActions", Map.of("context", context, "actions", List.of(source)));
        bidi.send("input.releaseActions", Map.of("context", context));
    }

    private Object call(String function, Duration longest, Object... arguments) {
        return RemoteValues.toJava(callForValue(function, longest, arguments));
    }

    /** Calls {@code function} in the page with {@code arguments}, awaiting a promise it returns; its value. */
    private JsonNode callForValue(String function, Duration longest, Object... arguments) {
        JsonNode answer = bidi.send("script.callFunction", Map.of("functionDeclaration", function,
                "arguments", RemoteValues.fromJava(arguments), "target", Map.of("context", context),
                "awaitPromise", true), longest);
        if (answer.path("type").asText().equals("exception")) {
            throw new AssertionError("the page's script failed: " + answer.at("/exceptionDetails/text").asText());
        }
        return answer.get("result");
    }
}
