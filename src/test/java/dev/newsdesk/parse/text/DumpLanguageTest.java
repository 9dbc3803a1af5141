package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/** The language of a dump is its article's, even under a long blurb in another language. */
class DumpLanguageTest {

    /** A sidebar in English above a German story: longer than what the language detector reads. */
    private static final String ENGLISH_SIDEBAR = """
            About this blog

            This is a small blog about travel, food and the people we meet on the road, written by two friends who \
            have been walking across the south of Europe every summer since they finished school many years ago.

            We take all of the photos ourselves and we never accept money from hotels or restaurants for the things \
            that we write about them, so if you like what you read here, please tell your friends about the blog.

            If you would like to write to us about a trip of your own, or if you have found a mistake in one of the \
            posts, you can reach us by the contact form, and we will answer as soon as we are back from the road.

            """;

    private static final String GERMAN_STORY = """
            Eine Woche in Málaga

            Wer Málaga nur vom Flughafen kennt, hat die Stadt noch nicht gesehen: Zwischen der Kathedrale und dem \
            Hafen liegen enge Gassen, in denen man am Abend die besten Tapas der ganzen Küste bekommt, und das zu \
            Preisen, die man in den Orten am Strand schon lange nicht mehr findet.

            Am zweiten Tag sind wir auf die Burg über der Stadt gestiegen. Der Weg ist steil und im Sommer sehr \
            heiß, aber von oben sieht man über den Hafen, die Stierkampfarena und an klaren Tagen bis nach Afrika.

            Für die Rückfahrt haben wir den Zug genommen, der in einer knappen Stunde an der Küste entlang fährt, \
            und wir waren uns einig, dass wir im nächsten Jahr wieder kommen und dann länger bleiben werden.

            Das Museum in der Altstadt zeigt die Bilder des Malers, der in der Stadt geboren wurde, und es lohnt \
            sich, früh am Morgen zu kommen, weil die Schlange vor der Kasse am Mittag oft bis auf die Straße reicht \
            und die Säle dann so voll sind, dass man die kleinen Bilder an den Wänden kaum noch sehen kann.

            Am Abend sind wir über den Markt gegangen, auf dem die Fischer ihren Fang verkaufen, und haben in einer \
            kleinen Bar am Rand des Marktes gegessen, in der es keine Karte gibt und in der man nimmt, was der Koch \
            an diesem Tag gekocht hat, und das war an jedem Abend besser als in den Lokalen, die wir vorher kannten.
            """;

    @Test
    void aGermanStoryUnderALongEnglishSidebarIsReadAsGerman() {
        Draft d = TextDumpReader.read(ENGLISH_SIDEBAR + GERMAN_STORY);
        assertEquals("de", d.language());
        String body = DumpBody.of(d);
        assertTrue(body.contains("die Stierkampfarena"), body);
    }

    /** A tag cloud of names and places, longer than any paragraph: it reads as no language in particular. */
    private static final String TAG_CLOUD = "Tags: " + "Bahia Candomblé Capoeira Salvador Lisboa Porto Recife Olinda "
            .repeat(12) + "\n\n";

    @Test
    void aGermanStoryUnderAnEnglishBlurbAndOverALongerTagCloudIsReadAsGerman() {
        String blurb = "Casino bonus\n\n" + ENGLISH_SIDEBAR.substring(ENGLISH_SIDEBAR.indexOf("This is"),
                ENGLISH_SIDEBAR.indexOf("We take")) + ENGLISH_SIDEBAR.substring(ENGLISH_SIDEBAR.indexOf("If you"));
        Draft d = TextDumpReader.read(blurb + GERMAN_STORY + "\n\n" + TAG_CLOUD);
        assertEquals("de", d.language());
        assertTrue(DumpBody.of(d).contains("die Stierkampfarena"), DumpBody.of(d));
    }

    @Test
    void anEnglishStoryIsStillReadAsEnglish() {
        assertEquals("en", TextDumpReader.read(ENGLISH_SIDEBAR).language());
    }

    @Test
    void aDumpOfOnlyShortLinesHasALanguageOrNone() {
        Draft d = TextDumpReader.read("Home\n\nNews\n\n\u200b\n\nKontakt\n");
        assertTrue(d.language() == null || d.language().length() == 2, String.valueOf(d.language()));
    }

    @Test
    void aParagraphOfSentencesInAScriptWithoutCapitalsIsOneThoughItClosesOnACredit() {
        assertTrue(DumpLanguage.isSentences("नगर निगम ने नया पुस्तकालय खोला। मरम्मत का काम दो साल तक चला। "
                + "फोटो: नगर समाचार"));
        assertTrue(DumpLanguage.isSentences("افتتحت البلدية مكتبة جديدة. فهل ستجذب الشباب؟ تصوير: صحيفة المدينة"));
        assertFalse(DumpLanguage.isSentences("Tags: U.S. politics J. Doe Berlin Lisboa Porto"));
    }

    @Test
    void aChineseParagraphOfSentencesIsOneThoughNoSpaceFollowsItsStops() {
        assertTrue(DumpLanguage.isSentences("市政府昨天宣布新图书馆正式开放。修缮工程持续了两年！"
                + "馆内有多少本书？图片：城市新闻"));
        assertTrue(DumpLanguage.isSentences("市は新しい図書館を開いた。工事は二年続いた。写真：市民新聞"));
    }

    /** A programme of short Chinese lines whose only long blocks are talks' English titles and speakers' names. */
    private static final String CHINESE_PROGRAMME = """
            第一届城市交通研讨会日程

            地点：市图书馆三楼报告厅

            上午九点 开幕式

            主持人：交通学院院长 王明教授

            上午十点 主题演讲

            Anna Berg, Tomas Lind and Peter Holm (Northern Institute of Transport) Road Pricing and Urban Congestion:             Evidence from Three Cities

            Maria Costa (城市大学) Cycling Lanes and Commuter Choice: A Panel Study of Medium Cities in Europe

            上午十一点 茶歇

            下午两点 分组讨论

            第一组：公共交通票价与补贴

            第二组：停车管理与收费标准

            第三组：城市道路规划与建设

            第四组：地铁线路与车站设计

            第五组：出租车与网约车管理

            下午三点半 各组代表汇报讨论结果

            下午四点 闭幕式

            主持人：研讨会秘书长 李华教授

            颁发优秀论文奖并宣布下届会议地点

            晚上六点 欢迎晚宴

            地点：学校第二食堂
            """;

    @Test
    void aDumpOfShortChineseLinesUnderLongEnglishTitlesIsReadAsChinese() {
        assertEquals("zh", TextDumpReader.read(CHINESE_PROGRAMME).language());
    }
}
