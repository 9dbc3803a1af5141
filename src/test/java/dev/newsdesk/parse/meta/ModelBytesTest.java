package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The model reads the same bytes as from its own encoder, which ignores what UTF-8 cannot hold. */
class ModelBytesTest {

    @Test
    void encodesEveryLengthOfCharacterAsTheModelsEncoderDoes() {
        for (String s : new String[] {"", "plain ascii", "Grüße, ĳ ŋ", "Городской совет", "日本語のテキスト",
                "emoji 😀 and 𝄞 clef", "ends in a cut pair \ud83d", "\ude00 a lone low one first",
                "two highs \ud83d\ud83d\ude00 then a pair", "\u0000\u007f\u0080\u07ff\u0800\uffff"}) {
            assertArrayEquals(modelEncoder(s), ours(s), s);
        }
    }

    private static byte[] ours(String s) {
        byte[] out = new byte[s.length() * 3];
        return Arrays.copyOf(out, ModelBytes.encode(s, out));
    }

    /** What langid-java does with a text: its encoder ignores malformed input. */
    private static byte[] modelEncoder(String s) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
        ByteBuffer out = ByteBuffer.allocate(s.length() * 4 + 4);
        encoder.encode(CharBuffer.wrap(s), out, true);
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }
}
