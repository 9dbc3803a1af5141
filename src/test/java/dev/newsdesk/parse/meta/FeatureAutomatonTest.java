package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carrotsearch.labs.langid.Model;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The compact automaton is langid-java's dense one renumbered: the same move for every state and byte. */
class FeatureAutomatonTest {

    @Test
    void movesAndCompletesAsTheDenseTableForEveryStateAndByte() {
        Model model = Model.defaultModel();
        short[] dense = LanguageModel.denseAutomaton(model);
        int[][] completed = LanguageModel.completed(model);
        FeatureAutomaton compact = LanguageModel.automaton(model);
        int states = dense.length >>> 8;
        // Pair the states breadth first; a state paired twice must be paired the same way, and no two alike.
        int[] paired = new int[states];
        Arrays.fill(paired, -1);
        boolean[] taken = new boolean[states];
        int[] queue = new int[states];
        paired[0] = FeatureAutomaton.root();
        taken[paired[0]] = true;
        int size = 1;
        for (int head = 0; head < size; head++) {
            int s = queue[head];
            for (int b = 0; b < 256; b++) {
                int t = dense[s << 8 | b] & 0xFFFF;
                int c = compact.next(paired[s], b);
                if (paired[t] < 0) {
                    assertTrue(!taken[c], "two dense states become compact state " + c);
                    paired[t] = c;
                    taken[c] = true;
                    queue[size++] = t;
                } else {
                    assertEquals(paired[t], c, "state " + s + " byte " + b);
                }
            }
        }
        assertEquals(states, size);
        for (int s = 0; s < states; s++) {
            int[] expected = completed[s] == null ? new int[0] : completed[s];
            int[] actual = new int[compact.featureCount(paired[s])];
            for (int i = 0; i < actual.length; i++) actual[i] = compact.feature(paired[s], i);
            assertArrayEquals(expected, actual, "features of state " + s);
        }
    }
}
