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
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Materializes the rankings, so that reading one costs a fixed number of requests however many articles
 * there are. Run periodically by one caller at a time (a schedule on AWS, a timer on one machine), it folds
 * the {@link ViewLog}'s complete minutes into a tally of the open hour; closes finished hours into hour
 * tallies; keeps a running tally per window (the views of its last N hours, or of all time) by adding each
 * closed hour and taking out the hour that leaves; and writes the top articles of each window, overall and
 * per section, with the minutes not folded yet added in.
 *
 * <p>Every tally is saved under a name that the state item points to, and the state is written last: a run
 * that dies half-way leaves the previous state whole, and the next run redoes the same work.
 */
public final class RankingRollup {

    /** How many articles each materialized ranking keeps: the API serves up to 100, deleted ones filtered. */
    static final int KEPT = 200;
    /** On its very first run the rollup looks this far back for views counted before it started. */
    private static final Duration FIRST_LOOKBACK = Duration.ofHours(1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final ViewLog log;
    private final TallyStore tallies;
    private final Duration grace;
    private final Map<String, String> lastWritten = new HashMap<>();

    /**
     * @param grace how long after a minute ends a view of it may still be written (a request in flight);
     *              minutes are folded only after it, and read live until then
     */
    public RankingRollup(DynamoDbClient dynamo, String table, ViewCounter counter, Duration grace) {
        this.dynamo = dynamo;
        this.table = table;
        this.log = counter.log();
        this.tallies = new TallyStore(dynamo, table);
        this.grace = grace;
    }

    /** What one run did. */
    public record Report(int hoursClosed, int rankingsWritten) {
    }

    /** The rollup's progress: everything up to {@code foldedThrough} is in the open hour's or older tallies. */
    private record State(Instant foldedThrough, Instant openHour, Instant closedThrough, TreeSet<Instant> hoursWithViews) {
        String openName() {
            return "open@" + ViewLog.MINUTE.format(foldedThrough);
        }

        String windowName(Window window) {
            return "window-" + window.label() + "@" + ViewLog.HOUR.format(closedThrough);
        }
    }

    public synchronized Report run(Instant now) {
        State state = loadState().orElseGet(() -> {
            Instant start = minute(now).minus(FIRST_LOOKBACK);
            return new State(start, hour(start), hour(start).minus(1, ChronoUnit.HOURS), new TreeSet<>());
        });
        Instant lastComplete = minute(now.minus(grace)).minus(1, ChronoUnit.MINUTES);
        Tally open = tallies.loadOrEmpty(state.openName());
        Map<Window, Tally> windows = new EnumMap<>(Window.class);
        for (Window w : Window.values()) windows.put(w, tallies.loadOrEmpty(state.windowName(w)));
        int closed = 0;

        if (lastComplete.isAfter(state.foldedThrough())) {
            TreeMap<Instant, Tally> folded = log.read(state.foldedThrough(), lastComplete);
            TreeSet<Instant> hoursWithViews = new TreeSet<>(state.hoursWithViews());
            Instant lastHour = hour(lastComplete);
            Instant h = state.openHour();
            open = open.plus(folded.getOrDefault(h, Tally.empty()));
            while (h.isBefore(lastHour)) {
                closeHour(h, open, windows, hoursWithViews);
                closed++;
                h = h.plus(1, ChronoUnit.HOURS);
                // Skip quickly over hours in which nothing happened (after downtime, say).
                Instant next = folded.ceilingKey(h);
                Instant nextLeaving = nextLeaving(hoursWithViews, h);
                Instant jumpTo = earliest(next, nextLeaving, lastHour);
                if (jumpTo.isAfter(h)) {
                    closed += (int) ChronoUnit.HOURS.between(h, jumpTo);
                    h = jumpTo;
                }
                open = folded.getOrDefault(h, Tally.empty());
            }
            hoursWithViews.headSet(lastHour.minus(Duration.ofDays(31))).clear();
            State next = new State(lastComplete, lastHour, lastHour.minus(1, ChronoUnit.HOURS), hoursWithViews);
            long version = now.toEpochMilli();
            tallies.save(next.openName(), open, version);
            for (Window w : Window.values()) tallies.save(next.windowName(w), windows.get(w), version);
            saveState(next);
            tallies.delete(state.openName());
            for (Window w : Window.values()) {
                if (!state.windowName(w).equals(next.windowName(w))) tallies.delete(state.windowName(w));
            }
            state = next;
        }
        return new Report(closed, writeRankings(state, open, windows, now));
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

    private int writeRankings(State state, Tally open, Map<Window, Tally> windows, Instant now) {
        TreeMap<Instant, Tally> live = log.read(state.foldedThrough(), minute(now));
        Tally recent = open;
        for (Tally t : live.values()) recent = recent.plus(t);
        // Every section ever viewed gets its rankings rewritten, so one whose views left a window is emptied.
        Map<String, String> sections = windows.get(Window.ALL).plus(recent).sections();
        int written = 0;
        for (Window w : Window.values()) {
            Tally counts = windows.get(w).plus(recent);
            if (w.length().isPresent()) {
                // The window's tally ends with the last closed hour; hours that have left the window since go out.
                Instant firstInWindow = hour(now).minus(w.length().get()).plus(1, ChronoUnit.HOURS);
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

    private Optional<State> loadState() {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attr.key(Keys.rollupState(), Keys.SINGLE))).item();
        if (item == null || item.isEmpty()) return Optional.empty();
        TreeSet<Instant> hours = new TreeSet<>();
        AttributeValue set = item.get("hoursWithViews");
        if (set != null && set.hasSs()) set.ss().forEach(s -> hours.add(Instant.parse(s)));
        return Optional.of(new State(Instant.parse(Attr.string(item, "foldedThrough")),
                Instant.parse(Attr.string(item, "openHour")), Instant.parse(Attr.string(item, "closedThrough")), hours));
    }

    private void saveState(State state) {
        Map<String, AttributeValue> item = new HashMap<>(Attr.key(Keys.rollupState(), Keys.SINGLE));
        item.put("foldedThrough", Attr.s(state.foldedThrough().toString()));
        item.put("openHour", Attr.s(state.openHour().toString()));
        item.put("closedThrough", Attr.s(state.closedThrough().toString()));
        if (!state.hoursWithViews().isEmpty()) {
            item.put("hoursWithViews", Attr.ss(state.hoursWithViews().stream().map(Instant::toString).toList()));
        }
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private static String hourName(Instant hour) {
        return "hour@" + ViewLog.HOUR.format(hour);
    }

    private static Instant minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant hour(Instant t) {
        return t.truncatedTo(ChronoUnit.HOURS);
    }
}
