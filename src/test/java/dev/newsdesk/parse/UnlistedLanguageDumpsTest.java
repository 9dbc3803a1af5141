package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.extract.Boilerplate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text dumps of news pages in languages whose function words the parser does not list (Polish, Russian, Greek,
 * Chinese): there every sentence reads as prose, so the comment thread, the "most read" widget, the legal notice and
 * the link rows are kept out by their headings and shapes, not by the words of their prose.
 */
class UnlistedLanguageDumpsTest {

    /** A city-council story: menu, headline, dateline, four paragraphs with a teaser and an ad between, tags,
     * readers' comments, "most read", the legal notice. */
    private static final String PL_PAGE = """
            Strona główna

            Wiadomości

            Kraj

            Świat

            Sport

            Zaloguj się

            Rada miasta przyjęła budżet na przyszły rok

            12 marca 2017, 14:35

            Radni w środę przyjęli budżet miasta na przyszły rok, zwiększając wydatki na edukację i remonty dróg niemal o jedną trzecią.

            Jak poinformował przewodniczący komisji budżetowej, większość dodatkowych pieniędzy trafi na budowę dwóch nowych szkół w północnych dzielnicach, gdzie w ciągu ostatnich pięciu lat liczba dzieci wzrosła dwukrotnie.

            Czytaj także: Prezydent miasta obiecał wyremontować wszystkie mosty do końca roku

            REKLAMA

            Opozycja głosowała przeciw, wskazując, że dochody budżetu oszacowano zbyt optymistycznie. Według jednego z radnych wpływy z podatków w ubiegłym roku były o dwanaście procent niższe od planu.

            Ostateczna decyzja o podziale środków między dzielnice zapadnie wiosną, po konsultacjach społecznych, na które zaproszeni są wszyscy mieszkańcy.

            Tagi: budżet, rada miasta, szkoły

            Komentarze (3)

            Jan Kowalski, 12 marca 2017

            Wreszcie zbudują szkoły, najwyższy czas. Mój syn jeździ do szkoły na drugi koniec miasta, codziennie godzinę autobusem.

            Maria, 12 marca 2017

            Znowu obietnice. W zeszłym roku też obiecywali wyremontować drogi, a nic nie zrobili, dziury są na każdym rogu.

            Najczęściej czytane

            W centrum miasta otwarto nowy park z fontannami i placami zabaw

            Policja zatrzymała podejrzanych o serię kradzieży ze sklepów

            © 2017 Wiadomości Miejskie. Wszelkie prawa zastrzeżone. Kopiowanie materiałów bez pisemnej zgody redakcji jest zabronione i może skutkować odpowiedzialnością prawną.""";

    private static final String RU_PAGE = """
            Главная

            Новости

            Политика

            Экономика

            Спорт

            Войти

            Городской совет утвердил новый бюджет на следующий год

            12 марта 2017, 14:35

            Депутаты городского совета в среду утвердили бюджет города на следующий год, увеличив расходы на образование и ремонт дорог почти на треть.

            Как сообщил председатель бюджетной комиссии, основная часть дополнительных средств пойдет на строительство двух новых школ в северных районах, где за последние пять лет число детей выросло вдвое.

            Читайте также: Мэр пообещал отремонтировать все мосты до конца года

            Реклама

            Оппозиция голосовала против, указывая, что доходы бюджета рассчитаны слишком оптимистично. По словам одного из депутатов, налоговые поступления в прошлом году оказались на двенадцать процентов ниже плана.

            Окончательное решение о распределении средств между районами будет принято весной, после публичных слушаний, на которые приглашены все жители.

            Теги: бюджет, городской совет, школы

            Комментарии (3)

            Иван Петров, 12 марта 2017

            Наконец-то построят школы, давно пора. Мой сын ходит в школу на другом конце города, каждый день по часу в автобусе.

            Мария, 12 марта 2017

            Опять обещания. В прошлом году тоже обещали отремонтировать дороги, а ничего так и не сделали, ямы на каждом углу.

            Самое читаемое

            В центре города открылся новый парк с фонтанами и детскими площадками

            Полиция задержала подозреваемых в серии краж из магазинов

            © 2017 Городские новости. Все права защищены. Использование материалов сайта допускается только с письменного разрешения редакции и при наличии активной ссылки на источник.""";

