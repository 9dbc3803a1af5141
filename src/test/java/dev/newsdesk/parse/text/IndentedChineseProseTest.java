package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Chinese paragraphs are indented by convention: the indented first line of a hard-wrapped paragraph, which ends
 * mid-sentence, is prose like the lines under it, not a menu's item.
 */
class IndentedChineseProseTest {

    @Test
    void keepsTheIndentedFirstLineOfEachHardWrappedParagraph() {
        String dump = """
                首页

                新闻

                论坛

                小镇图书馆的新生

                      小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两

                年，新馆的阅览室比原来大了一倍，孩子们可以在这里自由地看书和画画，

                老人们也有了一个安静的地方读报纸，很多人说这是小镇近年来最好的

                一件事。

                      开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉

                我们，他年轻时就常来这里借书，后来图书馆关门，他只好去城里的书店，

                现在终于又有了一个离家很近、可以安静读书的地方，他打算每天都来。

                      图书馆还打算在暑假期间为中小学生开设写作课，由本地的作家和志

                愿者轮流授课，所有课程都是免费的，报名的家长已经排到了下个月。

                版权所有
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("馆长说，这次翻修用了整整两"), body);
        assertTrue(body.contains("一位退休的老师告诉"), body);
        assertTrue(body.contains("由本地的作家和志"), body);
        assertFalse(body.contains("论坛"), body);
    }
}
