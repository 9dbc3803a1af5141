package dev.newsdesk.parse;

import dev.newsdesk.parse.meta.Words;
import java.util.Locale;
import java.util.Set;

/**
 * What may stand as an article's section: a short label that readers browse by. Pages also put a keyword list or
 * the label of an advertising slot where a section goes; listing such a thing among the sections misleads every
 * reader, so the article then has no section.
 */
final class Sections {

    /** Longer than a section label: "Arts, Culture and Entertainment", "Science & Technology" fit inside. */
    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 40;
    /** "Advertisement" as newspapers label a slot, in the languages pages come in: never an editorial section. */
    private static final Set<String> ADVERTISING = Set.of("advertisement", "advertising", "advert", "ad", "ads",
            "sponsored", "sponsored content", "anzeige", "werbung", "publicité", "publicite", "publicidad",
            "pubblicità", "pubblicita", "publicidade", "iklan", "reklama", "reklame", "реклама", "διαφήμιση",
            "广告", "廣告", "広告", "광고", "annonse", "mainos", "advertentie");

    private Sections() {
    }

    /**
     * The section an upload's folder names when the file names none: editors file stories by section
     * ({@code city/council.html}, {@code politique/mali.txt}). The first folder of the key, its dashes and underscores
     * read as spaces, if it reads as a label and holds a letter ({@code 2024/} is a date, not a section); null for
     * a file at the top of the bucket.
     */
    static String ofFolder(String key) {
        if (key == null) return null;
        int slash = key.indexOf('/');
        if (slash <= 0) return null;
        String folder = Words.squash(key.substring(0, slash).replace('-', ' ').replace('_', ' '));
        if (folder.codePoints().noneMatch(Character::isLetter)) return null;
        return label(folder);
    }

    /** {@code section} if it reads as a section label, else null. */
    static String label(String section) {
        if (section == null) return null;
        String s = section.strip();
        if (s.isEmpty() || s.length() > MAX_CHARS) return null;
        if (s.indexOf(';') >= 0 || s.indexOf(',') != s.lastIndexOf(',')) return null; // a keyword list
        if (Words.count(s) > MAX_WORDS) return null;
        return ADVERTISING.contains(s.toLowerCase(Locale.ROOT)) ? null : s;
    }
}
