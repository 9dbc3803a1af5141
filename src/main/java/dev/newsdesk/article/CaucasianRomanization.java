package dev.newsdesk.article;

import java.util.Map;

/**
 * Armenian and Georgian in Latin letters. Armenian by BGN/PCGN 1981 without its apostrophes (the aspirates
 * {@code թ չ ց փ ք} fold into {@code t ch ts p k}, as in every ASCII spelling of Armenian names): {@code ե} is
 * {@code ye} and {@code ո} is {@code vo} at a word's start, {@code ու} is {@code u}, {@code և} is {@code yev} or
 * {@code ev}. Georgian by the national system of 2002 (BGN/PCGN's since 2009), ejectives without apostrophes.
 */
final class CaucasianRomanization {

    private static final Map<Character, String> ARMENIAN = CyrillicRomanization.table(
            "ա a բ b գ g դ d ե e զ z է e ը y թ t ժ zh ի i լ l խ kh ծ ts կ k հ h ձ dz ղ gh ճ ch մ m յ y ն n "
                    + "շ sh ո o չ ch պ p ջ j ռ r ս s վ v տ t ր r ց ts ւ v փ p ք k օ o ֆ f");
    private static final Map<Character, String> GEORGIAN = CyrillicRomanization.table(
            "ა a ბ b გ g დ d ე e ვ v ზ z თ t ი i კ k ლ l მ m ნ n ო o პ p ჟ zh რ r ს s ტ t უ u ფ p ქ k ღ gh "
                    + "ყ q შ sh ჩ ch ც ts ძ dz წ ts ჭ ch ხ kh ჯ j ჰ h");

    private CaucasianRomanization() {
    }

    /** The Latin spelling of an Armenian word in lower case. */
    static String armenian(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0, n = word.length(); i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : ' ';
            if (c == 'ո' && next == 'ւ') {
                out.append('u');
                i++;
            } else if (c == 'ե' && i == 0) {
                out.append("ye");
            } else if (c == 'ո' && i == 0) {
                out.append("vo");
            } else if (c == 'և') {
                out.append(i == 0 ? "yev" : "ev");
            } else {
                out.append(ARMENIAN.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /** The Latin spelling of a Georgian word (Mkhedruli; its capitals, Mtavruli, lower-case to it). */
    static String georgian(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0, n = word.length(); i < n; i++) {
            char c = word.charAt(i);
            out.append(GEORGIAN.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }
}
