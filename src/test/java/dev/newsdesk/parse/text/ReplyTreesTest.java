package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A forum post keeps its words, and the tree of replies listed under it, each signed "【name】08-11 17:03", goes. */
class ReplyTreesTest {

    private static final String[] REPLIES = {
        "我去年也遇到过这种事情，导游一路上都在说哪家店的东西便宜，结果回来一看全是假货，真是气死人了！",
        "谢谢楼主提醒，下个月我们全家要出去玩，我一定先把合同上的每一条都看清楚再签字。",
        "其实也不能怪所有导游，我碰到的那位就很负责任，一次也没带我们去购物，还给我们讲了很多当地的历史。",
        "建议大家出门前多上网查查别人的经验，遇到强迫购物的情况要及时向旅游部门投诉，保留好发票。",
        "同感",
    };

    @Test
    void theRepliesSignedUnderAPostAreNotItsText() {
        StringBuilder dump = new StringBuilder("旅游论坛 :: 出行经验\n\n首页 > 社区 > 旅游论坛\n\n"
                + "主题： 出门旅游要注意什么？\n\n作者：小王 时间：2006-05-02 10:11:12\n\n"
                + "跟团旅游的时候，很多导游会把大家带到指定的商店购物，因为他们可以从中拿到回扣。"
                + "所以出发之前一定要看清楚合同里写的购物次数和时间，不要听导游随便安排，遇到问题可以打电话投诉。\n\n"
                + "您是本文第 88 个阅览者\n\n| 回复线索：\n\n");
        String[] names = {"山里人", "小雨点", "老张", "旅行家", "阿明"};
        for (int i = 0; i < REPLIES.length; i++) {
            dump.append(REPLIES[i]).append("【").append(names[i]).append("】05-0").append(i + 2).append(" 1")
                    .append(i).append(":2").append(i).append(" ").append(i * 40).append("字 [1").append(i)
                    .append("2/").append(i).append("]\n\n");
        }
        String body = DumpBody.of(dump.toString());
        assertTrue(body.contains("跟团旅游的时候"), body);
        assertFalse(body.contains("假货"), body);
        assertFalse(body.contains("负责任"), body);
    }
}
