package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A blog post told one stopless line under each photo keeps its lines that no space parts, set between its spaced
 * ones; a teaser's headline set amid them with its colon, or between a news story's paragraphs, which end with a full
 * stop, stays out.
 */
class StoplessLinesTest {

    /** A photo post's title and its first two lines, which a space parts. */
    private static final String OPENING = """
            山谷裡的小木屋

            清晨的山谷還籠罩在一片薄霧之中 遠處的山頭隱約可見幾戶人家的屋頂

            我們沿著溪邊的小路慢慢往上走 路旁的楓葉已經開始由綠轉黃再轉紅了

            """;

    @Test
    void aPhotoPostKeepsItsLinesWithoutASpace() {
        String dump = "首頁\n\n旅遊\n\n" + OPENING + """
                走了大約一個小時才看到那間小木屋

                主人早已在門口煮好一壺熱茶等著我們

                屋後有一片不大的菜園種著高麗菜和青蔥 主人說這些都是自己吃的從不拿去賣

                晚上大家圍著火爐聊天直到深夜 窗外的星星多得數不清讓人捨不得睡覺

                雨停之後山谷又恢復了寧靜

                隔天一早下起了小雨 我們只好收拾行李告別主人踏上回家的路
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("走了大約一個小時才看到那間小木屋"), body);
        assertTrue(body.contains("主人早已在門口煮好一壺熱茶等著我們"), body);
        assertTrue(body.contains("踏上回家的路"), body);
        assertFalse(body.contains("旅遊"), body);
    }

    @Test
    void aTeasersHeadlineWithItsColonStaysOut() {
        String dump = OPENING + """
                露營新手必看指南：選對帳篷，少走冤枉路

                屋後有一片不大的菜園種著高麗菜和青蔥 主人說這些都是自己吃的從不拿去賣

                晚上大家圍著火爐聊天直到深夜 窗外的星星多得數不清讓人捨不得睡覺
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("主人說這些都是自己吃的"), body);
        assertFalse(body.contains("少走冤枉路"), body);
    }

    @Test
    void aHeadlineBetweenAStorysParagraphsStaysOut() {
        String dump = """
                首頁

                新聞

                市議會通過橋樑維修預算

                市議會週二通過了一項新預算，將用於維修市內多座橋樑，居民多年來一直要求進行這項工程。

                工程預計明年三月開始，市長表示，工程期間將封閉部分車道，並在附近設置臨時停車場。

                颱風過後山區道路仍有多處坍方待修

                議員們表示，他們會密切關注工程進度與開支，並要求市府每季公布一次報告。

                市府表示，維修完成後將邀請居民參加通車典禮，並在橋頭設立說明牌介紹工程經過。
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("每季公布一次報告"), body);
        assertFalse(body.contains("坍方待修"), body);
    }
}
