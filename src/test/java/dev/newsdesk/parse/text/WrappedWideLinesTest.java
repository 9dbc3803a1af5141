package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Chinese or Japanese text hard-wrapped with a blank line under every line: its lines are measured in columns (an
 * ideograph takes two), so a width of 34 characters reads as a wrapped text's, and a full line that stops inside a
 * sentence runs on past the blank line, with no space, as the paragraph it is.
 */
class WrappedWideLinesTest {

    private static final String CHINESE = """
            小镇图书馆的新生

            小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两年，新

            馆的阅览室比原来大了一倍，孩子们可以在这里自由地看书和画画，老人们

            也有了一个安静的地方读报纸，很多人说这是小镇近年来最好的一件事。

            开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉我们，他

            年轻时就常来这里借书，后来图书馆关门，他只好去城里的书店，现在终于

            又有了一个离家很近、可以安静读书的地方，他打算以后每天都来这里。

            图书馆还打算在暑假期间为中小学生开设写作课，由本地的作家和志愿者轮

            流授课，所有课程都是免费的，报名的家长已经排到了下个月，名额不多。

            """;

    private static final String JAPANESE = """
            町の図書館が新しくなりました

            町の図書館が今年の春に新しくなりました。館長によると、工事には二年か

            かり、新しい閲覧室は前の二倍の広さになったそうです。子どもたちはここ

            で自由に本を読んだり絵を描いたりすることができるようになりました。

            開館の日には、朝早くから多くのお年寄りが入り口の前に並びました。元先

            生の男性は、若いころからこの図書館で本を借りていたと話していました。

            """;

    @Test
    void aChineseParagraphWrappedPastBlankLinesReadsAsOne() {
        String body = DumpBody.of(CHINESE);
        assertTrue(body.contains("整整两年，新馆的阅览室"), body);
        assertTrue(body.contains("老人们也有了一个安静的地方"), body);
        assertTrue(body.contains("一件事。\n\n开放的第一天"), body);
    }

    @Test
    void aJapaneseParagraphWrappedPastBlankLinesReadsAsOne() {
        String body = DumpBody.of(JAPANESE);
        assertTrue(body.contains("工事には二年かかり、"), body);
        assertTrue(body.contains("ようになりました。\n\n開館の日"), body);
    }

    @Test
    void headlinesOfAFewLengthsAreNoWrappedText() {
        String dump = """
                図書館の新しい閲覧室が来月から夜九時まで開くことになりました

                駅前の商店街で週末に古本市

                川沿いの桜並木で今年も夜のライトアップが始まり多くの人が訪れる

                市民プールの改修工事が終わって夏休み前に再開へ

                小学校の給食に地元でとれた野菜を使う取り組みが広がっています
                """;
        List<Candidate> blocks = TextBlocks.split(dump);
        assertEquals(5, blocks.size(), blocks.toString());
    }

    @Test
    void aChineseLineOverALowerCaseLatinLineIsNoBrokenSentence() {
        List<Candidate> blocks = TextBlocks.split("中文网\n\ntoday's paper\n");
        assertEquals(2, blocks.size(), blocks.toString());
    }

    @Test
    void aLatinTextIsMeasuredAsBefore() {
        String dump = """
                The town library reopened this spring after two years of work, and the new

                reading room is twice as large as the old one, with space for children to

                read and draw and a quiet corner where older readers can go through the papers.
                """;
        List<Candidate> blocks = TextBlocks.split(dump);
        assertEquals(1, blocks.size(), blocks.toString());
        assertFalse(blocks.get(0).text().contains("newreading"), blocks.get(0).text());
    }
}
