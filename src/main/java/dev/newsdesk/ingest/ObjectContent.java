package dev.newsdesk.ingest;

import java.util.Locale;

/**
 * An uploaded object as the parser gets it: its bytes, and the charset its Content-Type names (null: none), which
 * is how an editor who knows the file's encoding says it ({@code aws s3 cp --content-type "text/plain;
 * charset=windows-1251"}).
 */
record ObjectContent(byte[] bytes, String charset) {

    /** The object's {@code bytes} with the charset parameter of {@code contentType} (null or without one: none). */
    static ObjectContent of(byte[] bytes, String contentType) {
        return new ObjectContent(bytes, charsetOf(contentType));
    }

    /** The value of the {@code charset} parameter of a Content-Type, unquoted, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) return null;
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0 || !parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("charset")) {
                continue;
            }
            String value = parameter.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).strip();
            }
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
