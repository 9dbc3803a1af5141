package dev.newsdesk.views;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An article's views hour by hour, from the tallies the {@link RankingRollup} keeps: each closed hour's tally, and
 * the open hour's as far as the rollup has folded it (on AWS at most about a minute and a quarter behind). Hours
 * the rollup recorded no views for cost nothing; the others one Query each, and a closed hour never changes, so an
 * instance keeps the last ones it read.
 */
public final class ViewHistory {

    /** Two weeks of closed hours: a 7-day chart read again and again costs no Query past its newest hour. */
    private static final int CACHED_HOURS = 2 * 7 * 24;

    /** One hour of the chart: its start (UTC) and the views counted in it. */
    public record Point(String hour, long views) {
    }

    private final DynamoDbClient dynamo;
    private final String table;
    private final TallyStore tallies;
    private final Map<Instant, Tally> closedHours = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Instant, Tally> eldest) {
                    return size() > CACHED_HOURS;
                }
            });

    public ViewHistory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.tallies = new TallyStore(dynamo, table);
    }

    /**
     * One point per hour of the {@code length} that ends with the hour of {@code now}, oldest first, zeros
     * included; an hour the rollup has not reached yet counts zero.
     */
    public List<Point> hourly(String slug, Duration length, Instant now) {
        Instant last = now.truncatedTo(ChronoUnit.HOURS);
        long hours = length.toHours();
        Optional<RankingRollup.State> state = RankingRollup.loadState(dynamo, table);
        Tally open = state.map(s -> tallies.loadOrEmpty(s.openName())).orElse(Tally.empty());
        List<Point> points = new ArrayList<>();
        for (long i = hours - 1; i >= 0; i--) {
            Instant hour = last.minus(i, ChronoUnit.HOURS);
            points.add(new Point(hour.toString(), state.map(s -> views(s, open, hour, slug)).orElse(0L)));
        }
        return points;
    }

    private long views(RankingRollup.State state, Tally open, Instant hour, String slug) {
        if (hour.equals(state.openHour())) return open.views(slug);
        if (hour.isAfter(state.openHour()) || !state.hoursWithViews().contains(hour)) return 0;
        Tally tally = closedHours.get(hour);
        if (tally == null) {
            tally = tallies.loadOrEmpty(RankingRollup.hourName(hour)); // outside the lock: requests run in parallel
            closedHours.put(hour, tally);
        }
        return tally.views(slug);
    }
}
