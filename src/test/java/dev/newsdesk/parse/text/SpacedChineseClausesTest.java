package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Informal Chinese writes a space for a comma: a blog post of one line under each photo, no stop anywhere, is prose
 * when spaces part long clauses; a menu whose names a space parts, or a licence line with its numbers, is not.
 */
class SpacedChineseClausesTest {

    @Test
    void readsLinesOfSpacedClausesAsTheStory() {
        String dump = """
                首頁

                旅遊

                美食

                外交部 國防部 教育部 科學技術部 工業和信息化部 民政部 司法部 財政部 交通運輸部 文化和旅遊部

                山谷裡的小木屋

                清晨的山谷還籠罩在一片薄霧之中 遠處的山頭隱約可見幾戶人家的屋頂

                我們沿著溪邊的小路慢慢往上走 路旁的楓葉已經開始由綠轉黃再轉紅了

                走了大約一個小時才看到那間小木屋 主人早已在門口煮好一壺熱茶等著我們

                屋後有一片不大的菜園種著高麗菜和青蔥 主人說這些都是自己吃的從不拿去賣

                晚上大家圍著火爐聊天直到深夜 窗外的星星多得數不清讓人捨不得睡覺

                隔天一早下起了小雨 我們只好收拾行李告別主人踏上回家的路

                網站許可證32120170004號 視聽節目許可證1008318號 廣播電視節目製作經營許可證
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("清晨的山谷還籠罩在一片薄霧之中"), body);
        assertTrue(body.contains("踏上回家的路"), body);
        assertFalse(body.contains("國防部"), body);
        assertFalse(body.contains("許可證"), body);
    }
}
