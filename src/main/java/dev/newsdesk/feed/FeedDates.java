package dev.newsdesk.feed;

import dev.newsdesk.article.ArticleDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates as each format writes them: RFC 822 for RSS, RFC 3339 for Atom and JSON Feed, W3C for sitemaps. */
final class FeedDates {

    private FeedDates() {
    }

    /** {@code Sun, 7 Jun 2020 09:30:00 +0200}: RFC 822 with a four-digit year (RFC 1123), as RSS 2.0 asks. */
    static String rfc822(OffsetDateTime time) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    static String rfc822(Instant instant) {
        return rfc822(instant.atOffset(ZoneOffset.UTC));
    }

    /** {@code 2020-06-07T09:30:00+02:00}, the page's offset kept; whole seconds. */
    static String rfc3339(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    static String rfc3339(Instant instant) {
        return rfc3339(instant.atOffset(ZoneOffset.UTC));
    }

    /** The day alone when the article gave no time (W3C Datetime allows it), else the RFC 3339 instant. */
    static String w3c(ArticleDate date) {
        return date.dayOnly() ? date.time().toLocalDate().toString() : rfc3339(date.time());
    }
}
