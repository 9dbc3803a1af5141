package dev.newsdesk.parse.input;

import java.util.List;

/**
 * The letters beyond ASCII a language writes with, lower case: what tells one single-byte code page's reading of
 * a file from another's. {@code vowels} is set for the alphabets whose readings can only be told apart by how often
 * vowels come (a Hebrew file read as Cyrillic or Greek gives words of real letters, too few of them vowels).
 * {@code commonest} is set for the alphabets of other scripts than Latin: the letters their prose writes most, which
 * tell two readings apart when their words are equally plausible (a text in capitals read in another code page).
 */
record Alphabet(String language, String letters, String vowels, String commonest) {

    /** Share of a text's letters that are vowels, below which it is not prose of an alphabet with {@link #vowels}. */
    static final double MIN_VOWEL_SHARE = 0.3;

    private static final String CYRILLIC_VOWELS = "аеёиоуыэюяіїє";
    private static final String GREEK_VOWELS = "αεηιουωάέήίόύώϊϋΐΰ";
    private static final String CYRILLIC_COMMONEST = "оаеинтрсвл";

    /**
     * The languages written in the code pages {@link SingleByteCharset} reads. Bosnian is Croatian's alphabet under
     * its own code, as the language detector may name either.
     */
    static final List<Alphabet> ALL = List.of(
            latin("de", "äöüß"), latin("fr", "àâæçéèêëîïôœùûüÿ"), latin("es", "áéíñóúü"),
            latin("pt", "áâãàçéêíóôõú"), latin("it", "àèéìíîòóù"), latin("ca", "àçèéíïòóúü"), latin("nl", "éèëïöü"),
            latin("sv", "åäöé"), latin("da", "æøåé"), latin("fi", "äöåšž"), latin("is", "áðéíóúýþæö"),
            latin("pl", "ąćęłńóśźż"), latin("cs", "áčďéěíňóřšťúůýž"), latin("sk", "áäčďéíĺľňóôŕšťúýž"),
            latin("hr", "čćđšž"), latin("bs", "čćđšž"), latin("sl", "čšž"), latin("hu", "áéíóöőúüű"),
            latin("ro", "ăâîșțşţ"),
            latin("tr", "çğıöşüâî"), latin("lt", "ąčęėįšųūž"), latin("lv", "āčēģīķļņšūž"), latin("et", "äõöüšž"),
            latin("sq", "çë"), latin("ga", "áéíóú"), latin("eu", "ñ"),
            cyrillic("ru", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
            cyrillic("uk", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"),
            cyrillic("be", "абвгдеёжзійклмнопрстуўфхцчшыьэюя"),
            cyrillic("bg", "абвгдежзийклмнопрстуфхцчшщъьюя"),
            cyrillic("sr", "абвгдђежзијклљмнњопрстћуфхцчџш"),
            cyrillic("mk", "абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
            new Alphabet("el", "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ", GREEK_VOWELS, "αοιετσςνηρ"),
            new Alphabet("he", range(0x05D0, 0x05EA), "", "יוהלמאתרבש"),
            new Alphabet("ar", range(0x0621, 0x064A) + "پچژکگیٹڈڑںھہےۓ", "", "الیيمونرتبه"),
            new Alphabet("th", range(0x0E01, 0x0E2F) + range(0x0E30, 0x0E3A) + range(0x0E40, 0x0E4E), "", ""));

    /** The alphabet of the language {@code code} (ISO 639-1), or null when it is not listed. */
    static Alphabet of(String code) {
        return ALL.stream().filter(a -> a.language.equals(code)).findFirst().orElse(null);
    }

    boolean isLatin() {
        return Character.UnicodeScript.of(letters.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    boolean has(int lowerCaseLetter) {
        return letters.indexOf(lowerCaseLetter) >= 0;
    }

    static boolean isCyrillicVowel(int lowerCaseLetter) {
        return CYRILLIC_VOWELS.indexOf(lowerCaseLetter) >= 0;
    }

    boolean countsVowels() {
        return !vowels.isEmpty();
    }

    private static Alphabet latin(String language, String letters) {
        return new Alphabet(language, letters, "", "");
    }

    private static Alphabet cyrillic(String language, String letters) {
        return new Alphabet(language, letters, CYRILLIC_VOWELS, CYRILLIC_COMMONEST);
    }

    private static String range(int first, int last) {
        StringBuilder s = new StringBuilder();
        for (int c = first; c <= last; c++) s.appendCodePoint(c);
        return s.toString();
    }
}
