package dev.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When an article dates from: its {@code publishedAt} when the file gives one, else when it was first ingested.
 * Lists sort on it and feeds and sitemaps show it. {@code publishedAt} is an instant with the page's offset or a
 * day alone ({@code 2020-06-07}); a day alone is midnight UTC, and says so ({@code dayOnly}) for formats that can
 * write a day without inventing a time.
 *
 * @param time    the moment, with the offset the page gave (UTC for a day alone and for the ingest time)
 * @param dayOnly whether the article gave its day but no time
 */
public record ArticleDate(OffsetDateTime time, boolean dayOnly) {

    /** The date of {@code article}: publication when it parses, else first ingest. */
    public static ArticleDate of(Article article) {
        return published(article.content().publishedAt())
                .orElseGet(() -> new ArticleDate(Instant.parse(article.ingestedAt()).atOffset(ZoneOffset.UTC), false));
    }

    /** {@code publishedAt} read, or empty when it is absent or not a date. */
    public static Optional<ArticleDate> published(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) return Optional.empty();
        try {
            return Optional.of(new ArticleDate(OffsetDateTime.parse(publishedAt), false));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(new ArticleDate(Instant.parse(publishedAt).atOffset(ZoneOffset.UTC), false));
            } catch (DateTimeParseException notInstant) {
                try {
                    String day = publishedAt.length() >= 10 ? publishedAt.substring(0, 10) : publishedAt;
                    return Optional.of(new ArticleDate(LocalDate.parse(day).atStartOfDay().atOffset(ZoneOffset.UTC),
                            true));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }

    public Instant instant() {
        return time.toInstant();
    }
}
