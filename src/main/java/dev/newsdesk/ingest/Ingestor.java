package dev.newsdesk.ingest;

import dev.newsdesk.InParallel;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Slugs;
import dev.newsdesk.article.Source;
import dev.newsdesk.observe.LogLine;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.input.CharsetVerdict;
import dev.newsdesk.store.ArticleStore;
import dev.newsdesk.store.Listed;
import dev.newsdesk.store.SectionMove;
import dev.newsdesk.store.UploadLog;
import dev.newsdesk.store.UploadStatus;
import dev.newsdesk.store.UploadStatus.State;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The ingest use case, one S3 object event at a time: object → article → store. It knows nothing of Lambda.
 * Permanent failures (a file that can never be an article) are recorded and returned; transient ones
 * (throttling, network) are thrown so that the caller retries.
 */
public final class Ingestor {

    /** Slug variants tried when titles collide ({@code slug}, {@code slug-2}, … {@code slug-20}). */
    private static final int MAX_SLUG_VARIANTS = 20;
    /** The status of an article stored in a lighter form ({@link ArticleContent#lighter}), for the editor. */
    static final String TRIMMED_TO_FIT = "published without its pictures (or its links and emphasis): with them the"
            + " article would not fit in a DynamoDB item (400 KB)";

    private final S3Client s3;
    private final FileParser parser;
    private final ArticleStore articles;
    private final UploadLog uploads;
    private final long maxUploadBytes;
    private final Clock clock;

    public Ingestor(S3Client s3, FileParser parser, ArticleStore articles, UploadLog uploads, long maxUploadBytes,
                    Clock clock) {
        this.s3 = s3;
        this.parser = parser;
        this.articles = articles;
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
    }

    /**
     * An object was created or overwritten. While it is applied it is listed as pending; if applying it throws (a
     * store failed: the event is retried), it stays listed until a retry gets through.
     */
    public IngestOutcome created(ObjectEvent event) {
        long start = System.nanoTime();
        // The object is read while its status is: a round trip less for every upload, one unneeded GET (a read,
        // nothing written) for an event found stale or duplicate.
        InParallel.Task<ObjectRead> early = event.size() > maxUploadBytes ? null
                : InParallel.supply(() -> ObjectRead.of(this::read, event));
        Optional<UploadStatus> previous;
        try {
            previous = uploads.find(event.bucket(), event.key());
        } catch (RuntimeException | Error e) {
            if (early != null) early.settle();
            throw e;
        }
        if (previous.isPresent() && isStaleOrDuplicate(event, previous.get())) {
            if (early != null) early.settle();
            return outcome(event, IngestOutcome.Result.SKIPPED, previous.get().slug(), "already applied", start);
        }
        Pending pending = new Pending(now());
        // The pending entry goes in while the object is read and parsed, and is in before anything else is written.
        InParallel.Task<Void> seen = InParallel.start(
                () -> uploads.seen(event.bucket(), event.key(), event.sequencer().value(), pending.seenAt));
        Reader reader = early == null ? this::read : unused -> early.join().content();
        IngestOutcome outcome;
        try {
            outcome = apply(event, previous, start, false, seen::join, reader, pending);
        } catch (RuntimeException | Error e) {
            seen.settle();
            throw e;
        }
        seen.join();
        String settles = pending.takeOut();
        if (settles != null) uploads.settled(event.bucket(), event.key(), settles);
        return outcome;
    }

