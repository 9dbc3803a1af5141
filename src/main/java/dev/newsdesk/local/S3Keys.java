package dev.newsdesk.local;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Object keys as S3 writes them into event notifications. */
final class S3Keys {

    private S3Keys() {
    }

    /**
     * Encodes {@code key} the way S3 notifications do: form URL-encoding of the UTF-8 bytes (a space becomes
     * {@code +}, a literal {@code +} becomes {@code %2B}) with {@code /} left as is, so that the ingest
     * function's {@code S3Event.S3Object.decodedKey()} gets the real key back.
     */
    static String eventEncode(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
