package dev.newsdesk.views;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.store.Attr;
import dev.newsdesk.store.Keys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Materializes the rankings, so that reading one costs a fixed number of requests however many articles
 * there are. Run periodically by one caller at a time (a schedule on AWS, a timer on one machine), it folds
 * the {@link ViewLog}'s complete minutes into a tally of the open hour; closes finished hours into hour
 * tallies; keeps a running tally per window (the views of its last N hours, or of all time) by adding each
 * closed hour and taking out the hour that leaves; and writes the top articles of each window, overall and
 * per section, with the minutes not folded yet added in.
 *
 * <p>A run does a bounded amount of work: it folds the backlog an hour at a time and stops starting new hours
 * once its time budget is spent, so a backlog longer than one run (an outage, a spike) is caught up over the
 * next runs instead of timing out every one of them. Until then the rankings are written as of the last folded
 * minute, and {@link Report#lag} says how far behind that is.
 *
 * <p>With each save it writes the {@link ViewTotals total} of every article whose views it folded since the last
 * one: an article's count is then one key to read. With workers ({@link #foldPart}, one per group of the view
 * log's partitions), whole hours of backlog are folded side by side into part tallies that a run adds up, and a
 * run reads at most a few minutes of the log itself: an hour of log at 100,000 views/s is more than one function
 * reads within a run (docs/data-model.md, "The rollup at full rate").
 *
 * <p>Every tally is saved under a name that the state item points to, and the state is written last: a run
 * that dies half-way leaves the last saved state whole, and the next run redoes the work after it. The state is
 * saved after each closed hour, so no more than an hour of folding is ever redone.
 *
 * <p>Runs that overlap (the schedule's events are asynchronous, and nothing reserves a single instance) are
 * safe: the state is written only if its revision is still the one this run read, so a run that another run
 * overtook stops without deleting anything. A tally's name says what it holds (the open hour through a minute,
 * a window through an hour), so two runs that save the same name save the same content.
 */
public final class RankingRollup {

    /** How many articles each materialized ranking keeps: the API serves up to 100, deleted ones filtered. */
    static final int KEPT = 200;
    /** On its very first run the rollup looks this far back for views counted before it started. */
    private static final Duration FIRST_LOOKBACK = Duration.ofHours(1);
    /** With workers, the most minutes a run reads from the log itself in one step (a partial hour). */
    private static final Duration DIRECT_MINUTES = Duration.ofMinutes(10);
    /** How many hours ahead of the rollup's state a worker folds in one run. */
    private static final int AHEAD_HOURS = 12;
    /** The state item's attribute that each save increments: a save expects the one its run read. */
    private static final String REVISION = "revision";
    /** Set on the state item once every article's total is written (absent on a state saved before totals). */
    private static final String TOTALS = "totals";

    private final DynamoDbClient dynamo;
    private final String table;
    private final ViewLog log;
    private final TallyStore tallies;
    private final ViewTotals totals;
    private final ReadReplicas replicas;
    private final int partitions;
    private final Duration grace;
    private final Duration budget;
    private final LongSupplier nanoTime;
    private final int workers;
    private final Map<String, String> lastWritten = new HashMap<>();

    /**
     * @param grace    how long after a minute ends a view of it may still be written (a request in flight);
     *                 minutes are folded only after it, and read live until then
     * @param budget   how long a run may keep starting to fold another hour (the last one started, the rankings
     *                 and the state come after it: leave them room under the caller's timeout)
     * @param nanoTime the monotonic time the budget is measured on, in nanoseconds ({@link System#nanoTime})
     */
    public RankingRollup(DynamoDbClient dynamo, String table, ViewCounter counter, Duration grace, Duration budget,
                         LongSupplier nanoTime) {
        this(dynamo, table, counter, grace, budget, nanoTime, 1);
    }

    /**
     * @param workers how many workers ({@link #foldPart}) fold whole hours of backlog, each its share of the view
     *                log's partitions, for {@link #run} to add up; 1: none, {@link #run} reads the log itself
     */
    public RankingRollup(DynamoDbClient dynamo, String table, ViewCounter counter, Duration grace, Duration budget,
                         LongSupplier nanoTime, int workers) {
        this.workers = workers;
        this.dynamo = dynamo;
        this.table = table;
        this.log = counter.log();
        this.tallies = new TallyStore(dynamo, table);
        this.totals = counter.stored();
        this.replicas = counter.replicas();
        this.partitions = log.partitions();
        this.grace = grace;
        this.budget = budget;
        this.nanoTime = nanoTime;
    }

    /**
     * What one run did.
     *
     * @param foldedThrough the last minute whose views are in the tallies
     * @param caughtUp      whether every complete minute is folded (if not, the next run goes on)
     * @param superseded    another run saved the state since this one read it: this one stopped there
     */
    public record Report(int hoursClosed, int rankingsWritten, Instant foldedThrough, boolean caughtUp,
                         boolean superseded) {
        /** How long ago the last folded minute ended: what the rankings may miss beyond the live minutes. */
        public Duration lag(Instant now) {
            return Duration.between(foldedThrough.plus(1, ChronoUnit.MINUTES), now);
        }
    }

    /**
     * The rollup's progress: everything up to {@code foldedThrough} is in the open hour's or older tallies, and,
     * once {@code totals} is set, in every article's {@link ViewTotals total} (a state saved before totals existed
     * has it unset: the next run writes the total of every article the all-time tally holds).
     */
    record State(Instant foldedThrough, Instant openHour, Instant closedThrough, TreeSet<Instant> hoursWithViews,
                 long revision, boolean totals) {
        /** The same progress marker with another position (the revision is the saved state's until saved). */
        State at(Instant foldedThrough, Instant openHour, Instant closedThrough, TreeSet<Instant> hoursWithViews) {
            return new State(foldedThrough, openHour, closedThrough, hoursWithViews, revision, totals);
        }

        State withTotals() {
            return new State(foldedThrough, openHour, closedThrough, hoursWithViews, revision, true);
        }

        String openName() {
            return "open@" + ViewLog.MINUTE.format(foldedThrough);
        }

        String windowName(Window window) {
            return "window-" + window.label() + "@" + ViewLog.HOUR.format(closedThrough);
        }
    }

    public synchronized Report run(Instant now) {
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        Optional<State> stored = loadState(dynamo, table);
        State saved = stored.orElseGet(() -> {
            Instant start = minute(now).minus(FIRST_LOOKBACK);
            return new State(start, hour(start), hour(start).minus(1, ChronoUnit.HOURS), new TreeSet<>(), 0, true);
        });
        State state = saved;
        Instant lastComplete = minute(now.minus(grace)).minus(1, ChronoUnit.MINUTES);
        // A stored state's tallies all exist, unless another run has moved on and deleted them since it was read.
        Optional<Tally> storedOpen = stored.isPresent() ? tallies.load(state.openName()) : Optional.of(Tally.empty());
        if (storedOpen.isEmpty()) return superseded(0, saved);
        Tally open = storedOpen.get();
        Map<Window, Tally> windows = new EnumMap<>(Window.class);
        for (Window w : Window.values()) {
            Optional<Tally> window = stored.isPresent() ? tallies.load(state.windowName(w)) : Optional.of(Tally.empty());
            if (window.isEmpty()) return superseded(0, saved);
            windows.put(w, window.get());
        }
        int closed = 0;
        long version = now.toEpochMilli() * 1000;
        // What this run folded since it last wrote totals, from which minute on: those articles' totals are written
        // with each save, before the state (a run that dies between them redoes the minutes and writes the same).
        Tally folded = Tally.empty();
        Instant foldedFrom = state.foldedThrough();
        if (!state.totals()) {
            folded = windows.get(Window.ALL).plus(open); // the upgrade: every article's total, once, at one slice
            foldedFrom = Instant.EPOCH;
            state = state.withTotals();
        }

        while (lastComplete.isAfter(state.foldedThrough()) && deadline - nanoTime.getAsLong() > 0) {
            Instant next = state.foldedThrough().plus(1, ChronoUnit.MINUTES);
            if (hour(next).isAfter(state.openHour())) {
                // Every minute of the open hour is folded: close it, and skip the hours after it that change nothing.
                TreeSet<Instant> hoursWithViews = new TreeSet<>(state.hoursWithViews());
                closeHour(state.openHour(), open, windows, hoursWithViews);
                Instant h = hour(next);
                Instant jumpTo = earliest(log.firstHourWithViews(state.foldedThrough(), lastComplete).orElse(null),
                        nextLeaving(hoursWithViews, h), hour(lastComplete));
                if (jumpTo.isAfter(h)) h = jumpTo;
                closed += (int) ChronoUnit.HOURS.between(state.openHour(), h);
                hoursWithViews.headSet(h.minus(Duration.ofDays(31))).clear();
                state = state.at(h.minus(1, ChronoUnit.MINUTES), h, h.minus(1, ChronoUnit.HOURS), hoursWithViews);
                open = Tally.empty();
                writeTotals(folded, foldedFrom, state.foldedThrough(), windows.get(Window.ALL), now);
                folded = Tally.empty();
                foldedFrom = state.foldedThrough();
                Instant closedHour = saved.openHour();
                Optional<State> written = save(saved, state, open, windows, version++);
                if (written.isEmpty()) return superseded(closed, saved);
                saved = state = written.get();
                if (workers > 1) {
                    for (int group = 0; group < workers; group++) tallies.delete(partName(closedHour, group));
                }
                continue;
            }
            Instant upTo = earliest(lastComplete, null, state.openHour().plus(59, ChronoUnit.MINUTES));
            Tally minutes;
            if (workers > 1 && isWholeHour(state, upTo)) {
                // A whole hour of backlog: the workers fold it, each its partitions, side by side.
                Optional<Tally> parts = loadParts(state.openHour());
                if (parts.isEmpty()) break; // not all folded yet: a later run adds them up
                minutes = parts.get();
            } else {
                // With workers, this run reads at most a few minutes at a time itself, so that its budget holds.
                if (workers > 1) upTo = earliest(upTo, null, state.foldedThrough().plus(DIRECT_MINUTES));
                minutes = log.read(state.foldedThrough(), upTo).getOrDefault(state.openHour(), Tally.empty());
            }
            open = open.plus(minutes);
            folded = folded.plus(minutes);
            state = state.at(upTo, state.openHour(), state.closedThrough(), state.hoursWithViews());
        }
        if (state != saved) {
            writeTotals(folded, foldedFrom, state.foldedThrough(), windows.get(Window.ALL).plus(open), now);
            Optional<State> written = save(saved, state, open, windows, version);
            if (written.isEmpty()) return superseded(closed, saved);
            state = written.get();
        }
        boolean caughtUp = !lastComplete.isAfter(state.foldedThrough());
        // Behind, the rankings are those of the last folded minute; caught up, the minutes since are added live.
        Tally recent = open;
        if (caughtUp) {
            for (Tally t : log.read(state.foldedThrough(), minute(now)).values()) recent = recent.plus(t);
        }
        int written = writeRankings(state, recent, windows, caughtUp ? now : state.foldedThrough(), now);
        return new Report(closed, written, state.foldedThrough(), caughtUp, false);
    }

    /** What one worker's run did: the whole hours of backlog it folded its partitions of. */
    public record WorkerReport(int group, int hoursFolded) {
    }

    /**
     * One worker's run: for each whole hour of backlog that {@link #run} has not started, oldest first, folds the
     * view log's partitions of group {@code group} (of {@code workers}) into a part tally, unless it is there
     * already; it starts no new hour once its budget is spent. Parts are named by hour and group, so overlapping
     * runs of one worker save the same content.
     */
    public WorkerReport foldPart(Instant now, int group) {
        if (group < 0 || group >= workers) {
            throw new IllegalArgumentException("worker group " + group + " of " + workers);
        }
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        Optional<State> stored = loadState(dynamo, table);
        if (stored.isEmpty()) return new WorkerReport(group, 0);
        State state = stored.get();
        Instant lastComplete = minute(now.minus(grace)).minus(1, ChronoUnit.MINUTES);
        Instant hour = isWholeHourAhead(state) ? state.openHour() : state.openHour().plus(1, ChronoUnit.HOURS);
        int folded = 0;
        for (; !hour.plus(59, ChronoUnit.MINUTES).isAfter(lastComplete) && deadline - nanoTime.getAsLong() > 0
                && folded < AHEAD_HOURS; hour = hour.plus(1, ChronoUnit.HOURS)) {
            String name = partName(hour, group);
            if (tallies.load(name).isPresent()) continue;
            Tally part = log.read(hour.minus(1, ChronoUnit.MINUTES), hour.plus(59, ChronoUnit.MINUTES), group, workers)
                    .getOrDefault(hour, Tally.empty());
            tallies.save(name, part, 1);
            folded++;
        }
        return new WorkerReport(group, folded);
    }

    /** Whether nothing of the open hour is folded yet (its whole hour is ahead). */
    private static boolean isWholeHourAhead(State state) {
        return state.foldedThrough().equals(state.openHour().minus(1, ChronoUnit.MINUTES));
    }

    /** Whether folding through {@code upTo} folds the whole open hour at once. */
    private static boolean isWholeHour(State state, Instant upTo) {
        return isWholeHourAhead(state) && upTo.equals(state.openHour().plus(59, ChronoUnit.MINUTES));
    }

    /** The whole hour's views from every worker's part; empty unless every part is there. */
    private Optional<Tally> loadParts(Instant hour) {
        Tally sum = Tally.empty();
        for (int group = 0; group < workers; group++) {
            Optional<Tally> part = tallies.load(partName(hour, group));
            if (part.isEmpty()) return Optional.empty();
            sum = sum.plus(part.get());
        }
        return Optional.of(sum);
    }

    private String partName(Instant hour, int group) {
        return "part@" + ViewLog.HOUR.format(hour) + "#" + group + "of" + workers;
    }

    private static Report superseded(int closed, State saved) {
        return new Report(closed, 0, saved.foldedThrough(), false, true);
    }

    /**
     * Saves {@code state}'s tallies under their names, then the state, then deletes what {@code previous} named
     * and {@code state} does not. Window tallies change only when an hour closes (their names with it); the first
     * save writes them all, so that every tally a stored state names exists.
     *
     * @return the state as saved (its new revision); empty if another run saved one since {@code previous}
     */
    private Optional<State> save(State previous, State state, Tally open, Map<Window, Tally> windows, long version) {
        tallies.save(state.openName(), open, version);
        for (Window w : Window.values()) {
            if (previous.revision() == 0 || !state.windowName(w).equals(previous.windowName(w))) {
                tallies.save(state.windowName(w), windows.get(w), version);
            }
        }
        State saved = new State(state.foldedThrough(), state.openHour(), state.closedThrough(), state.hoursWithViews(),
                previous.revision() + 1, state.totals());
        try {
            saveState(saved, previous.revision());
        } catch (ConditionalCheckFailedException overtaken) {
            return Optional.empty(); // what this run saved is named by content: the other run's state may use it
        }
        if (!state.openName().equals(previous.openName())) tallies.delete(previous.openName());
        for (Window w : Window.values()) {
            if (!state.windowName(w).equals(previous.windowName(w))) tallies.delete(previous.windowName(w));
        }
        return Optional.of(saved);
    }

    /**
     * Writes the total of every article in {@code folded} (the views folded from {@code from} to {@code through}),
     * as {@code allTime} holds it, with the slices its rate over that stretch needs; a story that rate makes hot
     * gets its read replicas rewritten from its article item first, as of {@code now} ({@link ReadReplicas}), so
     * that a total never names copies that are not there.
     */
    private void writeTotals(Tally folded, Instant from, Instant through, Tally allTime, Instant now) {
        if (folded.isEmpty()) return;
        double seconds = Math.max(60, Duration.between(from, through).toSeconds());
        Map<String, Double> rates = new HashMap<>();
        Map<String, ViewTotals.Total> written = new HashMap<>();
        for (Tally.Line line : folded.lines()) {
            double rate = line.views() / seconds;
            rates.put(line.slug(), rate);
            written.put(line.slug(), new ViewTotals.Total(allTime.views(line.slug()), through,
                    ViewTotals.spreadFor(rate, partitions), 0));
        }
        replicas.copy(rates, written, now)
                .forEach((slug, count) -> written.put(slug, written.get(slug).withReplicas(count)));
        totals.write(written);
    }

    /** Adds the closed hour to every window and takes out the hour that leaves each one. */
    private void closeHour(Instant hour, Tally tally, Map<Window, Tally> windows, TreeSet<Instant> hoursWithViews) {
        if (!tally.isEmpty()) {
            tallies.save(hourName(hour), tally, 1);
            hoursWithViews.add(hour);
        }
        for (Window w : Window.values()) {
            Tally sum = windows.get(w).plus(tally);
            if (w.length().isPresent()) {
                Instant leaving = hour.minus(w.length().get());
                if (hoursWithViews.contains(leaving)) sum = sum.minus(tallies.loadOrEmpty(hourName(leaving)));
            }
            windows.put(w, sum);
        }
    }

    /** The first hour at or after {@code from} whose closing takes an hour with views out of some window. */
    private static Instant nextLeaving(TreeSet<Instant> hoursWithViews, Instant from) {
        Instant best = null;
        for (Window w : Window.values()) {
            if (w.length().isEmpty()) continue;
            Instant leaving = hoursWithViews.ceiling(from.minus(w.length().get()));
            if (leaving != null) {
                Instant closingHour = leaving.plus(w.length().get());
                if (best == null || closingHour.isBefore(best)) best = closingHour;
            }
        }
        return best;
    }

    private static Instant earliest(Instant a, Instant b, Instant cap) {
        Instant best = cap;
        if (a != null && a.isBefore(best)) best = a;
        if (b != null && b.isBefore(best)) best = b;
        return best;
    }

    /**
     * Writes every ranking: {@code recent} (the open hour's views, and the live minutes when caught up) added to
     * each window, as the window stands at {@code asOf}.
     */
    private int writeRankings(State state, Tally recent, Map<Window, Tally> windows, Instant asOf, Instant now) {
        // Every section ever viewed gets its rankings rewritten, so one whose views left a window is emptied.
        Map<String, String> sections = windows.get(Window.ALL).plus(recent).sections();
        int written = 0;
        for (Window w : Window.values()) {
            Tally counts = windows.get(w).plus(recent);
            if (w.length().isPresent()) {
                // The window's tally ends with the last closed hour; hours that have left the window since go out.
                Instant firstInWindow = hour(asOf).minus(w.length().get()).plus(1, ChronoUnit.HOURS);
                Instant firstInTally = state.closedThrough().minus(w.length().get()).plus(1, ChronoUnit.HOURS);
                for (Instant h : state.hoursWithViews().subSet(firstInTally, true, firstInWindow, false)) {
                    counts = counts.minus(tallies.loadOrEmpty(hourName(h)));
                }
            }
            written += write(w, null, counts.top(KEPT, null), now);
            for (var section : sections.entrySet()) {
                written += write(w, section.getValue(), counts.top(KEPT, section.getKey()), now);
            }
        }
        return written;
    }

    private int write(Window window, String section, List<Tally.Line> top, Instant now) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Tally.Line line : top) {
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("slug", line.slug());
            entry.put("title", line.title());
            entry.put("section", line.section());
            entry.put("views", line.views());
            entries.add(entry);
        }
        String json;
        try {
            json = ArticleJson.mapper().writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String pk = Keys.ranking(window.label(), section);
        if (json.equals(lastWritten.get(pk))) return 0; // unchanged since this process last wrote it
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(pk, Keys.SINGLE));
        item.put("entries", Attr.s(json));
        item.put("computedAt", Attr.s(now.toString()));
        dynamo.putItem(b -> b.tableName(table).item(item));
        lastWritten.put(pk, json);
        return 1;
    }

    /** The progress the last run saved (consistent read); empty before the first run. */
    static Optional<State> loadState(DynamoDbClient dynamo, String table) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.rollupState(), Keys.SINGLE))).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        TreeSet<Instant> hours = new TreeSet<>();
        AttributeValue set = item.get("hoursWithViews");
        if (set != null && set.hasSs()) set.ss().forEach(s -> hours.add(Instant.parse(s)));
        AttributeValue revision = item.get(REVISION);
        return Optional.of(new State(Instant.parse(Attr.string(item, "foldedThrough")),
                Instant.parse(Attr.string(item, "openHour")), Instant.parse(Attr.string(item, "closedThrough")), hours,
                revision == null ? 0 : Attr.number(item, REVISION), item.containsKey(TOTALS)));
    }

    /** Writes {@code state} unless the stored state's revision is no longer {@code expected} (0: none yet). */
    private void saveState(State state, long expected) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.rollupState(), Keys.SINGLE));
        item.put("foldedThrough", Attr.s(state.foldedThrough().toString()));
        item.put("openHour", Attr.s(state.openHour().toString()));
        item.put("closedThrough", Attr.s(state.closedThrough().toString()));
        if (!state.hoursWithViews().isEmpty()) {
            item.put("hoursWithViews", Attr.ss(state.hoursWithViews().stream().map(Instant::toString).toList()));
        }
        item.put(REVISION, Attr.n(state.revision()));
        if (state.totals()) item.put(TOTALS, AttributeValue.fromBool(true));
        dynamo.putItem(b -> b.tableName(table).item(item)
                .conditionExpression(expected == 0 ? "attribute_not_exists(#revision)" : "#revision = :expected")
                .expressionAttributeNames(Map.of("#revision", REVISION))
                .expressionAttributeValues(expected == 0 ? null : Map.of(":expected", Attr.n(expected))));
    }

    /** The name of a closed hour's tally (saved once, never changed: it may be cached). */
    static String hourName(Instant hour) {
        return "hour@" + ViewLog.HOUR.format(hour);
    }

    private static Instant minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant hour(Instant t) {
        return t.truncatedTo(ChronoUnit.HOURS);
    }
}