    /**
     * Parses the object's current content again and re-applies it (after a parser upgrade), under the sequencer of
     * the last event applied to the key: the article and status writes accept an equal sequencer, so the slug, the
     * first publication time and the views stay, while any newer event still wins (its writes carry a larger
     * sequencer, and ours then fail their conditions). A key whose last event was a deletion is left alone, so
     * nothing comes back that an editor removed; a key never ingested (a lost event) is applied with the smallest
     * sequencer, which every real event overrides. {@code size} and {@code etag} come from the bucket listing.
     * The article is written even if it parses as before: reprocessing is also how an article that differs from
     * its status is put right.
     */
    public IngestOutcome reprocess(String bucket, String key, long size, String etag) {
        long start = System.nanoTime();
        Optional<UploadStatus> previous = uploads.find(bucket, key);
        Sequencer last = previous.map(s -> new Sequencer(s.sequencer())).orElse(Sequencer.of(null));
        ObjectEvent event = new ObjectEvent(ObjectEvent.Kind.CREATED, bucket, key, size, etag, null, last);
        if (previous.isPresent() && previous.get().state() == State.DELETED) {
            return outcome(event, IngestOutcome.Result.SKIPPED, previous.get().slug(),
                    "deleted: an upload made since publishes through its own event", start);
        }
        return apply(event, previous, start, true, () -> { }, this::read, Pending.NONE);
    }

    /**
     * Size check, read, parse, publish: the part of an ingest that reprocessing repeats. {@code rewrite}: write the
     * article even if its content matches the status's fingerprint. {@code beforeWriting} runs before the first
     * write (reading and parsing do not wait for it). {@code reader} reads the object; {@code pending} is taken
     * out with the status this records, if it records one.
     */
    private IngestOutcome apply(ObjectEvent event, Optional<UploadStatus> previous, long start, boolean rewrite,
                                Runnable beforeWriting, Reader reader, Pending pending) {
        if (event.size() > maxUploadBytes) {
            beforeWriting.run();
            RejectedFileException tooLarge = RejectedFileException.tooLarge(event.size(), maxUploadBytes);
            return fail(event, previous, tooLarge.reason(), tooLarge.getMessage(), start, pending);
        }
        ArticleContent content;
        long parseStart = 0;
        try {
            Optional<ObjectContent> read = reader.read(event);
            if (read.isEmpty()) {
                // Deleted since: its ObjectRemoved event will follow (or has come) and settles the state.
                return outcome(event, IngestOutcome.Result.SKIPPED, null, "object no longer exists", start);
            }
            parseStart = System.nanoTime();
            content = parse(read.get(), event.key());
        } catch (RejectedFileException e) {
            beforeWriting.run();
            IngestOutcome failed = fail(event, previous, e.reason(), e.getMessage(), start, pending);
            return parseStart == 0 ? failed : failed.withParseMillis(millisSince(parseStart));
        }
        long parseMillis = millisSince(parseStart);
        beforeWriting.run();
        return publish(event, previous, content, start, rewrite, pending).withParseMillis(parseMillis);
    }

    /**
     * The parser's article or refusal. A fault of the parser's own (a bug) refuses the file, as the same bytes would
     * fail the same way on every retry; the log line names the exception's class and the line of our code it came
     * from (never its message, which may quote the file), and reprocessing the bucket after the fix reads it again.
     */
    private ArticleContent parse(ObjectContent object, String key) throws RejectedFileException {
        try {
            if (object.charset() != null) logDeclaredCharset(object, key);
            return parser.parse(object.bytes(), key, object.charset());
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println(LogLine.at(clock.instant()).field("event", "parser-fault").field("key", key)
                    .origin(e).toJson());
            throw new RejectedFileException(RejectedFileException.Reason.PARSER_FAULT,
                    "the parser failed on this file; the fault is logged for the team");
        }
    }

    /**
     * Tells the editor who declared a charset whether the parser reads the upload in it: a wrong declaration is set
     * aside silently otherwise. Only uploads that declare one pay for this check (the parser makes it again).
     */
    private void logDeclaredCharset(ObjectContent object, String key) {
        CharsetVerdict verdict = ArticleParser.charsetVerdict(object.bytes(), object.charset());
        System.err.println(LogLine.at(clock.instant()).field("event", "declared-charset").field("key", key)
                .field("charset", verdict.label())
                .field("resolvedTo", verdict.resolvedTo() == null ? null : verdict.resolvedTo().name())
                .field("verdict", verdict.obeyed() ? "obeyed" : "set aside").field("why", verdict.why()).toJson());
    }

