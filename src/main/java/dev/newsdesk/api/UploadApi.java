package dev.newsdesk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.ingest.FailureAdvice;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.InvalidCursorException;
import dev.newsdesk.store.ListQuery;
import dev.newsdesk.store.Page;
import dev.newsdesk.store.PendingUpload;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.store.UploadQuery;
import dev.newsdesk.store.UploadStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The editor routes (README.md, "The API"): what became of each upload of the bucket, one upload's status, and
 * presigned URLs to upload with. On AWS only a signed-in editor reaches them (the HTTP API's JWT authorizer).
 */
public final class UploadApi {

    /** The listing of uploads seen but not ingested yet: not a status's state, an upload without one so far. */
    private static final String PENDING = "pending";
    /** Statuses change as files are ingested: never cached. */
    private static final String EDITOR_CACHE = "no-store";
    private static final int MAX_BODY = 4096;
    /** S3's limit: a longer key names no upload (and is longer than a DynamoDB key may be). */
    private static final int MAX_S3_KEY_BYTES = 1024;

    private final UploadLog uploads;
    private final ArticleStore articles;
    private final BiFunction<String, String, Optional<Instant>> inBucket;
    private final UploadGrants grants;
    private final String bucket;

    /**
     * @param inBucket when an object (bucket, key) was written, if it is in the bucket (an upload with no status
     *                 yet is pending)
     */
    public UploadApi(UploadLog uploads, ArticleStore articles, BiFunction<String, String, Optional<Instant>> inBucket,
                     UploadGrants grants, String bucket) {
        this.uploads = uploads;
        this.articles = articles;
        this.inBucket = inBucket;
        this.grants = grants;
        this.bucket = bucket;
    }

    /**
     * One upload as the editor routes show it.
     *
     * @param state   published, failed, deleted, or pending (in the bucket, not ingested yet)
     * @param failure for a failed upload, its reason in words and what to do; else null
     */
    record Upload(String key, String state, String reason, String updatedAt, String firstPublishedAt, String slug,
                  String title, FailureAdvice failure) {

        static Upload of(UploadStatus s, String title) {
            boolean failed = s.state() == UploadStatus.State.FAILED && s.reason() != null;
            return new Upload(s.key(), s.state().json(), s.reason(), s.updatedAt(), s.firstPublishedAt(), s.slug(),
                    title, failed ? FailureAdvice.of(s.reason()) : null);
        }

        static Upload pending(String key, Instant since) {
            return new Upload(key, PENDING, null, since == null ? null : since.toString(), null, null, null, null);
        }

        /** Seen by ingest, not applied yet; the article of an earlier upload of the key still stands meanwhile. */
        static Upload pending(PendingUpload p) {
            UploadStatus before = p.previous();
            boolean standing = before != null && before.state() == UploadStatus.State.PUBLISHED;
            return new Upload(p.key(), PENDING, null, p.since(), standing ? before.firstPublishedAt() : null,
                    standing ? before.slug() : null, standing ? before.title() : null, null);
        }
    }

    record UploadList(List<Upload> uploads, String nextCursor) {
    }

    ApiResponse list(ApiRequest request) {
        Params params = new Params(request.query());
        boolean pending = PENDING.equals(params.text("state"));
        UploadQuery query = new UploadQuery(bucket, pending ? null : state(params), prefix(params),
                params.limit(ListQuery.DEFAULT_LIMIT), params.cursor(), pending);
        UploadList list;
        try {
            if (pending) {
                Page<PendingUpload> page = uploads.pending(query);
                list = new UploadList(page.items().stream().map(Upload::pending).toList(), page.nextCursor());
            } else {
                Page<UploadStatus> page = uploads.list(query);
                list = new UploadList(page.items().stream().map(s -> Upload.of(s, s.title())).toList(),
                        page.nextCursor());
            }
        } catch (InvalidCursorException e) {
            throw ApiException.badParameter(e.getMessage());
        }
        return Responses.json(request, list, EDITOR_CACHE, null);
    }

    ApiResponse get(ApiRequest request, String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_S3_KEY_BYTES) {
            throw ApiException.notFound("no upload has that key: S3 keys are at most " + MAX_S3_KEY_BYTES + " bytes");
        }
        Optional<UploadStatus> status = uploads.find(bucket, key);
        if (status.isEmpty()) {
            Instant since = inBucket.apply(bucket, key).orElseThrow(() -> ApiException.notFound(
                    "no upload has the key \"" + Params.shorten(key) + "\" (and no such file is in the bucket)"));
            return Responses.json(request, Upload.pending(key, since), EDITOR_CACHE, null);
        }
        UploadStatus s = status.get();
        // A status recorded before titles were kept: the article has it.
        String title = s.title() != null || s.slug() == null || s.state() != UploadStatus.State.PUBLISHED ? s.title()
                : articles.find(s.slug()).map(a -> a.content().title()).orElse(null);
        return Responses.json(request, Upload.of(s, title), EDITOR_CACHE, null);
    }

    ApiResponse grant(ApiRequest request) {
        JsonNode body = body(request.body());
        JsonNode key = body.get("key");
        if (key != null && !key.isTextual()) throw ApiException.badParameter("key must be a string");
        JsonNode size = body.get("size");
        if (size != null && !size.isNull() && !size.canConvertToLong()) {
            throw ApiException.badParameter("size must be a whole number of bytes");
        }
        UploadGrants.Grant grant = grants.grant(UploadKeys.check(key == null ? null : key.asText()),
                size == null || size.isNull() ? null : size.asLong());
        return Responses.json(request, grant, EDITOR_CACHE, null);
    }

    private static JsonNode body(String text) {
        String example = "; send a JSON object such as {\"key\":\"city/council.html\"}";
        if (text.isBlank()) throw ApiException.badRequest("the request has no body" + example);
        if (text.length() > MAX_BODY) throw ApiException.badRequest("the body is longer than " + MAX_BODY + " characters");
        JsonNode node;
        try {
            node = ArticleJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON" + example);
        }
        if (node == null || !node.isObject()) throw ApiException.badRequest("the body is not a JSON object" + example);
        return node;
    }

    private static UploadStatus.State state(Params params) {
        String raw = params.text("state");
        if (raw == null) return null;
        for (UploadStatus.State state : UploadStatus.State.values()) {
            if (state.json().equals(raw)) return state;
        }
        String states = Stream.concat(Stream.of(UploadStatus.State.values()).map(UploadStatus.State::json),
                Stream.of(PENDING)).collect(Collectors.joining(", "));
        throw ApiException.badParameter("state must be one of " + states + ", not \"" + Params.shorten(raw) + "\"");
    }

    private static String prefix(Params params) {
        String raw = params.text("prefix");
        if (raw != null && raw.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badParameter("prefix holds a control character");
        }
        return raw;
    }
}
