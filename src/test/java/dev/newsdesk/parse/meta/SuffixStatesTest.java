package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carrotsearch.labs.langid.Model;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking a state up by the last bytes finds the state langid's automaton steps to, byte for byte. */
class SuffixStatesTest {

    private static final String ALPHABET = "etaoin shrd";

    @Test
    void findsTheStateTheAutomatonStepsTo() throws ReflectiveOperationException {
        Field dsa = Model.class.getDeclaredField("dsa");
        dsa.setAccessible(true);
        short[] next = (short[]) dsa.get(Model.defaultModel());
        SuffixStates states = SuffixStates.of(next);
        Random random = new Random(14);
        for (String text : new String[] {"The council met on Tuesday.", "Der Stadtrat hat die Brücke geschlossen.",
                "Городской совет закрыл мост.", "市议会投票决定关闭这座旧桥。", "aaaa aaaaaaaa", "", "\0\0\0\0\0x"}) {
            assertSameStates(next, states, text.getBytes(StandardCharsets.UTF_8));
        }
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[200];
            // half of them any byte, half the letters of a short alphabet, so that deep states are reached too
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? random.nextInt(256) : ALPHABET.charAt(random.nextInt(11)));
            }
            assertSameStates(next, states, bytes);
        }
    }

    private static void assertSameStates(short[] next, SuffixStates states, byte[] bytes) {
        int stepped = 0;
        int lastBytes = 0;
        int depth = 0;
        for (int i = 0; i < bytes.length; i++) {
            stepped = next[stepped << 8 | bytes[i] & 0xFF] & 0xFFFF;
            lastBytes = lastBytes << 8 | bytes[i] & 0xFF;
            int found = states.after(lastBytes, depth);
            depth = states.depth(found);
            assertEquals(stepped, found, "byte " + i);
        }
    }
}
