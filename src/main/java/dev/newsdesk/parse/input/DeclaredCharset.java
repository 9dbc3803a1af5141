package dev.newsdesk.parse.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the charset an upload declares (its Content-Type's, an editor's {@code --charset}) against its bytes.
 * Browsers obey a declaration blindly; an upload's is often a tool's default rather than the editor's word (a
 * {@code charset=utf-8} added to every text file, an ISO-8859-1 default of older servers), and a wrong one would
 * turn the whole article into mojibake. So it is taken wherever the bytes allow it, which is what makes it worth
 * having (short or all-capital text, a code page whose letters read as another's), and set aside where they
 * contradict it: then the file is read as if undeclared, whole.
 */
final class DeclaredCharset {

    private DeclaredCharset() {
    }

    /** The charset to read {@code bytes} in as {@code declared} says, or null when the bytes contradict it. */
    static Charset check(byte[] bytes, Charset declared) {
        boolean utf16 = declared.equals(StandardCharsets.UTF_16LE) || declared.equals(StandardCharsets.UTF_16BE);
        if (utf16) {
            // UTF-16 writes every space, line end and Latin letter with a zero byte; a file without one is in an
            // ASCII-compatible charset. Its zeros also tell the byte order better than a bare "utf-16" does.
            if (!holdsZero(bytes)) return null;
            Charset byZeros = Utf16.of(bytes);
            if (byZeros != null) return byZeros;
            return bytes.length % 2 == 0 && decodes(bytes, declared) ? declared : null;
        }
        // an ASCII-compatible charset never writes UTF-16's zeros
        if (Utf16.of(bytes) != null) return null;
        if (declared.equals(StandardCharsets.UTF_8)) return Utf8.isValid(bytes) ? declared : null;
        // Text in another charset is well-formed UTF-8 only by accident ("Ã©" for every accent), which a few words
        // of an article make all but impossible: the declaration is the tool's, the bytes are UTF-8.
        if (holdsHighByte(bytes) && Utf8.isValid(bytes)) return null;
        // A single-byte code page reads any byte. A multi-byte charset's lead and trail bytes go by rules, and pair
        // into characters its table holds, which a file in another charset breaks within a few words.
        return declared.newEncoder().maxBytesPerChar() <= 1 || decodes(bytes, declared) ? declared : null;
    }

    /** True when every byte of {@code bytes} is part of a character of {@code charset}. */
    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean holdsZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) return true;
        }
        return false;
    }

    private static boolean holdsHighByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return true;
        }
        return false;
    }
}
