package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import org.junit.jupiter.api.Test;

/** Each format's article gets the language of its text, whatever the page or the upload declares. */
class PageLanguageTest {

    static final String JAPANESE = """
            市議会は火曜日、昨年の洪水で壊れた三つの橋を修理するための新しい予算を賛成多数で承認した。\
            住民は去年の春から工事を求めていた。

            市長によると、工事は三月に始まり、年末までに終わる予定だ。ただし一部の業者は、資材の価格が\
            さらに上がる可能性があると警告している。

            採決は接戦となり、複数の議員が今後数か月の支出を注意深く見守ると述べた。""";

    static final String INDONESIAN = """
            Pemerintah kota pada hari Selasa menyetujui anggaran baru untuk memperbaiki tiga jembatan yang rusak \
            akibat banjir tahun lalu. Warga sudah lama menuntut perbaikan itu.

            Menurut wali kota, pekerjaan akan dimulai pada bulan Maret dan diharapkan selesai sebelum akhir tahun, \
            meskipun beberapa kontraktor memperingatkan bahwa harga bahan bangunan masih bisa naik.

            Pemungutan suara berlangsung ketat, dan beberapa anggota dewan mengatakan akan mengawasi pengeluaran \
            tersebut dengan cermat dalam beberapa bulan ke depan.""";

    private static String page(String lang, String title, String prose) {
        return "<html" + (lang == null ? "" : " lang=\"" + lang + "\"") + "><head><title>" + title
                + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>" + title + "</h1><p>"
                + String.join("</p><p>", prose.split("\n\n")) + "</p></article></body></html>";
    }

    @Test
    void aRussianPageDeclaredEnglishIsRussian() throws RejectedFileException {
        ArticleContent a = parse(page("en", "Совет утвердил бюджет", UnlistedLanguageTest.RUSSIAN), "a.html");
        assertEquals("ru", a.language());
        assertTrue(a.body().contains("отремонтировать несколько мостов"), a.body());
    }

    @Test
    void aJapanesePageWithoutADeclarationIsJapanese() throws RejectedFileException {
        ArticleContent a = parse(page(null, "市議会が予算を承認", JAPANESE), "a.html");
        assertEquals("ja", a.language());
        assertTrue(a.body().contains("年末までに終わる予定だ"), a.body());
    }

    @Test
    void anIndonesianPageIsIndonesianAndAMalayDeclarationIsHeard() throws RejectedFileException {
        assertEquals("id", parse(page("id-ID", "Anggaran baru disetujui", INDONESIAN), "a.html").language());
        assertEquals("ms", parse(page("ms-MY", "Anggaran baru disetujui", INDONESIAN), "a.html").language());
    }

    @Test
    void aTextDumpInAnUnlistedLanguageIsJudgedByItsText() throws RejectedFileException {
        ArticleContent a = parse("Berita\n\nAnggaran baru untuk jembatan kota disetujui\n\n" + INDONESIAN, "a.txt");
        assertEquals("id", a.language());
        assertTrue(a.body().contains("wali kota"), a.body());
    }

    @Test
    void markdownAndJsonDeclarationsAreHintsToo() throws RejectedFileException {
        String md = "---\ntitle: Совет утвердил бюджет\nlanguage: en\n---\n\n" + UnlistedLanguageTest.RUSSIAN;
        assertEquals("ru", parse(md, "a.md").language());
        String json = "{\"title\": \"市議会が予算を承認\", \"language\": \"fr\", \"body\": \""
                + JAPANESE.replace("\n", "\\n") + "\"}";
        assertEquals("ja", parse(json, "a.json").language());
    }

    @Test
    void theSixListedLanguagesStayAsTheyWere() throws RejectedFileException {
        String french = page("en", "Réforme des écoles", ParserTestSupport.FRENCH_PROSE);
        assertEquals("fr", parse(french, "a.html").language());
        assertEquals("en", parse(page("fr", "Budget approved", ParserTestSupport.ENGLISH_PROSE), "a.html").language());
    }
}
