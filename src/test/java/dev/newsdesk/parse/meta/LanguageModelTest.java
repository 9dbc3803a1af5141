package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.carrotsearch.labs.langid.DetectedLanguage;
import com.carrotsearch.labs.langid.LangIdV3;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model laid out feature by feature scores a text exactly as langid-java does, float for float. */
class LanguageModelTest {

    @Test
    void scoresEveryLanguageAsLangidJavaDoes() {
        LangIdV3 langid = new LangIdV3();
        for (String text : new String[] {"The council met on Tuesday and voted to close the old bridge.",
                "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, weil sie marode ist.",
                "Городской совет во вторник проголосовал за закрытие старого моста.",
                "市议会周二投票决定关闭这座旧桥，因为它已经不安全了。", "a a a a a a a a a a", ""}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            langid.reset();
            langid.append(bytes, 0, bytes.length);
            List<DetectedLanguage> expected = langid.rank(false);
            float[] scores = LanguageModel.DEFAULT.scores(bytes, bytes.length);
            assertEquals(expected.size(), scores.length, text);
            for (int i = 0; i < scores.length; i++) {
                assertEquals(expected.get(i).langCode, LanguageModel.DEFAULT.language(i), text);
                assertEquals(Float.floatToIntBits(expected.get(i).confidence), Float.floatToIntBits(scores[i]),
                        text + " in " + expected.get(i).langCode);
            }
        }
    }
}
