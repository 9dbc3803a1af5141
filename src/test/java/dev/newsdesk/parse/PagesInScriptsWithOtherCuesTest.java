package dev.newsdesk.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.meta.Words;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages in scripts whose words and dates give other cues than Latin ones: Thai puts no space between words, and
 * Hebrew, Hindi and Persian name the month in words the month list does not hold.
 */
class PagesInScriptsWithOtherCuesTest {

    private static ArticleContent parse(String page, String name) throws Exception {
        return ParserTestSupport.PARSER.parse(page.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void readsAThaiStoryWhoseWordsHaveNoSpaceBetweenThem() throws Exception {
        String first = "สภาเมืองได้อนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายที่ยาวนาน"
                + " เจ้าหน้าที่กล่าวว่าเงินจำนวนนี้จะถูกใช้ซื้อรถโดยสารและรถรางใหม่ในอีกสามปีข้างหน้า";
        String second = "สมาชิกฝ่ายค้านวิจารณ์การตัดสินใจครั้งนี้และบอกว่ามีราคาแพงเกินไป"
                + " มีผู้ใช้ระบบขนส่งสาธารณะในเมืองประมาณ 40,000 คนทุกวัน";
        ArticleContent a = parse("<html><body><nav><a href=\"/\">หน้าแรก</a> <a href=\"/news\">ข่าว</a></nav>"
                + "<article><h1>สภาเมืองอนุมัติงบประมาณใหม่สำหรับระบบขนส่งสาธารณะ</h1>"
                + "<p>" + first + "</p><p>" + second + "</p></article>"
                + "<footer>© 2026 ข่าวเมือง สงวนลิขสิทธิ์</footer></body></html>", "th.html");
        assertEquals(first + "\n\n" + second, a.body());
        assertEquals("th", a.language());
        assertEquals(Words.count(a.body()), a.wordCount(), "a short body is counted as a long one is");
    }

    @Test
    void takesTheHeadlineOverABylineDatedInHebrewNotTheByline() throws Exception {
        String headline = "בית ספר מקומי זכה בפרס לאומי במדע";
        String first = "תושבי הפרברים מתלוננים זה מכבר על קווים איטיים וצפופים."
                + " כ-40 אלף איש משתמשים בתחבורה הציבורית בעיר מדי יום.";
        String second = "המועצה תפרסם את פרטי המכרז בחודש הבא."
                + " לדברי הפקידים, הכסף יושקע באוטובוסים ורכבות קלות חדשים בשלוש השנים הקרובות.";
        ArticleContent a = parse(String.join("\n\n", "ראשי", "חדשות", "פוליטיקה", "כלכלה", headline,
                "12 במרץ 2026 | מאת דניאל כהן", first, second, "שתפו בפייסבוק טוויטר וואטסאפ",
                "© 2026 חדשות העיר. כל הזכויות שמורות."), "he.txt");
        assertEquals(headline, a.title());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void keepsATurkishStorysLastSentenceThatHasFewerThanTenWordsBeingJoinedUp() throws Exception {
        String first = "Muhalefet üyeleri kararı eleştirdi ve çok pahalı olduğunu söyledi."
                + " İlk yeni otobüslerin sonbaharda gelmesi bekleniyor.";
        // nine words, where English says "We finally have a plan that suits everyone," said the mayor: twelve
        String last = "\"Sonunda herkese uyan bir planımız var,\" dedi belediye başkanı.";
        ArticleContent a = parse(String.join("\n\n", "Ana Sayfa | Haberler | Politika | Ekonomi | Spor | Kültür",
                "Belediye meclisi toplu taşıma için yeni bütçeyi onayladı", "12 Mart 2026 | Yazan: Ayşe Yılmaz",
                first, last, "Paylaş: Facebook Twitter WhatsApp", "İlgili haberler",
                "Başkan öğrencilere daha ucuz bilet sözü verdi", "Şehrin doğusunda yeni tramvay hattı açıldı",
                "© 2026 Şehir Haber. Tüm hakları saklıdır."), "tr.txt");
        assertEquals(first + "\n\n" + last, a.body());
    }

    @Test
    void leavesOutAJapaneseShareBarUnderTheStoryLabelledInJapanese() throws Exception {
        String first = "市長は「ようやく誰にとっても良い計画ができた」と述べた。野党の議員はこの決定を批判し、費用が高すぎると指摘した。";
        String second = "担当者によると、この資金は今後3年間で新しいバスと路面電車の購入に充てられる。";
        String last = "市議会は火曜日、長い議論の末に新しい予算を承認した。";
        ArticleContent a = parse(String.join("\n", "ホーム | ニュース | 政治 | 経済", "大雨で北部地区の道路が冠水",
                "2026年3月12日 山田太郎", first, second, last, "シェアする Twitter Facebook LINE", "関連記事",
                "市長、学生向けの割引定期券を約束", "© 2026 市民新聞 All rights reserved."), "ja.txt");
        assertEquals(first + "\n\n" + second + "\n\n" + last, a.body());
    }

    @Test
    void aHeadlineListingNetworksIsNoShareBar() throws Exception {
        String first = "Seit dem Vormittag können viele Nutzer keine Nachrichten mehr verschicken, wie die"
                + " Störungsseite meldet, und die Betreiber schweigen bislang.";
        String last = "Eine Sprecherin sagte am Mittag, man arbeite mit Hochdruck an einer Lösung und bitte die Nutzer"
                + " um etwas Geduld.";
        ArticleContent a = parse(String.join("\n\n", "Startseite | Digital | Netzwelt",
                "Störung: WhatsApp, Facebook, Telegram", "Von Anna Muster", first, last, "© 2026 Netzblatt"), "de.txt");
        assertEquals("Störung: WhatsApp, Facebook, Telegram", a.title());
    }

    @Test
    void aLabelledCallToSendTipsInALanguageWithoutListedFunctionWordsIsNoSentenceOfTheStory() throws Exception {
        String first = "시의회는 화요일 긴 토론 끝에 버스와 노면전차를 새로 사기 위한 예산을 승인했다고 밝혔다.";
        String second = "야당 의원들은 이번 결정이 너무 비싸다고 비판했지만 시장은 모두에게 맞는 계획이라고 말했다.";
        ArticleContent a = parse(String.join("\n\n", "홈 | 뉴스 | 정치 | 경제", "시의회, 대중교통 새 예산 승인",
                "김민준 기자", first, second, "첫 번째 새 버스는 올해 가을에 도착할 것으로 예상된다.",
                "기자에게 제보하기: 이메일로 보내 주시면 빠르게 확인하겠습니다.",
                "Copyright © 시민일보. 무단 전재 및 재배포, AI 학습 이용 금지."), "ko.txt");
        assertFalse(a.body().contains("제보하기"), a.body());
    }

    @Test
    void aShortSentenceWithAScoreIsProse() throws Exception {
        String first = "대표팀은 어제 저녁 도쿄에서 열린 준결승 경기에서 일본 대표팀을 상대로 치열한 접전을 벌인 끝에 값진 승리를 거두었다고"
                + " 대한축구협회가 오늘 밝혔다.";
        String second = "감독은 경기 직후 기자회견에서 선수들이 끝까지 포기하지 않고 싸워 준 덕분에 이런 결과를 얻을 수 있었다며 결승전에서도"
                + " 최선을 다하겠다고 말했다.";
        String last = "한국은 일본을 연장전 끝에 2:1로 꺾고 결승에 진출했다.";
        ArticleContent a = parse(String.join("\n\n", "한국, 일본 꺾고 결승 진출", "서울 = 김민수 기자", first, second, last,
                "공유하기 Facebook Twitter"), "ko.txt");
        assertEquals(first + "\n\n" + second + "\n\n" + last, a.body());
    }
}
