package dev.newsdesk.article;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration for articles, wherever they are written: API responses, storage, the CLI. */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // stored items may carry newer fields
            .build();

    private ArticleJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
