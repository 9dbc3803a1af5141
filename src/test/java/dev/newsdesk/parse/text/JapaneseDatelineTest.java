package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * A Japanese news dump dates its story on a line of its own, the year first ("2024年5月14日 18時05分"): that line is
 * the story's date, not a paragraph, though it has no spaces to count its words by.
 */
class JapaneseDatelineTest {

    private static final String DUMP = """
            ホーム
            ニュース
            経済
            スポーツ

            市立図書館、来月から夜間開館を始める

            2024年5月14日 18時05分

            市は十四日、市立図書館の開館時間を来月から午後九時まで延ばすと発表した。仕事帰りの市民からの要望が\
            多かったためで、平日の利用者は二割ほど増えると見込んでいる。

            図書館によると、夜間は貸し出しと返却の窓口を一つに絞り、職員二人で対応する。自習室も同じ時間まで\
            使えるようにする。

            館長は「学生や働く人がもっと気軽に本に触れられるようにしたい」と話した。市は秋までに利用状況を調べ、\
            土曜日の延長も検討する。

            このページの先頭へ
            利用規約
            お問い合わせ
            """;

    @Test
    void theYearFirstDatelineDatesTheStory() {
        Draft draft = TextDumpReader.read(DUMP);
        assertEquals("市立図書館、来月から夜間開館を始める", draft.title());
        assertEquals("2024-05-14", draft.publishedAt());
        String body = DumpBody.of(draft);
        assertTrue(body.contains("土曜日の延長も検討する"), body);
        assertFalse(body.contains("18時05分"), body);
    }
}
