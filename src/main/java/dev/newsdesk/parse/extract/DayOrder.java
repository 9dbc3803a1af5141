package dev.newsdesk.parse.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Which number comes first in a date a page writes in numbers with slashes ({@code 06/07/2020}): the day, as in every
 * language but American English, or the month, as in the United States. Told from the page's language tag and the
 * language of its text; {@link #UNKNOWN} when they do not say (English without a country).
 */
public enum DayOrder {
    DAY_FIRST, MONTH_FIRST, UNKNOWN;

    /** Countries whose English writes the month first. */
    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("us", "ph");
    /** Countries whose English mixes both orders. */
    private static final Set<String> MIXED_COUNTRIES = Set.of("ca");

    /**
     * The order of a page whose language tag ({@code lang}, {@code og:locale}: "en-US", "en_GB", "de") is
     * {@code tag}, and whose text is in {@code language} (a detected code, or null). The text decides over the tag: a
     * template may declare "en-US" over German text.
     */
    public static DayOrder of(String tag, String language) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String tagLanguage = t.length() >= 2 && (t.length() == 2 || t.charAt(2) == '-') ? t.substring(0, 2) : null;
        String text = language != null ? language : tagLanguage;
        if (text == null) return UNKNOWN;
        if (!text.equals("en")) return DAY_FIRST;
        if (!"en".equals(tagLanguage) || t.length() < 5) return UNKNOWN;
        String country = t.substring(3, Math.min(t.length(), 5));
        if (MONTH_FIRST_COUNTRIES.contains(country)) return MONTH_FIRST;
        return MIXED_COUNTRIES.contains(country) ? UNKNOWN : DAY_FIRST;
    }
}
