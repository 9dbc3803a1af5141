package dev.newsdesk.article;

import java.text.Normalizer;
import java.util.Map;

/**
 * Greek in Latin letters by ELOT 743 (= ISO 843's transcription, the table Greek passports and road signs use):
 * {@code αυ ευ ηυ} are {@code av ev iv} before a vowel or a voiced consonant and {@code af ef if} otherwise,
 * {@code ου} is {@code ou}, {@code μπ} is {@code b} at a word's edge and {@code mp} inside, {@code γγ γκ γξ γχ} are
 * {@code ng gk nx nch}; a diaeresis keeps two vowels apart ({@code προϋπολογισμός → proypologismos}).
 */
final class GreekRomanization {

    private static final Map<Character, String> LETTERS = CyrillicRomanization.table(
            "α a β v γ g δ d ε e ζ z η i θ th ι i κ k λ l μ m ν n ξ x ο o π p ρ r σ s ς s τ t υ y φ f χ ch ψ ps ω o");
    private static final String VOWELS = "αεηιουω";
    private static final String VOICED = "βγδζλμνρ";

    private GreekRomanization() {
    }

    /** The Latin spelling of {@code word}: lower-case Greek letters, accented or not (NFC). */
    static String spell(String word) {
        int n = word.length();
        char[] base = new char[n];
        boolean[] diaeresis = new boolean[n];
        for (int i = 0; i < n; i++) {
            String d = Normalizer.normalize(String.valueOf(word.charAt(i)), Normalizer.Form.NFD);
            base[i] = d.charAt(0);
            diaeresis[i] = d.indexOf('\u0308') > 0;
        }
        StringBuilder out = new StringBuilder(n + 4);
        for (int i = 0; i < n; i++) {
            char c = base[i];
            char next = i + 1 < n ? base[i + 1] : ' ';
            boolean pair = i + 1 < n && !diaeresis[i + 1];
            if (pair && next == 'υ' && (c == 'α' || c == 'ε' || c == 'η')) {
                char after = i + 2 < n ? base[i + 2] : ' ';
                boolean voiced = VOWELS.indexOf(after) >= 0 || VOICED.indexOf(after) >= 0;
                out.append(LETTERS.get(c)).append(voiced ? 'v' : 'f');
                i++;
            } else if (pair && c == 'ο' && next == 'υ') {
                out.append("ou");
                i++;
            } else if (c == 'μ' && next == 'π') {
                out.append(i == 0 || i + 2 == n ? "b" : "mp");
                i++;
            } else if (c == 'γ' && "γξχ".indexOf(next) >= 0) {
                out.append('n').append(LETTERS.get(next));
                i++;
            } else {
                out.append(LETTERS.getOrDefault(c, String.valueOf(word.charAt(i))));
            }
        }
        return out.toString();
    }
}