    /**
     * An object was deleted: the article is taken down, and the deletion remembered against late creates. The
     * status goes last, once the article, its lists and its count are taken down: until then a retry of the event
     * is not "already applied", and finishes the take-down (each of its writes can be sent again).
     */
    public IngestOutcome removed(ObjectEvent event) {
        long start = System.nanoTime();
        Optional<UploadStatus> previous = uploads.find(event.bucket(), event.key());
        if (previous.isPresent() && !event.sequencer().isAfter(new Sequencer(previous.get().sequencer()))) {
            return outcome(event, IngestOutcome.Result.SKIPPED, previous.get().slug(), "already applied", start);
        }
        String slug = previous.map(UploadStatus::slug).orElse(null);
        String now = now();
        // The status's listing entries go in while the article is taken down: they stand for nothing until it is.
        InParallel.Task<Void> entered = InParallel.start(
                () -> uploads.enter(event.bucket(), event.key(), State.DELETED, now));
        SectionMove move;
        try {
            // The tombstone is conditional on the sequencer: from then on no older create can bring the article back.
            move = slug == null ? SectionMove.NONE
                    : articles.delete(slug, event.owner(), event.sequencer().value(), previous.orElse(null));
        } catch (RuntimeException | Error e) {
            entered.settle();
            throw e;
        }
        entered.join();
        if (!uploads.recordEntered(new UploadStatus(event.bucket(), event.key(), State.DELETED, slug,
                previous.map(UploadStatus::title).orElse(null), null, event.sequencer().value(),
                previous.map(UploadStatus::firstPublishedAt).orElse(null), now, null,
                Listed.nothing(event.sequencer().value())), null, () -> articles.settle(move))) {
            return outcome(event, IngestOutcome.Result.SKIPPED, slug, "a later event won", start);
        }
        return outcome(event, IngestOutcome.Result.DELETED, slug, null, start);
    }

    private IngestOutcome publish(ObjectEvent event, Optional<UploadStatus> previous, ArticleContent content,
                                  long start, boolean rewrite, Pending pending) {
        String fingerprint = Fingerprint.of(content);
        if (!rewrite && previous.isPresent() && isUnchanged(previous.get(), fingerprint)
                && advance(previous.get(), event)) {
            return outcome(event, IngestOutcome.Result.SKIPPED, previous.get().slug(),
                    "unchanged: the file parses to the published article", start);
        }
        String now = now();
        String firstPublished = previous.map(UploadStatus::firstPublishedAt).orElse(null);
        if (firstPublished == null) firstPublished = now;
        Source source = new Source(event.bucket(), event.key(), content.format(), event.etag(), event.versionId());
        String base = previous.map(UploadStatus::slug).orElseGet(() -> Slugs.fromTitle(content.title(), content.language()));
        ArticleContent stored = content;
        String note = null;
        // The status's listing entries go in while the article is written: until the status is recorded they stand
        // for nothing, and it is recorded once both are done.
        InParallel.Task<Void> entered = InParallel.start(
                () -> uploads.enter(event.bucket(), event.key(), State.PUBLISHED, now));
        try {
            for (int n = 1; n <= MAX_SLUG_VARIANTS; n++) {
                String slug = Slugs.variant(base, n);
                Article article = new Article(slug, stored, source, 0, firstPublished, now);
                ArticleStore.Put put = articles.put(article, event.owner(), event.sequencer().value(),
                        firstPublished, previous.orElse(null));
                switch (put.result()) {
                    case WRITTEN -> {
                        entered.join();
                        if (!uploads.recordEntered(new UploadStatus(event.bucket(), event.key(), State.PUBLISHED,
                                slug, stored.title(), note, event.sequencer().value(), firstPublished, now,
                                fingerprint, put.listed()), pending.takeOut(), () -> articles.settle(put.move()))) {
                            settleAfterLaterEvent(event, slug, put);
                            return outcome(event, IngestOutcome.Result.SKIPPED, slug, "a later event won", start);
                        }
                        return outcome(event, IngestOutcome.Result.PUBLISHED, slug, null, start);
                    }
                    case STALE -> {
                        withdraw(entered, event, now);
                        return outcome(event, IngestOutcome.Result.SKIPPED, slug, "a later event won", start);
                    }
                    case TOO_LARGE -> {
                        ArticleContent lighter = stored.lighter();
                        if (lighter == null) {
                            withdraw(entered, event, now);
                            return fail(event, previous, RejectedFileException.Reason.TOO_LARGE,
                                    "the article is too large to store, even compressed", start, pending);
                        }
                        stored = lighter;
                        note = TRIMMED_TO_FIT;
                        n--; // the same slug again, lighter
                    }
                    case SLUG_TAKEN -> {
                        // another file has this title: try the next variant
                    }
                }
            }
            withdraw(entered, event, now);
        } catch (RuntimeException | Error e) {
            entered.settle();
            throw e;
        }
        return fail(event, previous, RejectedFileException.Reason.NOT_AN_ARTICLE,
                "more than " + MAX_SLUG_VARIANTS + " articles share the title \"" + content.title() + "\"", start,
                pending);
    }

