package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.FRENCH_PROSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** é, ç, « », ’ come out right whatever charset the file was saved in. */
class CharsetTest {

    private static final String TITLE = "Le député « Éric » reçoit l’élève à Noël";
    private static final String TEXT = TITLE + "\n\n" + FRENCH_PROSE;

    @Test
    void readsUtf8WithoutBom() throws Exception {
        assertAccentsSurvive(parse(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        ArticleContent a = parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)));
        assertAccentsSurvive(a);
        assertEquals(TITLE, a.title(), "no BOM character left in front of the title");
    }

    @Test
    void readsUtf16LittleEndianWithBom() throws Exception {
        assertAccentsSurvive(parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        assertAccentsSurvive(parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
        // Windows-1252 has « » é ç and the curly apostrophe (0x92), which ISO-8859-1 lacks.
        assertAccentsSurvive(parse(TEXT.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void readsIso88591AsItsWindows1252Superset() throws Exception {
        String latin1 = "Le député « Éric » reçoit l'élève à Noël\n\n" + FRENCH_PROSE.replace('’', '\'');
        ArticleContent a = parse(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Le député « Éric » reçoit l'élève à Noël", a.title());
    }

    @Test
    void followsTheHtmlMetaCharset() throws Exception {
        // ISO-8859-15 puts € at 0xA4, where Windows-1252 has ¤: only the declaration tells them apart.
        String html = "<html><head><meta charset=\"iso-8859-15\"><title>Prix</title></head><body><article>"
                + "<p>Le billet coûte désormais 12 € au lieu de 10 €, une hausse que les usagers jugent trop forte "
                + "pour un service qui ne s’améliore pas.</p>"
                + "<p>La région explique que la hausse finance l’entretien des lignes, et qu’elle restera la seule "
                + "de l’année selon le président du conseil régional.</p></article></body></html>";
        ArticleContent a = parse(html.replace('’', '\'').getBytes(Charset.forName("ISO-8859-15")));
        assertTrue(a.body().contains("12 € au lieu de 10 €"), a.body());
        assertTrue(a.body().contains("coûte désormais"), a.body());
    }

    @Test
    void readsAUtf16HtmlPageByItsByteOrderMark() throws Exception {
        String html = "<html><head><title>" + TITLE + "</title></head><body><article><h1>" + TITLE + "</h1><p>"
                + FRENCH_PROSE.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        assertAccentsSurvive(ParserTestSupport.PARSER.parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                html.getBytes(StandardCharsets.UTF_16LE)), "page.html"));
        assertAccentsSurvive(ParserTestSupport.PARSER.parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                html.getBytes(StandardCharsets.UTF_16BE)), "page.html"));
    }

    /** Invented Chinese prose, long enough to be an article. */
    private static final String CHINESE = "小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两年，"
            + "新馆的阅览室比原来大了一倍，孩子们可以在这里自由地看书和画画。\n\n"
            + "开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉我们，他年轻时就常来这里借书，"
            + "现在终于又有了一个安静读书的地方。\n\n"
            + "图书馆还打算在暑假期间为中小学生开设写作课，由本地的作家和志愿者轮流授课，所有课程都是免费的。";

    @Test
    void readsAnUndeclaredGbkPageAsChinese() throws Exception {
        // No <meta charset>: as Windows-1252 each character would become two accented letters.
        String html = "<html><head><title>小镇图书馆重新开放</title></head><body><article><h1>小镇图书馆重新开放</h1><p>"
                + CHINESE.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        ArticleContent a = ParserTestSupport.PARSER.parse(html.getBytes(Charset.forName("GBK")), "page.html");
        assertEquals("小镇图书馆重新开放", a.title());
        assertTrue(a.body().contains("馆长说，这次翻修用了整整两年"), a.body());
    }

    @Test
    void readsAnUndeclaredBig5DumpAsChinese() throws Exception {
        String traditional = "小鎮圖書館重新開放\n\n小鎮的圖書館今年春天重新開放了。館長說，這次翻修用了整整兩年，"
                + "新館的閱覽室比原來大了一倍，孩子們可以在這裡自由地看書和畫畫。\n\n"
                + "開放的第一天，不少老人一早就在門口排隊。一位退休的老師告訴我們，他年輕時就常來這裡借書，"
                + "現在終於又有了一個安靜讀書的地方。";
        ArticleContent a = parse(traditional.getBytes(Charset.forName("Big5")));
        assertEquals("小鎮圖書館重新開放", a.title());
        assertTrue(a.body().contains("館長說，這次翻修用了整整兩年"), a.body());
    }

    @Test
    void readsADeclaredGb2312PageWithGbkCharactersWhole() throws Exception {
        // 镕 and 啰 are GBK's, not GB2312's: pages that declare GB2312 use them, and browsers read them as GBK.
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>图书馆</title></head><body><article><p>" + CHINESE.replace("\n\n", "</p><p>")
                + "</p><p>工人老镕笑着说，大家啰嗦了两年，这回总算满意了。</p></article></body></html>";
        ArticleContent a = ParserTestSupport.PARSER.parse(html.getBytes(Charset.forName("GBK")), "page.html");
        assertTrue(a.body().contains("工人老镕笑着说，大家啰嗦了两年"), a.body());
    }

    private static void assertAccentsSurvive(ArticleContent a) {
        assertEquals(TITLE, a.title());
        assertTrue(a.body().contains("présenté mercredi"), a.body());
        assertTrue(a.body().contains("d’élèves"), a.body());
    }

    private static ArticleContent parse(byte[] bytes) throws RejectedFileException {
        return ParserTestSupport.PARSER.parse(bytes, "article.txt");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
