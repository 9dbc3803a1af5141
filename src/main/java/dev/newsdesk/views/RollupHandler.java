package dev.newsdesk.views;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.newsdesk.Services;
import dev.newsdesk.Settings;
import dev.newsdesk.priming.Priming;
import java.util.Map;

/**
 * RankingsFunction: run by a schedule (EventBridge, every minute) to refresh the materialized rankings.
 * Reserved concurrency 1 in the template keeps runs from overlapping.
 */
public final class RollupHandler implements RequestHandler<Map<String, Object>, String> {

    private final Services services;

    /** SnapStart priming, offline (docs/deploy.md); held here because the runtime keeps only a weak reference. */
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private Priming priming;

    /** Used by Lambda: builds its clients once, from the environment, and registers the priming hook. */
    public RollupHandler() {
        this(Services.create(Settings.fromEnvironment()));
        this.priming = Priming.register("rollup", Priming::rollup);
    }

    public RollupHandler(Services services) {
        this.services = services;
    }

    @Override
    public String handleRequest(Map<String, Object> scheduledEvent, Context context) {
        long start = System.nanoTime();
        RankingRollup.Report report = services.rollup().run(services.clock().instant());
        String line = "{\"event\":\"rollup\",\"hoursClosed\":" + report.hoursClosed() + ",\"rankingsWritten\":"
                + report.rankingsWritten() + ",\"millis\":" + (System.nanoTime() - start) / 1_000_000 + "}";
        if (context != null && context.getLogger() != null) context.getLogger().log(line + "\n");
        else System.out.println(line);
        return line;
    }
}
