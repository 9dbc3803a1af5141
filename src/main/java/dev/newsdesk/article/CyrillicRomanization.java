package dev.newsdesk.article;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic in Latin letters, per language, as the BGN/PCGN romanizations spell it without their diacritics and
 * apostrophes (a URL keeps neither). BGN/PCGN is the one family with a table for every Cyrillic alphabet, and for
 * Ukrainian, Bulgarian, Serbian and Macedonian it adopted the country's own official system, so a slug spells a
 * name as that country's passports and road signs do: Russian {@code Ельцин → yeltsin} (ISO 9 would give
 * {@code el'cin}, ICAO {@code eltsin}), Ukrainian {@code Київ → kyiv} (not {@code kiev}), Bulgarian
 * {@code щ → sht}, Serbian {@code Ђоковић → djokovic}. Input is lower case (NFC); letters of no table pass through.
 */
final class CyrillicRomanization {

    /** Russian, BGN/PCGN 1947; {@code е ё ю я} and their iotated forms are decided in {@link #spell}. */
    private static final Map<Character, String> RUSSIAN = table(
            "а a б b в v г g д d ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch "
                    + "ш sh щ shch ъ - ы y ь - э e",
            // letters of other languages written in Cyrillic (Kazakh, Kyrgyz, Tatar, Tajik, Mongolian), as
            // BGN/PCGN spells them, for a title whose language has no table of its own here
            "ә a ғ gh қ q ң ng ө o ұ u ү u һ h ҳ kh ҷ j ӣ i ӯ u і i");
    /** Ukrainian, the national system of 2010 (Cabinet resolution 55), BGN/PCGN's since 2019. */
    private static final Map<Character, String> UKRAINIAN = table(
            "а a б b в v г h ґ g д d е e ж zh з z и y і i к k л l м m н n о o п p р r с s т t у u ф f х kh "
                    + "ц ts ч ch ш sh щ shch ь -");
    /** Belarusian, BGN/PCGN 1979: Russian's table with {@code г h}, {@code і i}, {@code ў w}. */
    private static final Map<Character, String> BELARUSIAN = with(RUSSIAN, "г h і i ў w");
    /** Bulgarian, the Streamlined System (2009 law), BGN/PCGN's since 2013. */
    private static final Map<Character, String> BULGARIAN = table(
            "а a б b в v г g д d е e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f х h ц ts "
                    + "ч ch ш sh щ sht ъ a ь y ю yu я ya");
    /** Serbian, its official Latin alphabet with the ASCII spellings Serbian writers use ({@code đ dj}). */
    private static final Map<Character, String> SERBIAN = table(
            "а a б b в v г g д d ђ dj е e ж z з z и i ј j к k л l љ lj м m н n њ nj о o п p р r с s т t ћ c "
                    + "у u ф f х h ц c ч c џ dz ш s");
    /** Macedonian, its official Latin spelling (BGN/PCGN 1981). */
    private static final Map<Character, String> MACEDONIAN = table(
            "а a б b в v г g д d ѓ gj е e ж zh з z ѕ dz и i ј j к k л l љ lj м m н n њ nj о o п p р r с s т t "
                    + "ќ kj у u ф f х h ц c ч ch џ dzh ш sh");

    private static final Map<String, Map<Character, String>> TABLES = Map.of("ru", RUSSIAN, "uk", UKRAINIAN,
            "be", BELARUSIAN, "bg", BULGARIAN, "sr", SERBIAN, "mk", MACEDONIAN, "kk", RUSSIAN);

    private CyrillicRomanization() {
    }

    /**
     * The language whose table spells {@code text}: {@code hint} (the article's language) when it has one here,
     * else the one the text's letters give away ({@link #languageOf}).
     */
    static String language(String text, String hint) {
        return hint != null && TABLES.containsKey(hint) ? hint : languageOf(text);
    }

    /** The Latin spelling of {@code word} (lower case, Cyrillic letters) in {@code language}'s table. */
    static String spell(String word, String language) {
        Map<Character, String> table = TABLES.getOrDefault(language, RUSSIAN);
        StringBuilder out = new StringBuilder(word.length() + 8);
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : ' ';
            String s = switch (language) {
                case "uk" -> ukrainianIotated(c, i == 0);
                case "bg", "sr", "mk" -> null;
                default -> russianIotated(c, i == 0 || startsSyllable(word.charAt(i - 1)), i > 0 ? word.charAt(i - 1) : ' ');
            };
            if (s == null && (language.equals("ru") || language.equals("be")) && (c == 'и' || c == 'ы')
                    && next == 'й' && i + 2 == n) {
                s = "y"; // -ий, -ый at a word's end are "-y" in English spellings: Достоевский → dostoyevsky
                i++;
            } else if (s == null && language.equals("uk") && c == 'з' && next == 'г') {
                s = "zgh"; // the resolution spells зг apart from ж: Згурівка → zghurivka
                i++;
            } else if (s == null && language.equals("bg") && c == 'и' && next == 'я' && i + 2 == n) {
                s = "ia"; // -ия at a word's end: България → bulgaria
                i++;
            }
            if (s == null) s = table.get(c);
            if (s == null) {
                out.append(c);
            } else if (!s.equals("-")) {
                out.append(s);
            }
        }
        return out.toString();
    }

    /**
     * The language a text's letters give away: ў Belarusian, ї є ґ Ukrainian, ѓ ќ ѕ Macedonian, ђ ћ ј љ њ џ
     * Serbian, і Ukrainian (Belarusian beside ы э ё ъ), else Russian.
     */
    static String languageOf(String word) {
        boolean i = false;
        boolean russianOnly = false;
        boolean serbianOrMacedonian = false;
        for (int k = 0; k < word.length(); k++) {
            switch (word.charAt(k)) {
                case 'ў' -> {
                    return "be";
                }
                case 'ї', 'є', 'ґ' -> {
                    return "uk";
                }
                case 'ѓ', 'ќ', 'ѕ' -> {
                    return "mk";
                }
                case 'ђ', 'ћ' -> {
                    return "sr";
                }
                case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'ҳ', 'ҷ' -> {
                    return "kk"; // Kazakh, Kyrgyz, Tatar, Tajik, Mongolian: Russian's table holds their letters
                }
                case 'ј', 'љ', 'њ', 'џ' -> serbianOrMacedonian = true;
                case 'і' -> i = true;
                case 'ы', 'э', 'ё', 'ъ' -> russianOnly = true;
                default -> {
                }
            }
        }
        if (serbianOrMacedonian) return "sr";
        if (i) return russianOnly ? "be" : "uk";
        return "ru";
    }

    /** Russian and Belarusian {@code е ё ю я}: {@code ye yo yu ya} where a syllable starts, {@code e yo yu ya} after a consonant. */
    private static String russianIotated(char c, boolean initial, char previous) {
        return switch (c) {
            case 'е' -> initial ? "ye" : "e";
            case 'ё' -> "жчшщц".indexOf(previous) >= 0 ? "o" : "yo"; // Хрущёв → khrushchov, Пётр → pyotr
            case 'ю' -> "yu";
            case 'я' -> "ya";
            default -> null;
        };
    }

    /** Ukrainian {@code є ї й ю я}: {@code ye yi y yu ya} at a word's start, {@code ie i i iu ia} inside it. */
    private static String ukrainianIotated(char c, boolean initial) {
        return switch (c) {
            case 'є' -> initial ? "ye" : "ie";
            case 'ї' -> initial ? "yi" : "i";
            case 'й' -> initial ? "y" : "i";
            case 'ю' -> initial ? "yu" : "iu";
            case 'я' -> initial ? "ya" : "ia";
            default -> null;
        };
    }

    /** Whether a letter after {@code previous} begins a syllable: after a vowel or a sign. */
    private static boolean startsSyllable(char previous) {
        return "аеёиоуыэюяьъйіў".indexOf(previous) >= 0;
    }

    /** A table written as "letter spelling letter spelling …"; {@code -} spells a letter as nothing. */
    static Map<Character, String> table(String... pairs) {
        Map<Character, String> out = new HashMap<>();
        for (String p : pairs) {
            String[] parts = p.trim().split("\\s+");
            for (int i = 0; i + 1 < parts.length; i += 2) out.put(parts[i].charAt(0), parts[i + 1]);
        }
        return Map.copyOf(out);
    }

    private static Map<Character, String> with(Map<Character, String> base, String pairs) {
        Map<Character, String> out = new HashMap<>(base);
        out.putAll(table(pairs));
        return Map.copyOf(out);
    }
}
