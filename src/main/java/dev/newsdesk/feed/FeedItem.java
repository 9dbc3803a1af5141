package dev.newsdesk.feed;

import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleDate;
import dev.newsdesk.article.Image;
import java.time.Instant;
import java.util.List;

/**
 * One article as a feed or a sitemap shows it.
 *
 * @param id       a permanent identifier: the API's URL of the article, which no re-upload changes
 * @param link     where a reader goes: the article's canonical URL, else {@code id}
 * @param date     publication, else first ingest
 * @param updated  the last time the article changed
 * @param language ISO 639-1, or null
 * @param html     the body as safe HTML, or null (a listing, or past the feed's budget)
 */
public record FeedItem(String id, String title, String link, String summary, ArticleDate date, Instant updated,
                       List<String> authors, String section, String language, Image image, String html) {

    public FeedItem {
        authors = List.copyOf(authors);
    }

    /** {@code article} (whole or as listed) whose API URL is {@code apiUrl}. */
    public static FeedItem of(Article article, String apiUrl) {
        var content = article.content();
        String link = content.canonicalUrl() != null ? content.canonicalUrl() : apiUrl;
        return new FeedItem(apiUrl, content.title(), link, content.summary(), ArticleDate.of(article),
                Instant.parse(article.updatedAt()), content.authors(), content.section(), content.language(),
                content.image(), content.html());
    }

    FeedItem withoutHtml() {
        return new FeedItem(id, title, link, summary, date, updated, authors, section, language, image, null);
    }
}
