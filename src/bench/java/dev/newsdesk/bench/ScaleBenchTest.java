package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.Settings;
import org.junit.jupiter.api.Test;

/** The key design keeps every partition key under DynamoDB's 1,000 writes/s at the load. */
class ScaleBenchTest {

    @Test
    void zipfRanksFollowTheCumulativeDistribution() {
        double[] cdf = ScaleBench.zipfCdf(3, 1.0); // weights 1, 1/2, 1/3 → 6/11, 3/11, 2/11
        assertEquals(0, ScaleBench.rank(cdf, 0.0));
        assertEquals(0, ScaleBench.rank(cdf, 6.0 / 11 - 1e-9));
        assertEquals(1, ScaleBench.rank(cdf, 6.0 / 11 + 1e-9));
        assertEquals(2, ScaleBench.rank(cdf, 0.99));
    }

    @Test
    void aViralStoryAtOneHundredThousandViewsASecondStaysUnderThePartitionLimit() {
        var result = ScaleBench.run(2_000_000, 100_000, 1.1, 100_000, Settings.DEFAULT_VIEW_LOG_PARTITIONS, 7);
        assertTrue(result.topShare() > 0.12, "the top story takes a large share: " + result.topShare());
        assertTrue(result.maxTotalKeyPerSecond() < 1000, "counter key: " + result.maxTotalKeyPerSecond());
        assertTrue(result.maxLogKeyPerSecond() < 1000, "view-log key: " + result.maxLogKeyPerSecond());
        assertEquals(2.0, (double) result.writes() / result.views(), "two writes per view");
    }
}
