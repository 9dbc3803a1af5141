package dev.newsdesk.newsroom;

import dev.newsdesk.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom page's files, read from this package's resources on first use. The page links each of the other
 * files with its version ({@code newsroom/newsroom.js?v=…}), so a link names one content for ever and the files
 * can be cached for a year while a new deployment is seen at once.
 */
public final class NewsroomAssets {

    /** The page's own file; its links are written {@code {{name}}} and filled in here. */
    static final String PAGE = "newsroom.html";

    private static final Map<String, String> FILES = Map.of(
            "newsroom.css", "text/css; charset=utf-8",
            "newsroom.js", "text/javascript; charset=utf-8",
            "signin.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml; charset=utf-8");

    private final Asset page;
    private final Map<String, Asset> files;

    private NewsroomAssets(Asset page, Map<String, Asset> files) {
        this.page = page;
        this.files = files;
    }

    /** Reads every file (a few kilobytes) from the classpath. */
    public static NewsroomAssets load() {
        Map<String, Asset> files = new LinkedHashMap<>();
        FILES.forEach((name, type) -> files.put(name, asset(name, type, read(name))));
        String html = read(PAGE);
        for (Asset file : files.values()) {
            html = html.replace("{{" + file.name() + "}}", "newsroom/" + file.name() + "?v=" + file.version());
        }
        if (html.contains("{{")) {
            throw new IllegalStateException(PAGE + " links a file that is not one of " + FILES.keySet());
        }
        return new NewsroomAssets(asset(PAGE, "text/html; charset=utf-8", html), Map.copyOf(files));
    }

    /** The page itself. */
    public Asset page() {
        return page;
    }

    /** The file the page links as {@code newsroom/{name}}, if there is one. */
    public Optional<Asset> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static Asset asset(String name, String type, String body) {
        return new Asset(name, type, body, Sha256.hex(body).substring(0, 16));
    }

    private static String read(String name) {
        try (InputStream in = NewsroomAssets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the newsroom file " + name + " is not in the package");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
