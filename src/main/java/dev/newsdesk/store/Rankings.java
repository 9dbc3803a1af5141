package dev.newsdesk.store;

import dev.newsdesk.article.Article;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The most read articles of a window, and the sections.
 * First version: computed when asked, from every published article's counters, so its cost grows with the
 * number of articles (docs/data-model.md); deleted articles are not in the lists and so never rank.
 */
public final class Rankings {

    private final ArticleStore articles;
    private final ViewCounter views;

    public Rankings(ArticleStore articles, ViewCounter views) {
        this.articles = articles;
        this.views = views;
    }

    /** The {@code limit} most read articles of {@code section} (null: all) in {@code window}, ending {@code now}. */
    public List<RankedArticle> top(Window window, String section, int limit, Instant now) {
        List<Article> catalog = articles.catalog(section);
        Map<String, Long> counts = window.length().isEmpty()
                ? views.totals(catalog.stream().map(Article::slug).toList())
                : catalog.stream().collect(Collectors.toMap(Article::slug,
                        a -> views.between(a.slug(), now.minus(window.length().get()).plusSeconds(3600), now)));
        return catalog.stream()
                .filter(a -> counts.getOrDefault(a.slug(), 0L) > 0)
                .map(a -> new RankedArticle(a.slug(), a.title(), a.section(), counts.get(a.slug())))
                .sorted(Comparator.comparingLong(RankedArticle::views).reversed()
                        .thenComparing(RankedArticle::slug))
                .limit(limit)
                .toList();
    }

    /** Every section with its number of articles, largest first. */
    public List<SectionCount> sections() {
        Map<String, Long> counts = new TreeMap<>();
        for (Article a : articles.catalog(null)) {
            if (a.section() != null && !a.section().isBlank()) counts.merge(a.section(), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new SectionCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(SectionCount::articles).reversed()
                        .thenComparing(SectionCount::name))
                .toList();
    }
}