    /**
     * Takes out the listing entries {@link #publish} made for a status it is not going to record (before a failure
     * is recorded, whose entries may fall at the same time).
     */
    private void withdraw(InParallel.Task<Void> entered, ObjectEvent event, String at) {
        entered.join();
        uploads.withdraw(event.bucket(), event.key(), State.PUBLISHED, at);
    }

    /** Published under this fingerprint: the new content is the article as it stands. */
    private static boolean isUnchanged(UploadStatus previous, String fingerprint) {
        return previous.state() == State.PUBLISHED && fingerprint.equals(previous.fingerprint());
    }

    /**
     * Records {@code event} as applied without writing the article. A status moved by another event since it was
     * read refuses (false): then the article is written in full, and the writes' conditions settle the order.
     */
    private boolean advance(UploadStatus previous, ObjectEvent event) {
        return !event.sequencer().isAfter(new Sequencer(previous.sequencer()))
                || uploads.advance(previous, event.sequencer().value());
    }

    /**
     * A later event recorded its status while this one was writing (no transactions: the article write cannot see
     * it). If it is a deletion, its own article delete may have run before our write, and our write brought the
     * article back: take it back. The deletion writes its tombstone before it deletes, so either it deletes after
     * our write, or we see its tombstone here; the article never outlives the deletion. If it is an unchanged
     * re-upload, it wrote no article, and ours (older) may now stand over it: if the article still carries our
     * sequencer, write it again from the object as it is, under the later event's sequencer (source etag unknown).
     */
    private void settleAfterLaterEvent(ObjectEvent event, String slug, ArticleStore.Put put) {
        Optional<UploadStatus> later = uploads.find(event.bucket(), event.key())
                .filter(s -> new Sequencer(s.sequencer()).isAfter(event.sequencer()));
        if (later.isEmpty()) return;
        UploadStatus status = later.get();
        if (status.state() == State.DELETED) {
            // The deletion's own take-down counted from the status it found, not from our write: ours is undone.
            articles.takeDown(slug, event.owner(), status.sequencer());
            articles.withdraw(put.listed(), put.move());
        } else if (status.state() == State.PUBLISHED && slug.equals(status.slug())
                && event.sequencer().value().equals(articles.sequencerOf(slug))) {
            articles.withdraw(put.listed(), put.move());
            ObjectEvent laterEvent = new ObjectEvent(ObjectEvent.Kind.CREATED, event.bucket(), event.key(), 0, null,
                    null, new Sequencer(status.sequencer()));
            apply(laterEvent, later, System.nanoTime(), true, () -> { }, this::read, Pending.NONE);
        }
    }

