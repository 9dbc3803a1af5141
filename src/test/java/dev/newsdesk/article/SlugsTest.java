package dev.newsdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndPunctuationIntoHyphens() {
        assertEquals("avec-le-soutien-de-la-russie-le-mali-ouvre-une-nouvelle-page-de-stabilite-securitaire",
                Slugs.fromTitle("Avec le soutien de la Russie, le Mali ouvre une nouvelle page de stabilité sécuritaire"));
        assertEquals("l-ete-a-sao-paulo-strasse-coeur", Slugs.fromTitle("L’été à São Paulo — Straße « cœur »"));
    }

    @Test
    void spellsRussianAsBgnPcgnWithoutDiacritics() {
        assertEquals("prezident-podpisal-zakon-o-byudzhete", Slugs.fromTitle("Президент подписал закон о бюджете"));
        assertEquals("shchedry-yozhik", Slugs.fromTitle("Щедрый ёжик"));
        assertEquals("yeltsin-i-dostoyevsky", Slugs.fromTitle("Ельцин и Достоевский"));
        assertEquals("pyotr-khrushchov-obyasnil", Slugs.fromTitle("Пётр Хрущёв объяснил"));
        assertEquals("moya-semya", Slugs.fromTitle("Моя семья"));
    }

    @Test
    void spellsUkrainianByItsNationalSystem() {
        assertEquals("kyiv-i-lviv", Slugs.fromTitle("Київ і Львів"));
        assertEquals("yizhak-yevropa-ukraina-zghurivka", Slugs.fromTitle("Їжак Європа Україна Згурівка"));
        assertEquals("miaso-i-yabluko", Slugs.fromTitle("М'ясо і яблуко"), "the apostrophe is no word break");
        assertEquals("uriad-kharkova", Slugs.fromTitle("Уряд Харкова", "uk"), "the article's language decides");
        assertEquals("uryad-kharkova", Slugs.fromTitle("Уряд Харкова"), "no letter tells Ukrainian: Russian's table");
    }

    @Test
    void spellsTheOtherCyrillicAlphabetsByTheirOwnTables() {
        assertEquals("balgaria-i-sofia-shtastie", Slugs.fromTitle("България и София щастие", "bg"));
        assertEquals("djokovic-pobedio-u-beogradu", Slugs.fromTitle("Ђоковић победио у Београду"));
        assertEquals("gjorche-petrov-kjosev-dzvezda", Slugs.fromTitle("Ѓорче Петров Ќосев ѕвезда"));
        assertEquals("minsk-i-homel-wzyaw", Slugs.fromTitle("Мінск і Гомель ўзяў"));
        assertEquals("qazaqstan-ongtustik", Slugs.fromTitle("Қазақстан оңтүстік"));
    }

    @Test
    void spellsGreekByElot743() {
        assertEquals("i-kyvernisi-anakoinose-neo-proypologismo",
                Slugs.fromTitle("Η κυβέρνηση ανακοίνωσε νέο προϋπολογισμό"));
        assertEquals("avrio-efkolo-bampas-ouranos", Slugs.fromTitle("Αύριο εύκολο μπαμπάς ουρανός"));
        assertEquals("angelos-agkyra-anagki", Slugs.fromTitle("Άγγελος άγκυρα ανάγκη"));
        assertEquals("angelos-tsipras", Slugs.fromTitle("ΆΓΓΕΛΟΣ Τσίπρας"));
    }

    @Test
    void spellsArmenianAndGeorgian() {
        assertEquals("yerevan-vorotan-ashkharh", Slugs.fromTitle("Երևան Որոտան աշխարհ"));
        assertEquals("tbilisi-sakartvelo", Slugs.fromTitle("თბილისი საქართველო"));
    }

    @Test
    void lettersOfNoTableAreKeptNotLost() {
        assertEquals("azərbaycan-prezidenti", Slugs.fromTitle("Azərbaycan prezidenti"));
        assertTrue(Slugs.isValid(Slugs.fromTitle("Azərbaycan prezidenti")));
    }

    @Test
    void keepsTheLettersOfScriptsWithNoStandardLatinSpelling() {
        assertEquals("北京大学-2024年", Slugs.fromTitle("北京大学 2024年"));
        assertEquals("서울-시장-선거", Slugs.fromTitle("서울 시장 선거"));
        assertEquals("मुंबई-में-बारिश", Slugs.fromTitle("मुंबई में बारिश!"));
        assertTrue(Slugs.isValid(Slugs.fromTitle("北京大学 2024年")));
        assertTrue(Slugs.isValid(Slugs.fromTitle("मुंबई में बारिश!")));
    }

    @Test
    void aLongTitleInAnAstralScriptIsNeverCutInsideACharacter() {
        String slug = Slugs.fromTitle("𠀋".repeat(80));
        assertTrue(Slugs.isValid(slug), slug);
    }

    @Test
    void aTitleWithoutLettersStillGetsASlug() {
        assertEquals("article", Slugs.fromTitle("«  »  !!!"));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("mot ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_BYTES, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(slug.endsWith("mot"), slug);
    }

    @Test
    void theLengthIsBoundedInBytesWhateverTheScript() {
        for (String title : List.of("北京大学公布新的年度预算".repeat(10), "मुंबई में भारी बारिश से जनजीवन ".repeat(6),
                "서울 시장 선거 ".repeat(20))) {
            String slug = Slugs.fromTitle(title);
            assertTrue(slug.getBytes(StandardCharsets.UTF_8).length <= Slugs.MAX_BYTES, slug);
            assertTrue(slug.getBytes(StandardCharsets.UTF_8).length > Slugs.MAX_BYTES / 2, slug);
            assertTrue(Slugs.isValid(slug), slug);
            assertFalse(Character.getType(slug.codePointAt(0)) == Character.NON_SPACING_MARK, slug);
        }
        String title = "नदी".repeat(40); // न, then द with its vowel sign ी
        String rivers = Slugs.fromTitle(title);
        assertTrue(title.startsWith(rivers), rivers);
        assertFalse(Character.getType(title.codePointAt(rivers.length())) == Character.COMBINING_SPACING_MARK,
                "a letter is never cut from its vowel sign: " + rivers);
    }

    @Test
    void slugsGivenUnderTheFormerCharacterBoundStayValid() {
        assertTrue(Slugs.isValid("北".repeat(96) + "-2"));
    }

    @Test
    void variantsNumberFromTwo() {
        assertEquals("titre", Slugs.variant("titre", 1));
        assertEquals("titre-2", Slugs.variant("titre", 2));
    }

    @Test
    void onlyWellFormedSlugsAreValid() {
        assertTrue(Slugs.isValid("un-titre-2"));
        assertFalse(Slugs.isValid("Un-Titre"));
        assertFalse(Slugs.isValid("../etc/passwd"));
        assertFalse(Slugs.isValid("Президент"), "upper case");
        assertFalse(Slugs.isValid("a\u202eb"), "a direction override is no letter");
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid(null));
    }
}
