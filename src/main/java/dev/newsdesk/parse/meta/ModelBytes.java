package dev.newsdesk.parse.meta;

/**
 * A text as the bytes the language model reads: UTF-8, with an unpaired surrogate (a sample cut inside a pair)
 * dropped, as langid-java's own encoder does. Encoding here into an array and handing the model that array costs
 * less than its per-byte buffer reads of a text it encodes itself.
 */
final class ModelBytes {

    private ModelBytes() {
    }

    /** Writes {@code text} into {@code out} (at least three bytes a char); returns how many bytes it wrote. */
    static int encode(CharSequence text, byte[] out) {
        int n = 0;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            }
            // else: an unpaired surrogate, which no UTF-8 can hold
        }
        return n;
    }
}
