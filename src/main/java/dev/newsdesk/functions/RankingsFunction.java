package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.Settings;
import dev.newsdesk.observe.LogLine;
import dev.newsdesk.priming.Priming;
import dev.newsdesk.views.RankingRollup;
import java.time.Instant;
import java.util.Map;

/**
 * RankingsFunction: run by a schedule (EventBridge, every minute) to refresh the materialized rankings with the
 * {@link RankingRollup}. Runs may overlap (the template reserves no instance unless asked to): the rollup saves
 * its state only if no other run saved one meanwhile.
 */
public final class RankingsFunction implements RequestHandler<Map<String, Object>, String> {

    /** The CloudWatch metric (namespace Newsdesk, dimension Function=rollup) that template.yaml's lag alarm watches. */
    public static final String LAG_METRIC = "RollupLagSeconds";

    private final Services services;
    /** Whether this container has made sure the section counts exist: one GetItem a container, not a run. */
    private boolean sectionsCounted;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers its priming and what a restore renews. */
    public RankingsFunction() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("rollup", RankingsFunction::prime, services::restored);
    }

    public RankingsFunction(Services services) {
        this.services = services;
    }

    /**
     * A scheduled event with a {@code group} (its {@code Input} in template.yaml) runs that rollup worker; any other
     * runs the rollup itself.
     */
    @Override
    public String handleRequest(Map<String, Object> scheduledEvent, Context context) {
        Object group = scheduledEvent == null ? null : scheduledEvent.get("group");
        if (group instanceof Number number) return foldPart(number.intValue(), context);
        return rollUp(context).line();
    }

    /** One run of rollup worker {@code group}: the whole hours of backlog it folded its partitions of. */
    private String foldPart(int group, Context context) {
        long start = System.nanoTime();
        Instant now = services.clock().instant();
        RankingRollup.WorkerReport report = services.rollup().foldPart(now, group);
        String line = LogLine.at(now).field("event", "rollupWorker").field("group", report.group())
                .field("hoursFolded", report.hoursFolded()).field("millis", (System.nanoTime() - start) / 1_000_000)
                .toJson();
        LambdaLog.of(context).accept(line);
        return line;
    }

    /** One run of the rollup: its report, and the line it logged. */
    record Run(RankingRollup.Report report, String line) {
    }

    private Run rollUp(Context context) {
        long start = System.nanoTime();
        Instant now = services.clock().instant();
        if (!sectionsCounted) {
            services.articles().countSectionsOnce(); // a table from before the section counts gets them, once
            sectionsCounted = true;
        }
        RankingRollup.Report report = services.rollup().run(now);
        String line = line(report, now, (System.nanoTime() - start) / 1_000_000).toJson();
        LambdaLog.of(context).accept(line);
        return new Run(report, line);
    }

    /**
     * The run's line, with the metric the lag alarm watches: how long ago the last folded minute ended (under
     * about 75 s when the rollup keeps up: the grace and the minute being filled).
     */
    static LogLine line(RankingRollup.Report report, Instant now, long millis) {
        return LogLine.at(now)
                .field("event", "rollup")
                .field("hoursClosed", report.hoursClosed())
                .field("rankingsWritten", report.rankingsWritten())
                .field("millis", millis)
                .field("foldedThrough", report.foldedThrough().toString())
                .field("caughtUp", Boolean.toString(report.caughtUp()))
                .field("superseded", Boolean.toString(report.superseded()))
                .dimension("Function", "rollup")
                .metric(LAG_METRIC, LogLine.Unit.SECONDS, report.lag(now).toSeconds(), "Function");
    }

    /** The SnapStart priming of this function, offline: a rollup over the offline table after a counted view. */
    public static void prime() {
        try (OfflineServices offline = OfflineServices.start()) {
            prime(offline);
        }
    }

    /**
     * @return the rollup's log line
     * @throws IllegalStateException if the article read did not answer 200 or the rollup wrote no ranking
     */
    static String prime(OfflineServices offline) {
        IngestFunction.publishSamples(offline);
        int status = new ApiFunction(offline.services()).invoke(PrimingEvents.get("/articles/"
                + offline.textSampleSlug())).statusCode();
        if (status != 200) {
            throw new IllegalStateException("priming: the sample's article answered " + status);
        }
        Run run = new RankingsFunction(offline.services()).rollUp(null);
        if (run.report().rankingsWritten() == 0) {
            throw new IllegalStateException("priming: the rollup wrote no ranking: " + run.line());
        }
        return run.line();
    }
}