    private static final String EL_PAGE = """
            Αρχική

            Ειδήσεις

            Πολιτική

            Οικονομία

            Αθλητισμός

            Σύνδεση

            Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό του επόμενου έτους

            12 Μαρτίου 2017, 14:35

            Οι δημοτικοί σύμβουλοι ενέκριναν την Τετάρτη τον προϋπολογισμό της πόλης για το επόμενο έτος, αυξάνοντας τις δαπάνες για την εκπαίδευση και την επισκευή δρόμων σχεδόν κατά ένα τρίτο.

            Όπως ανέφερε ο πρόεδρος της επιτροπής οικονομικών, το μεγαλύτερο μέρος των επιπλέον χρημάτων θα διατεθεί για την κατασκευή δύο νέων σχολείων στις βόρειες συνοικίες, όπου ο αριθμός των παιδιών διπλασιάστηκε τα τελευταία πέντε χρόνια.

            Διαβάστε επίσης: Ο δήμαρχος υποσχέθηκε να επισκευάσει όλες τις γέφυρες έως το τέλος του έτους

            Διαφήμιση

            Η αντιπολίτευση καταψήφισε, υποστηρίζοντας ότι τα έσοδα υπολογίστηκαν υπερβολικά αισιόδοξα. Σύμφωνα με έναν σύμβουλο, τα φορολογικά έσοδα πέρυσι ήταν δώδεκα τοις εκατό χαμηλότερα από τον στόχο.

            Η τελική απόφαση για την κατανομή των χρημάτων στις συνοικίες θα ληφθεί την άνοιξη, μετά από δημόσια διαβούλευση στην οποία καλούνται όλοι οι κάτοικοι.

            Ετικέτες: προϋπολογισμός, δημοτικό συμβούλιο, σχολεία

            Σχόλια (3)

            Γιάννης Παπαδόπουλος, 12 Μαρτίου 2017

            Επιτέλους θα χτιστούν σχολεία, ήταν καιρός. Ο γιος μου πηγαίνει σχολείο στην άλλη άκρη της πόλης, μία ώρα με το λεωφορείο κάθε μέρα.

            Μαρία, 12 Μαρτίου 2017

            Πάλι υποσχέσεις. Πέρυσι υπόσχονταν επίσης να φτιάξουν τους δρόμους, αλλά δεν έγινε τίποτα, λακκούβες σε κάθε γωνία.

            Τα πιο δημοφιλή

            Νέο πάρκο με σιντριβάνια και παιδικές χαρές άνοιξε στο κέντρο της πόλης

            Η αστυνομία συνέλαβε υπόπτους για σειρά κλοπών από καταστήματα

            © 2017 Δημοτικά Νέα. Με την επιφύλαξη παντός δικαιώματος. Απαγορεύεται η αναδημοσίευση του περιεχομένου χωρίς γραπτή άδεια της σύνταξης και χωρίς ενεργό σύνδεσμο προς την πηγή.""";

    private static final String ZH_PAGE = """
            首页

            新闻

            国内

            国际

            体育

            登录

            市议会通过明年预算

            2017年03月12日 14:35 来源：城市日报

            市议会周三通过了明年的城市预算，教育和道路维修支出增加了近三分之一。

            预算委员会主席表示，新增资金的大部分将用于在北部城区建设两所新学校，过去五年那里的儿童人数翻了一番。

            相关阅读：市长承诺年底前修好所有桥梁

            广告

            反对派投了反对票，认为预算收入估计过于乐观。一位议员说，去年的税收比计划低了百分之十二。

            各区之间资金分配的最终决定将在春季公开听证会之后作出，所有居民都被邀请参加。

            责任编辑：王明

            网友评论

            张伟 2017年03月12日

            终于要建学校了，早就该建了。我儿子每天坐一个小时的公交车去城市另一头上学。

            李娜 2017年03月12日

            又是承诺。去年也说要修路，结果什么都没做，到处都是坑。

            热门新闻

            市中心新公园开放 设有喷泉和儿童游乐场

            警方抓获一伙涉嫌多次商店盗窃的嫌疑人

            关于我们 | 联系我们 | 广告服务 | 网站地图 | 法律声明 | 招聘信息 | 意见反馈

            版权所有 © 2017 城市日报社 未经书面授权禁止转载或建立镜像，违者依法追究法律责任。""";

    /** Each page's four paragraphs are its blocks 8, 9, 12 and 13 (a teaser and an ad between). */
    @ParameterizedTest
    @ValueSource(strings = {PL_PAGE, RU_PAGE, EL_PAGE, ZH_PAGE})
    void aDumpIsItsArticleWithoutCommentsWidgetsOrLegalNotice(String page) throws Exception {
        assertArticle(page, 8, 9, 12, 13);
    }

