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
    void readsUtf16WithoutAByteOrderMark() throws Exception {
        // Some exports write UTF-16 with no mark: its zero bytes tell it, and the byte order, from binary data.
        assertAccentsSurvive(parse(TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertAccentsSurvive(parse(TEXT.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("Городской совет утвердил новый бюджет",
                parse(RUSSIAN.getBytes(StandardCharsets.UTF_16LE)).title());
        // "一" (U+4E00) puts a zero on the other side too; the spaces and line ends still outnumber it.
        String chinese = "小镇图书馆重新开放\n\n" + CHINESE + "\n\n一位老人说，一年一次的读书节又要来了。";
        assertEquals("小镇图书馆重新开放", parse(chinese.getBytes(StandardCharsets.UTF_16LE)).title());
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

    /** Invented Russian news, as an older Windows editor saved it. */
    private static final String RUSSIAN = "Городской совет утвердил новый бюджет\n\n"
            + "Городской совет в среду утвердил бюджет, который предусматривает увеличение расходов на школы и "
            + "общественный транспорт. Голосование прошло после долгих обсуждений.\n\n"
            + "По словам председателя совета, новые средства позволят отремонтировать двенадцать школ и купить "
            + "сорок новых автобусов для городских маршрутов.";

    @Test
    void readsAnUndeclaredWindows1251DumpAsRussian() throws Exception {
        // As Windows-1252 every word would be accented Latin letters: "Ãîðîäñêîé ñîâåò".
        ArticleContent a = parse(RUSSIAN.getBytes(Charset.forName("windows-1251")));
        assertEquals("Городской совет утвердил новый бюджет", a.title());
        assertTrue(a.body().contains("Голосование прошло после долгих обсуждений."), a.body());
        assertEquals("ru", a.language());
    }

    @Test
    void readsAnUndeclaredKoi8DumpAsRussian() throws Exception {
        ArticleContent a = parse(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
        assertEquals("Городской совет утвердил новый бюджет", a.title());
    }

    @Test
    void readsAnUndeclaredGreekPage() throws Exception {
        String title = "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό";
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη τον προϋπολογισμό για το επόμενο έτος, ο οποίος "
                + "προβλέπει αύξηση των δαπανών για τα σχολεία και τις συγκοινωνίες.</p>"
                + "<p>Σύμφωνα με τον πρόεδρο του συμβουλίου, τα νέα κονδύλια θα επιτρέψουν την ανακαίνιση δώδεκα "
                + "σχολείων και την αγορά σαράντα νέων λεωφορείων.</p></article></body></html>";
        ArticleContent a = ParserTestSupport.PARSER.parse(html.getBytes(Charset.forName("windows-1253")), "page.html");
        assertEquals(title, a.title());
        assertTrue(a.body().contains("τα νέα κονδύλια θα επιτρέψουν"), a.body());
    }

    @Test
    void readsAnUndeclaredPolishDumpWithItsOwnLetters() throws Exception {
        // ISO-8859-2 writes ś and ą where Windows-1250 has ¶ and ±: only the words tell which was meant.
        String polish = "Rada miasta przyjęła budżet na przyszły rok\n\n"
                + "Rada miasta w środę przyjęła budżet, który przewiduje większe wydatki na szkoły i komunikację "
                + "miejską. Głosowanie odbyło się po długiej debacie.\n\n"
                + "Według przewodniczącego rady nowe środki pozwolą wyremontować dwanaście szkół i kupić "
                + "czterdzieści nowych autobusów.";
        for (String codePage : new String[] {"ISO-8859-2", "windows-1250"}) {
            ArticleContent a = parse(polish.getBytes(Charset.forName(codePage)));
            assertEquals("Rada miasta przyjęła budżet na przyszły rok", a.title(), codePage);
            assertTrue(a.body().contains("w środę przyjęła budżet"), codePage + ": " + a.body());
        }
    }

    @Test
    void readsUndeclaredJapaneseAndKoreanDumps() throws Exception {
        String japanese = "市議会が予算案を可決\n\n市議会は水曜日、学校と公共交通への支出を増やす予算案を可決した。"
                + "市長によると、街灯の節約によって増税を避けることができたという。\n\n"
                + "野党はこの計画を楽観的すぎると批判し、独立した調査を求めている。";
        for (String codePage : new String[] {"Shift_JIS", "EUC-JP"}) {
            ArticleContent a = parse(japanese.getBytes(Charset.forName(codePage)));
            assertEquals("市議会が予算案を可決", a.title(), codePage);
        }
        String korean = "시의회, 예산안 통과\n\n시의회는 수요일 학교와 대중교통 지출을 늘리는 예산안을 통과시켰다. "
                + "시장은 가로등 절약으로 세금 인상을 피할 수 있었다고 말했다.\n\n"
                + "야당은 이 계획이 지나치게 낙관적이라고 비판하며 독립적인 조사를 요구했다.";
        assertEquals("시의회, 예산안 통과", parse(korean.getBytes(Charset.forName("EUC-KR"))).title());
    }

    @Test
    void readsAnEnglishWindows1252DumpWithCurlyQuotesAsBefore() throws Exception {
        String english = "Council approves “leaner” budget\n\nThe council’s budget – approved on Wednesday – adds "
                + "money for schools and buses, and the mayor said it would not raise taxes next year.\n\n"
                + "Critics called the plan “too hopeful” and asked for an independent review of its figures.";
        ArticleContent a = parse(english.getBytes(Charset.forName("windows-1252")));
        assertEquals("Council approves “leaner” budget", a.title());
        assertTrue(a.body().contains("The council’s budget – approved on Wednesday –"), a.body());
    }

    @Test
    void followsAMetaCharsetThatComesLateInALongHead() throws Exception {
        // Browsers read the page again when the head declares its charset after their first look.
        String script = "<script>var settings = {" + "\"key\": \"value\", ".repeat(400) + "};</script>";
        String html = "<html><head>" + script + "<meta charset=\"iso-8859-15\"><title>Prix</title></head><body>"
                + "<article><p>Le billet coûte désormais 12 € au lieu de 10 €, une hausse que les usagers jugent "
                + "trop forte pour un service qui ne s'améliore pas.</p><p>La région explique que la hausse "
                + "finance l'entretien des lignes, selon le président du conseil régional.</p></article></body></html>";
        ArticleContent a = ParserTestSupport.PARSER.parse(html.getBytes(Charset.forName("ISO-8859-15")), "page.html");
        assertTrue(a.body().contains("12 € au lieu de 10 €"), a.body());
    }

    @Test
    void followsAMetaCharsetInTheBodyOnlyWithinTheFirstBytes() throws Exception {
        // An embed's "charset=iso-8859-1" deep in the body declares the embed's text, not the page's.
        String html = "<html><head><title>Бюджет</title></head><body><p>" + RUSSIAN.replace("\n\n", "</p><p>")
                + "</p>" + "<p>Городской совет утвердил бюджет.</p>".repeat(150) // past the first 4 KB
                + "<div class=\"embed\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</div></body></html>";
        ArticleContent a = ParserTestSupport.PARSER.parse(html.getBytes(Charset.forName("windows-1251")), "page.html");
        assertEquals("Бюджет", a.title());
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
