package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.Settings;
import dev.newsdesk.priming.Priming;
import dev.newsdesk.views.RankingRollup;
import java.util.Map;

/**
 * RankingsFunction: run by a schedule (EventBridge, every minute) to refresh the materialized rankings with the
 * {@link RankingRollup}. Reserved concurrency 1 in the template keeps runs from overlapping.
 */
public final class RankingsFunction implements RequestHandler<Map<String, Object>, String> {

    private final Services services;

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

    @Override
    public String handleRequest(Map<String, Object> scheduledEvent, Context context) {
        return rollUp(context).line();
    }

    /** One run of the rollup: its report, and the line it logged. */
    record Run(RankingRollup.Report report, String line) {
    }

    private Run rollUp(Context context) {
        long start = System.nanoTime();
        RankingRollup.Report report = services.rollup().run(services.clock().instant());
        String line = "{\"event\":\"rollup\",\"hoursClosed\":" + report.hoursClosed() + ",\"rankingsWritten\":"
                + report.rankingsWritten() + ",\"millis\":" + (System.nanoTime() - start) / 1_000_000 + "}";
        LambdaLog.of(context).accept(line);
        return new Run(report, line);
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
        int status = new ApiFunction(offline.services())
                .handleRequest(PrimingEvents.get("/articles/" + offline.textSampleSlug()), null).getStatusCode();
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
