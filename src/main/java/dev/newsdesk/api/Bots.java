package dev.newsdesk.api;

import java.util.regex.Pattern;

/** Tells crawlers and link-preview fetchers by their User-Agent: their reads are not views. */
final class Bots {

    private static final Pattern BOT = Pattern.compile(
            "(?i)bot\\b|bot/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|preview|"
                    + "headlesschrome|lighthouse|pingdom|uptimerobot|scrapy");

    private Bots() {
    }

    static boolean isBot(String userAgent) {
        return userAgent != null && BOT.matcher(userAgent).find();
    }
}