    @Test
    void recognisesCommentAndWidgetHeadingsInEachLanguageButNotASentenceAboutComments() {
        for (String heading : List.of("Komentarze (3)", "Dodaj komentarz", "Najczęściej czytane", "Комментарии (12)",
                "Оставить комментарий", "Самое читаемое", "Σχόλια", "Τα πιο δημοφιλή", "Σχετικά άρθρα", "网友评论",
                "发表评论", "热门新闻")) {
            assertTrue(Boilerplate.endsArticle(heading), heading);
        }
        // "See also" heads a teaser set inside the article, which goes on under it: a teaser line, not a wall.
        for (String teaser : List.of("Czytaj także: Nowy most otwarty", "Читайте также: Новый мост открыт",
                "Διαβάστε επίσης: Άνοιξε η νέα γέφυρα", "相关阅读：新桥开通")) {
            assertFalse(Boilerplate.endsArticle(teaser), teaser);
            assertTrue(Boilerplate.teaserHeadline(teaser) != null, teaser);
        }
        for (String line : List.of("Rzecznik ratusza odmówił komentarza.", "Мэрия отказалась от комментариев.",
                "Ο δήμαρχος αρνήθηκε να σχολιάσει.", "市政府拒绝发表评论。")) {
            assertFalse(Boilerplate.endsArticle(line), line);
        }
    }

    @Test
    void aCommentarySubheadingInsideTheArticleIsNoWall() throws Exception {
        for (String page : List.of(PL_PAGE, RU_PAGE, EL_PAGE)) {
            String[] blocks = page.split("\n\n");
            String subheading = page == PL_PAGE ? "Komentarz" : page == RU_PAGE ? "Комментарий" : "Σχόλιο";
            String dump = String.join("\n\n", blocks[6], blocks[8], blocks[9], subheading, blocks[12], blocks[13]);
            assertTrue(parse(dump, "page.txt").body().endsWith(blocks[13]), subheading);
        }
    }

    @Test
    void aLegalNoticeRightUnderTheArticleIsChromeInAnyLanguageAndAtAnyLength() throws Exception {
        String[] blocks = RU_PAGE.split("\n\n");
        String notice = blocks[blocks.length - 1];
        String page = String.join("\n\n", blocks[6], blocks[8], blocks[9], blocks[12], blocks[13], notice);
        assertFalse(parse(page, "page.txt").body().contains("2017"), "the notice was kept");
        assertTrue(Boilerplate.isCopyrightNotice(notice));
        assertTrue(Boilerplate.isCopyrightNotice("Городские новости © 2005–2017. " + blocks[13]));
        assertTrue(Boilerplate.isCopyrightNotice("Copyright 2017 Example Media. " + blocks[13]));
        for (String paragraph : List.of("Copyright holders say the new rules came too late for them.",
                "(c) the third condition, added in 2019, applies to every contract.", blocks[13])) {
            assertFalse(Boilerplate.isCopyrightNotice(paragraph), paragraph);
        }
    }

    @Test
    void aRowOfLinkNamesIsChromeWhetherBarsOrInChineseSpacesSetItsItemsApart() throws Exception {
        String row = "首页 新闻 国内 国际 体育 财经 科技 娱乐 汽车 房产 教育 健康 旅游 文化 军事";
        String[] blocks = ZH_PAGE.split("\n\n");
        String page = String.join("\n\n", blocks[6], blocks[8], blocks[9], blocks[12], blocks[13], row);
        assertEquals(String.join("\n\n", blocks[8], blocks[9], blocks[12], blocks[13]), parse(page, "page.txt").body());
        assertTrue(Boilerplate.isLinkRow(row));
        assertTrue(Boilerplate.isLinkRow(blocks[blocks.length - 2]));
        assertTrue(Boilerplate.isLinkRow("About us | Contact | Advertise | Privacy policy | Terms of use | Careers"));
        for (String text : List.of(blocks[8], "市中心新公园开放 设有喷泉和儿童游乐场", "他说 iPhone 手机今年的销量比去年增加了百分之二十，超过了预期。",
                "La col·lecció del museu es va ampliar l'any passat amb peces de tot el país.")) {
            assertFalse(Boilerplate.isLinkRow(text), text);
        }
    }

    /** Asserts that the dump {@code page} reads as its blocks {@code paragraphs} (counted from 0), nothing else. */
    private static void assertArticle(String page, int... paragraphs) throws Exception {
        String[] blocks = page.split("\n\n");
        StringBuilder expected = new StringBuilder();
        for (int p : paragraphs) expected.append(expected.isEmpty() ? "" : "\n\n").append(blocks[p]);
        ArticleContent a = parse(page, "page.txt");
        assertEquals(blocks[6], a.title());
        assertEquals(expected.toString(), a.body());
    }
}
