package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.Settings;
import org.junit.jupiter.api.Test;

/** The key design keeps every partition key under DynamoDB's 1,000 writes/s and 3,000 reads/s at the load. */
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
        assertTrue(result.topSpread() > 100, "the top story is spread: " + result.topSpread());
        assertTrue(result.maxLogKeyPerSecond() < 1000, "view-log key: " + result.maxLogKeyPerSecond());
        assertEquals(1.0, (double) result.writes() / result.views(), "one write per view");
    }

    @Test
    void oneStoryAtFiftyThousandViewsASecondSpreadsOverEveryPartition() {
        var result = ScaleBench.run(1_000_000, 1, 1.1, 50_000, Settings.DEFAULT_VIEW_LOG_PARTITIONS, 7);
        assertEquals(Settings.DEFAULT_VIEW_LOG_PARTITIONS, result.topSpread());
        assertTrue(result.maxLogKeyPerSecond() < 1000, "view-log key: " + result.maxLogKeyPerSecond());
    }

    @Test
    void aMinuteOfLogHoldsAboutOneItemPerArticleViewedInIt() {
        // 60 s at 10,000 views/s: each article's views of the minute are in its slices, most of them in one.
        var result = ScaleBench.run(610_000, 10_000, 1.1, 10_000, Settings.DEFAULT_VIEW_LOG_PARTITIONS, 7);
        assertTrue(result.articlesPerMinute() > 1000, "articles viewed: " + result.articlesPerMinute());
        assertTrue(result.logItemsPerMinute() < 1.1 * result.articlesPerMinute(),
                result.logItemsPerMinute() + " items for " + result.articlesPerMinute() + " articles");
    }

    @Test
    void anInstanceReadsAStoryAtMostOncePerCacheLifetime() {
        // One instance, one story, 10,000 views/s for 5 s: one refresh a second (a view comes every 0.1 ms).
        var result = ScaleBench.reads(50_000, 1, 1.1, 10_000, 1, 1000, false, 3);
        assertEquals(1, result.maxKeyReadsPerSecond());
        assertEquals(5, result.reads());
    }

    @Test
    void aStorysReadsGrowWithTheInstancesAndShrinkWithTheCacheLifetime() {
        long few = ScaleBench.reads(1_000_000, 100_000, 1.1, 100_000, 500, 1000, false, 7).maxKeyReadsPerSecond();
        long many = ScaleBench.reads(1_000_000, 100_000, 1.1, 100_000, 5_000, 1000, false, 7).maxKeyReadsPerSecond();
        long longer = ScaleBench.reads(1_000_000, 100_000, 1.1, 100_000, 5_000, 5000, false, 7).maxKeyReadsPerSecond();
        assertTrue(few <= 500 && many > 5 * few, few + " reads/s with 500 instances, " + many + " with 5,000");
        // 5,000 instances reading at most every 5 s average 1,000 reads/s; one second's count varies around it.
        assertTrue(longer <= 1200, "5,000 instances reading at most every 5 s: " + longer);
    }

    @Test
    void withReadReplicasNoKeyPassesThePartitionLimitWhateverTheInstanceCount() {
        // 20 s at 100,000 views/s, each instance reusing what it read for 5 s (the template's setting).
        long without = ScaleBench.reads(2_000_000, 100_000, 1.1, 100_000, 15_000, 5000, false, 7)
                .maxKeyReadsPerSecond();
        assertTrue(without > 2500, "without replicas 15,000 instances near the limit: " + without);
        for (int instances : new int[]{5_000, 15_000, 50_000}) {
            var reads = ScaleBench.reads(2_000_000, 100_000, 1.1, 100_000, instances, 5000, true, 7);
            assertTrue(reads.topReplicas() > 1, "the top story has copies: " + reads.topReplicas());
            // Each copy is given 1,500 read units/s, 1,000 reads of a 10 KB item: one second's count varies around it.
            assertTrue(reads.maxKeyReadsPerSecond() < 1200,
                    instances + " instances: " + reads.maxKeyReadsPerSecond() + " on " + reads.hottestKey());
        }
    }

    @Test
    void oneStoryAtFiftyThousandViewsASecondHoldsOnFiftyThousandInstances() {
        var reads = ScaleBench.reads(1_000_000, 1, 1.1, 50_000, 50_000, 5000, true, 7);
        assertEquals(50, reads.topReplicas(), "50,000 reads of 1.5 units over 1,500 units a copy");
        assertTrue(reads.maxKeyReadsPerSecond() < 1200, "reads/s on one copy: " + reads.maxKeyReadsPerSecond());
    }
}
