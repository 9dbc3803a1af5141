package dev.newsdesk.parse.input;

import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.RejectedFileException.Reason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. Order of trust: a byte-order mark or UTF-16's zero bytes ({@link Utf16}), which no
 * declaration overrules, then the charset the upload declares when the bytes bear it out ({@link DeclaredCharset}),
 * then valid UTF-8 (a file that decodes as UTF-8 is almost never anything else), then an HTML {@code <meta charset>},
 * then the Chinese, Japanese or Korean charset the bytes read as ({@link EastAsianCharset}), then the single-byte code page
 * whose reading gives the likeliest words ({@link SingleByteCharset}; Windows-1252, the superset of ISO-8859-1, when
 * none reads better).
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);
    /** The first bytes of a page searched for a meta charset wherever it stands, as browsers pre-scan a page. */
    private static final int META_PRESCAN_BYTES = 4_096;
    /**
     * How far a long head is searched: when a meta charset comes later in the head browsers read the page again in
     * it. A head that runs past 64 KB is scripts only.
     */
    private static final int META_SCAN_BYTES = 64 * 1024;
    private static final Pattern BODY = Pattern.compile("<body", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /**
     * The charset of {@code bytes}, told without decoding them. A UTF-16 file that is not whole code units, with or
     * without a byte-order mark, is refused.
     */
    public static Charset detect(byte[] bytes) throws RejectedFileException {
        return detect(bytes, null);
    }

    /**
     * The charset of {@code bytes}, with {@code declaredLabel} the name of the charset the upload came with (null:
     * none; a name {@link CharsetLabel} does not resolve is no declaration).
     */
    public static Charset detect(byte[] bytes, String declaredLabel) throws RejectedFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        Charset utf16 = Utf16.of(bytes); // before UTF-8, which UTF-16's ASCII and zero bytes also are
        if (utf16 != null) {
            if (bytes.length % 2 != 0) {
                // An upload cut short, with or without a byte-order mark: told as UTF-16, not as binary data.
                throw new RejectedFileException(Reason.UNREADABLE_ENCODING,
                        "the file is UTF-16 but has an odd number of bytes: it was cut short or a byte added");
            }
            return utf16;
        }
        if (declaredLabel != null) {
            CharsetVerdict verdict = DeclaredCharset.judge(bytes, declaredLabel);
            if (verdict.obeyed()) return verdict.readIn();
        }
        if (Utf8.isValid(bytes)) return StandardCharsets.UTF_8;
        Charset meta = declaredCharset(bytes);
        if (meta != null && !meta.equals(StandardCharsets.UTF_8)) return meta;
        byte[] prose = ProseSample.of(bytes);
        Charset eastAsian = EastAsianCharset.guess(prose);
        if (eastAsian != null) return eastAsian;
        // A UTF-8 file with a few broken bytes (a truncated paste): as Windows-1252 every accent would turn into
        // mojibake ("Ã©"); as UTF-8 only the broken bytes become U+FFFD.
        if (mostlyUtf8(bytes)) return StandardCharsets.UTF_8;
        return SingleByteCharset.guess(prose);
    }

    /** What becomes of the charset {@code declaredLabel} names on {@code bytes}, for the editor who declared it. */
    public static CharsetVerdict verdict(byte[] bytes, String declaredLabel) {
        return DeclaredCharset.judge(bytes, declaredLabel);
    }

    /** The length of the byte-order mark that starts {@code bytes}, 0 when there is none. */
    public static int bomLength(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return 3;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) return 2;
        return 0;
    }

    /** All of {@code bytes} as text in {@code charset} (found by {@link #detect}), byte-order mark left out. */
    public static String decode(byte[] bytes, Charset charset) throws RejectedFileException {
        int bom = bomLength(bytes);
        if (Utf16.is(charset)) {
            String text = strict(bytes, bom, charset);
            if (text == null) {
                throw new RejectedFileException(Reason.UNREADABLE_ENCODING, "the file is not valid UTF-16");
            }
            return text;
        }
        return lenient(bytes, bom, charset);
    }

    /** The first {@code maxBytes} of {@code bytes} as text, enough to tell the format. */
    public static String head(byte[] bytes, Charset charset, int maxBytes) {
        int bom = bomLength(bytes);
        int len = Math.min(bytes.length - bom, maxBytes);
        if (Utf16.is(charset) && len % 2 != 0) {
            len--;
        }
        return new String(bytes, bom, len, charset);
    }

    /**
     * True when well-formed UTF-8 multi-byte sequences outnumber the stray high bytes. Latin-1 text almost
     * never holds a well-formed sequence (it would take "Ã©"-like pairs), so it stays Windows-1252.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int sequences = 0;
        int stray = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean wellFormed = length > 0 && i + length <= bytes.length;
            for (int k = 1; wellFormed && k < length; k++) {
                wellFormed = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (wellFormed) {
                sequences++;
                i += length;
            } else {
                stray++;
                i++;
            }
        }
        return sequences > 0 && stray <= sequences;
    }

    /** The charset an HTML file declares in its head, or null. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher body = BODY.matcher(head);
        // the pre-scanned bytes whatever they hold, then the head up to the body
        int cut = body.find() ? Math.max(body.start(), Math.min(head.length(), META_PRESCAN_BYTES)) : head.length();
        head = head.substring(0, cut);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        Charset declared = CharsetLabel.resolve(m.group(1));
        // A page that says UTF-16 in a meta is not (its meta would be zero bytes apart): browsers ignore it too.
        return declared == null || Utf16.is(declared) ? null : declared;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
