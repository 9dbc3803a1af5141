package dev.newsdesk.feed;

/**
 * Whether Chinese text is written in simplified or traditional characters, for the one place that asks: a Google
 * News sitemap wants {@code zh-cn} or {@code zh-tw}, never a bare {@code zh}. It counts common characters that each
 * script writes differently (a simplified form beside its traditional one); text that shows neither reads as
 * simplified, the script most Chinese news is written in.
 */
final class ChineseScript {

    /** Frequent pairs of the standard simplification tables: each simplified character, then its traditional form. */
    private static final String PAIRS =
            "国國们們这這个個来來说說为為会會时時对對发發经經过過还還进進动動问問学學长長开開关關与與实實现現电電"
            + "东東车車见見产產业業当當点點无無义義门門间間头頭听聽让讓书書区區体體万萬华華气氣报報员員机機岁歲"
            + "从從种種样樣么麼级級边邊乐樂应應并並论論将將战戰";

    private ChineseScript() {
    }

    /** The sitemap's code for {@code text}: {@code zh-tw} when traditional forms outnumber simplified ones. */
    static String sitemapCode(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            int at = PAIRS.indexOf(text.charAt(i));
            if (at >= 0) {
                if (at % 2 == 0) simplified++;
                else traditional++;
            }
        }
        return traditional > simplified ? "zh-tw" : "zh-cn";
    }
}
