package dev.newsdesk.parse.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the charset an upload declares (its Content-Type's, an editor's {@code --charset}) against its bytes.
 * Browsers obey a declaration blindly; an upload's is often a tool's default rather than the editor's word (a
 * {@code charset=utf-8} added to every text file, an ISO-8859-1 default of older servers), and a wrong one would
 * turn the whole article into mojibake. So it is taken wherever the bytes allow it, which is what makes it worth
 * having (short or all-capital text, a code page whose letters read as another's), and set aside where they
 * contradict it: then the file is read as if undeclared, whole (a page's own meta charset included).
 */
final class DeclaredCharset {

    /** The decoder's window: a large file is checked without a copy of its text. */
    private static final int CHUNK_CHARS = 8_192;

    private DeclaredCharset() {
    }

    /** Whether {@code bytes} are read in the charset {@code label} names, and why. */
    static CharsetVerdict judge(byte[] bytes, String label) {
        Charset declared = CharsetLabel.resolve(label);
        if (declared == null) return setAside(label, null, "no charset we read has this name");
        if (TextDecoder.bomLength(bytes) > 0) return setAside(label, declared, "a byte-order mark comes first");
        Charset utf16 = Utf16.of(bytes);
        if (Utf16.is(declared)) {
            // UTF-16 writes every space, line end and Latin letter with a zero byte, on one side of each code unit:
            // its zeros tell UTF-16 from stray NULs, and the byte order better than a bare "utf-16" does.
            return utf16 != null ? obeyed(label, declared, utf16, "its zero bytes agree")
                    : setAside(label, declared, "the bytes lack UTF-16's zeros");
        }
        // an ASCII-compatible charset never writes UTF-16's zeros
        if (utf16 != null) return setAside(label, declared, "the bytes are UTF-16");
        // UTF-8 as undeclared text is told: a few broken bytes (a truncated paste) do not make it another charset
        boolean utf8 = TextDecoder.mostlyUtf8(bytes);
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8 || Utf8.isValid(bytes) ? obeyed(label, declared, declared, "the bytes are UTF-8")
                    : setAside(label, declared, "the bytes are not UTF-8");
        }
        // Text in another charset holds well-formed UTF-8 sequences only by accident ("Ã©" for every accent), which
        // a few words of an article make all but impossible: the declaration is the tool's, the bytes are UTF-8.
        if (utf8) return setAside(label, declared, "the bytes are UTF-8");
        byte[] prose = ProseSample.of(bytes);
        if (declared.newEncoder().maxBytesPerChar() > 1) {
            // A multi-byte charset's lead and trail bytes go by rules that another charset's text breaks within a
            // few words; and where the bytes decode in several, the one they read as prose in is theirs.
            Charset readsAs = EastAsianCharset.guess(prose);
            if (readsAs != null && !readsAs.equals(declared)) {
                return setAside(label, declared, "the bytes read as " + readsAs.name());
            }
            return decodesAllButAFew(bytes, declared) ? obeyed(label, declared, declared, "the bytes decode")
                    : setAside(label, declared, "the bytes do not decode");
        }
        // A single-byte code page reads any byte: its reading is judged as the guess judges one. Capitals and
        // names still score; only a reading of symbols inside words and letters of the wrong alphabet falls below 0.
        return SingleByteCharset.score(prose, declared) >= 0 ? obeyed(label, declared, declared, "its reading is words")
                : setAside(label, declared, "its reading is not words");
    }

    /**
     * True when {@code charset} decodes {@code bytes} but for a few as the guess allows: a truncated last character
     * of a short text, one in fifty characters beyond ASCII of a longer one.
     */
    private static boolean decodesAllButAFew(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(CHUNK_CHARS);
        int undecodable = 0;
        int beyondAscii = 0;
        for (CoderResult result = CoderResult.OVERFLOW; !result.isUnderflow(); ) {
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                undecodable++;
                in.position(in.position() + result.length());
            }
            beyondAscii += drain(out);
        }
        decoder.flush(out); // a stateful decoder's last characters: a few, in the emptied window
        beyondAscii += drain(out);
        return undecodable * 50 <= Math.max(beyondAscii, 50);
    }

    /** How many characters beyond ASCII {@code out} holds; empties it. */
    private static int drain(CharBuffer out) {
        int beyondAscii = 0;
        out.flip();
        while (out.hasRemaining()) {
            if (out.get() >= 0x80) beyondAscii++;
        }
        out.clear();
        return beyondAscii;
    }

    private static CharsetVerdict obeyed(String label, Charset declared, Charset readIn, String why) {
        return new CharsetVerdict(label, declared, readIn, why);
    }

    private static CharsetVerdict setAside(String label, Charset declared, String why) {
        return new CharsetVerdict(label, declared, null, why);
    }
}
