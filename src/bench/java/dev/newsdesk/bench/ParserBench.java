package dev.newsdesk.bench;

import org.openjdk.jmh.runner.RunnerException;

/** {@code ./newsdesk bench parser [DIR]}: the JMH benchmark {@link ParserBenchmark} under the launcher's naming. */
public final class ParserBench {

    private ParserBench() {
    }

    public static void main(String[] args) throws RunnerException {
        ParserBenchmark.main(args);
    }
}
