package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The legal notice a Chinese site sets under its stories stays out of a dump's body: its "no copying without
 * permission" line, and the disclaimer its heading opens ("…版权与免责声明：").
 */
class ChineseLegalNoticeTest {

    private static final String STORY = """
            首页

            新闻

            小镇图书馆重新开放

            小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两年，新馆的阅览室比原来大了一倍，\
            孩子们可以在这里自由地看书和画画。

            开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉我们，他年轻时就常来这里借书，\
            现在终于又有了一个安静读书的地方。

            """;

    @Test
    void dropsTheNoCopyingWithoutPermissionLine() {
        String body = DumpBody.of(STORY + "所有内容为小镇在线网版权所有，未经授权不得复制转载或建立镜像。\n");
        assertTrue(body.contains("安静读书的地方"), body);
        assertFalse(body.contains("未经授权"), body);
    }

    @Test
    void endsTheStoryAtTheSitesDisclaimer() {
        String body = DumpBody.of(STORY + """
                小镇在线网版权与免责声明：

                一、凡本网注明“来源：小镇在线网”的所有作品，版权均属于小镇在线网，任何媒体、网站或个人在转载\
                使用时必须注明“来源：小镇在线网”，违反上述声明者，本网将追究其相关法律责任。

                二、凡本网注明“来源：其他媒体”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网\
                赞同其观点和对其真实性负责，如有侵权请与本网联系，我们将在第一时间删除相关内容。
                """);
        assertTrue(body.contains("安静读书的地方"), body);
        assertFalse(body.contains("免责声明"), body);
        assertFalse(body.contains("追究其相关法律责任"), body);
        assertFalse(body.contains("传递更多信息"), body);
    }
}
