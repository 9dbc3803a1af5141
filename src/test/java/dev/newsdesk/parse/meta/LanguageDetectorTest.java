package dev.newsdesk.parse.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The language is the text's; what a page declares only breaks a near tie or stands in for missing text. */
class LanguageDetectorTest {

    static final String RUSSIAN = "Городской совет во вторник утвердил новый бюджет, который позволит отремонтировать "
            + "несколько мостов. Жители требовали этого с прошлой весны, когда вода затопила кварталы у реки.";
    static final String INDONESIAN = "Pemerintah kota mengumumkan bahwa jembatan yang rusak akibat banjir akan "
            + "diperbaiki mulai bulan depan. Warga berharap pekerjaan itu selesai sebelum musim hujan tiba.";

    @Test
    void readsLanguagesBeyondTheSixWithFunctionWordLists() {
        assertEquals("ru", LanguageDetector.detect(RUSSIAN, null));
        assertEquals("ja", LanguageDetector.detect("市議会は火曜日、洪水で壊れた橋を修理するための新しい予算を承認した。"
                + "工事は三月に始まり、年末までに終わる予定だと市長は述べた。", null));
        assertEquals("ko", LanguageDetector.detect("시의회는 화요일 홍수로 무너진 다리를 고치기 위한 새 예산을 승인했다. "
                + "시장은 공사가 삼월에 시작되어 연말 전에 끝날 것이라고 말했다.", null));
        assertEquals("pl", LanguageDetector.detect("Rada miasta zatwierdziła we wtorek nowy budżet, który pozwoli "
                + "wyremontować kilka mostów zniszczonych przez powódź w zeszłym roku.", null));
        assertEquals("el", LanguageDetector.detect("Το δημοτικό συμβούλιο ενέκρινε την Τρίτη νέο προϋπολογισμό για την "
                + "επισκευή των γεφυρών που καταστράφηκαν από τις πλημμύρες.", null));
        assertEquals("tr", LanguageDetector.detect("Belediye meclisi salı günü, geçen yılki selde yıkılan köprülerin "
                + "onarımı için yeni bütçeyi onayladı. Çalışmaların martta başlaması bekleniyor.", null));
    }

    @Test
    void aDeclarationDoesNotOverrideTheText() {
        assertEquals("ru", LanguageDetector.detect(RUSSIAN, "en"));
        assertEquals("en", LanguageDetector.detect("The city council approved a new budget on Tuesday to repair "
                + "several bridges damaged by the floods of last spring.", "ru"));
    }

    @Test
    void aDeclarationSettlesLanguagesWrittenAlike() {
        // Malay and Indonesian share most of their words: the page that says Malay is Malay.
        assertEquals("ms", LanguageDetector.detect(INDONESIAN, "ms"));
        assertEquals("id", LanguageDetector.detect(INDONESIAN, "id"));
    }

    @Test
    void tooLittleTextLeavesTheDeclaration() {
        assertEquals("de", LanguageDetector.detect("12.05.2024 · 14:30", "de"));
        assertNull(LanguageDetector.detect("Anna K.", null));
    }

    @Test
    void declaredCodesAreReducedToTheirLanguage() {
        assertEquals("pt", LanguageDetector.code("pt-BR"));
        assertEquals("en", LanguageDetector.code("en_US"));
        assertEquals("ru", LanguageDetector.code(" RU "));
        assertEquals("nb", LanguageDetector.code("no"), "one code for written Norwegian");
        assertNull(LanguageDetector.code("english"));
        assertNull(LanguageDetector.code("x"));
        assertNull(LanguageDetector.code("1a"));
        assertNull(LanguageDetector.code(null));
    }

    @Test
    void textsWithTheSameJudgedHeadHaveTheSameSample() {
        String head = RUSSIAN.repeat(5).substring(0, LanguageDetector.SAMPLE_CHARS);
        assertTrue(LanguageDetector.sameSample(head + " Конец.", head + "\nДругой абзац."), "only the head is judged");
        assertTrue(LanguageDetector.sameSample(RUSSIAN, RUSSIAN));
        assertFalse(LanguageDetector.sameSample(RUSSIAN, RUSSIAN + " Ещё."), "a short text is judged whole");
        assertFalse(LanguageDetector.sameSample(RUSSIAN, INDONESIAN));
    }
}
