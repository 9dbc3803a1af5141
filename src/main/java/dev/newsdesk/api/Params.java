package dev.newsdesk.api;

import dev.newsdesk.store.ListQuery;
import dev.newsdesk.views.Window;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads and checks query parameters: a bad value is a 400 that says which parameter and why. */
final class Params {

    private static final int MAX_TEXT = 100;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2}");

    private final Map<String, String> query;

    Params(Map<String, String> query) {
        this.query = query;
    }

    int limit(int defaultLimit) {
        String raw = query.get("limit");
        if (raw == null) return defaultLimit;
        if (!DIGITS.matcher(raw).matches() || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > ListQuery.MAX_LIMIT) {
            throw ApiException.badParameter("limit must be a whole number from 1 to " + ListQuery.MAX_LIMIT
                    + ", not \"" + shorten(raw) + "\"");
        }
        return Integer.parseInt(raw);
    }

    Window window(Window defaultWindow) {
        String raw = query.get("window");
        if (raw == null) return defaultWindow;
        return Window.parse(raw).orElseThrow(() -> ApiException.badParameter(
                "window must be one of " + Stream.of(Window.values()).map(Window::label).collect(Collectors.joining(", "))
                        + ", not \"" + shorten(raw) + "\""));
    }

    /** A free-text filter ({@code section}, {@code keyword}); absent or blank means no filter. */
    String text(String name) {
        String raw = query.get(name);
        if (raw == null || raw.isBlank()) return null;
        if (raw.length() > MAX_TEXT) {
            throw ApiException.badParameter(name + " is longer than " + MAX_TEXT + " characters");
        }
        return raw.strip();
    }

    String language() {
        String raw = text("language");
        if (raw != null && !LANGUAGE.matcher(raw).matches()) {
            throw ApiException.badParameter("language must be an ISO 639-1 code such as fr or en, not \""
                    + shorten(raw) + "\"");
        }
        return raw;
    }

    /** How an article is answered: {@code json} (the default) or {@code markdown}. */
    boolean markdown() {
        String raw = query.get("format");
        if (raw == null || raw.equals("json")) return false;
        if (raw.equals("markdown")) return true;
        throw ApiException.badParameter("format must be json or markdown, not \"" + shorten(raw) + "\"");
    }

    String cursor() {
        String raw = query.get("cursor");
        if (raw == null || raw.isEmpty()) return null;
        if (raw.length() > 512) throw ApiException.badParameter("cursor is not one this API handed out");
        return raw;
    }

    /** Echoing user input in an error is useful; echoing a megabyte of it is not. */
    static String shorten(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
    }
}
