package dev.newsdesk.api;

import dev.newsdesk.parse.input.FormatSniffer;
import java.nio.charset.StandardCharsets;

/**
 * Which object keys an editor may upload to: a path of named folders and a file name whose extension the parser
 * reads, so that every presigned upload can become an article and none can land outside the key space editors see.
 */
final class UploadKeys {

    /** Far under S3's 1,024 bytes: a key is also a DynamoDB key part and a line in logs. */
    static final int MAX_BYTES = 512;

    private UploadKeys() {
    }

    /** {@code key} if an editor may upload to it; else a 400 that says what is wrong with it. */
    static String check(String key) {
        if (key == null || key.isEmpty()) throw bad("key is missing: give the file's path in the bucket, such as "
                + "city/council.html");
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw bad("key is longer than " + MAX_BYTES + " bytes");
        }
        if (key.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\\' || Character.getType(c) == Character.FORMAT)) {
            throw bad("key holds a control character or a backslash");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !segment.strip().equals(segment)) {
                throw bad("key must be folder names and a file name separated by single slashes, none of them empty, "
                        + "\".\" or \"..\" or with spaces around it, not \"" + Params.shorten(key) + "\"");
            }
        }
        if (FormatSniffer.byFileName(key) == null) {
            throw bad("key must end in .html, .htm, .xhtml, .md, .markdown, .json, .txt or .text (the formats the "
                    + "parser reads), not \"" + Params.shorten(key) + "\"");
        }
        return key;
    }

    private static ApiException bad(String detail) {
        return ApiException.badParameter(detail);
    }
}