    /** Records the failure; a previously published version stays online. */
    private IngestOutcome fail(ObjectEvent event, Optional<UploadStatus> previous, RejectedFileException.Reason reason,
                               String detail, long start, Pending pending) {
        String why = reason.code() + ": " + detail;
        String slug = previous.map(UploadStatus::slug).orElse(null);
        uploads.record(new UploadStatus(event.bucket(), event.key(), State.FAILED, slug,
                previous.map(UploadStatus::title).orElse(null), why,
                event.sequencer().value(), previous.map(UploadStatus::firstPublishedAt).orElse(null), now(), null,
                previous.map(UploadStatus::listed).orElse(Listed.nothing(null))), pending.takeOut());
        return outcome(event, IngestOutcome.Result.FAILED, slug, why, start);
    }

    /** The same event again, or an older one than the last applied: a retry after a crash still re-applies. */
    private static boolean isStaleOrDuplicate(ObjectEvent event, UploadStatus previous) {
        Sequencer last = new Sequencer(previous.sequencer());
        return last.isAfter(event.sequencer()) || last.equals(event.sequencer());
    }

    /**
     * The object's bytes, never more than the limit, with the charset its Content-Type declares (the GET's response
     * carries it: no request more); empty if the object is gone.
     */
    private Optional<ObjectContent> read(ObjectEvent event) throws RejectedFileException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> {
            b.bucket(event.bucket()).key(event.key());
            if (event.versionId() != null) b.versionId(event.versionId());
        })) {
            Long length = in.response().contentLength();
            if (length != null && length > maxUploadBytes) {
                throw RejectedFileException.tooLarge(length, maxUploadBytes);
            }
            return Optional.of(ObjectContent.of(readAtMost(in, maxUploadBytes), in.response().contentType()));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + event.bucket() + "/" + event.key(), e);
        }
    }

    /** Reads an event's object: {@link #read}, or a read started earlier. */
    @FunctionalInterface
    private interface Reader {
        Optional<ObjectContent> read(ObjectEvent event) throws RejectedFileException;
    }

    /**
     * What reading an object came to, for a read on another thread: its content (empty: gone), or why it is refused.
     */
    private record ObjectRead(Optional<ObjectContent> found, RejectedFileException refused) {

        static ObjectRead of(Reader reader, ObjectEvent event) {
            try {
                return new ObjectRead(reader.read(event), null);
            } catch (RejectedFileException e) {
                return new ObjectRead(null, e);
            }
        }

        Optional<ObjectContent> content() throws RejectedFileException {
            if (refused != null) throw refused;
            return found;
        }
    }

    /**
     * The pending-listing entry of the event being applied ({@link UploadLog#seen}). It goes out once: with the
     * status that settles the event, in the request that changes that status's other entries, or on its own after.
     * Mutable, and confined to the one ingest (one thread) that holds it.
     */
    private static final class Pending {

        /** Reprocessing: no pending entry was made. */
        static final Pending NONE = new Pending(null);

        final String seenAt;
        private boolean out;

        Pending(String seenAt) {
            this.seenAt = seenAt;
        }

        /** The time the entry was seen at, for the write that takes it out; null if none is left to take out. */
        String takeOut() {
            if (seenAt == null || out) return null;
            out = true;
            return seenAt;
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException, RejectedFileException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new RejectedFileException(RejectedFileException.Reason.TOO_LARGE,
                    "the file is larger than the limit of " + max + " bytes");
        }
        return bytes;
    }

    private IngestOutcome outcome(ObjectEvent event, IngestOutcome.Result result, String slug, String reason,
                                  long start) {
        return new IngestOutcome(event.bucket(), event.key(), result, slug, reason,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private String now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }
}
