package dev.newsdesk.bench;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./newsdesk bench NAME [ARGS]}: runs a benchmark by its name. The launcher compiles the bench profile
 * ({@code -Pbench}) and starts this class on its test class path; production code knows no benchmark.
 */
public final class Benchmarks {

    /** A benchmark's {@code main}. Serializable only so that BenchmarksTest can see which method a name runs. */
    @FunctionalInterface
    interface Main extends Serializable {
        void run(String[] args) throws Exception;
    }

    record Benchmark(Main main, String args) {
    }

    /** Name → benchmark, in the order the usage lists them. */
    static final Map<String, Benchmark> BY_NAME;

    static {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        all.put("extraction", new Benchmark(ExtractionBench::main, "DIR [--out FILE] [--worst N]"));
        all.put("heldOut", new Benchmark(HeldOutBench::main, "BENCHMARK_CLONE DEV_DIR OUT_DIR"));
        all.put("cleanEval", new Benchmark(CleanEvalBench::main, "SET_DIR OUT_DIR"));
        all.put("chineseSet", new Benchmark(ChineseSetBench::main, "CLONE OUT_DIR"));
        all.put("htmlToText", new Benchmark(HtmlToTextBench::main, "CLONE OUT_DIR"));
        all.put("readabilityPages", new Benchmark(ReadabilityPagesBench::main, "CLONE OUT_DIR"));
        all.put("trafilaturaEval", new Benchmark(TrafilaturaEvalBench::main,
                "TRAFILATURA_CLONE [--worst N] [--lang L] [--out FILE]"));
        all.put("dumpTitles", new Benchmark(DumpTitlesBench::main,
                "SET_OR_TRAFILATURA_CLONE [--worst N] [--out FILE]"));
        all.put("metadata", new Benchmark(MetadataBench::main, "DIR [--worst N | --verbose] [--out FILE]"));
        all.put("language", new Benchmark(LanguageBench::main, "LINGUA_CLONE_OR_SENTENCES_DIR"));
        all.put("charsets", new Benchmark(CharsetBench::main, "LINGUA_CLONE_OR_SENTENCES_DIR"));
        all.put("entities", new Benchmark(EntityBench::main, "[SHARED_DIR] [--verbose | --show]"));
        all.put("rich", new Benchmark(RichBench::main, "[DIR] [--verbose]"));
        all.put("speed", new Benchmark(SpeedBench::main, "DIR [ROUNDS]"));
        all.put("speedAB", new Benchmark(SpeedAbBench::main, "DIR ROUNDS CLASSES_A CLASSES_B"));
        all.put("growth", new Benchmark(GrowthBench::main, "DIR"));
        all.put("parser", new Benchmark(ParserBenchmark::main, "[DIR]"));
        all.put("init", new Benchmark(InitBench::main, "[SAMPLES] [NAME=ZIP ...]"));
        all.put("roundTrips", new Benchmark(RoundTripsBench::main, ""));
        all.put("load", new Benchmark(LoadBench::main, "[SECONDS] [CONNECTIONS]"));
        all.put("fuzz", new Benchmark(FuzzBench::main, "[REQUESTS] [STALLED] [SEED]"));
        all.put("httpServer", new Benchmark(HttpServerBench::main, ""));
        all.put("scale", new Benchmark(ScaleBench::main,
                "[VIEWS] [ARTICLES] [ZIPF_EXPONENT] [VIEWS_PER_SECOND] [LOG_PARTITIONS] [INSTANCES] [CACHE_MILLIS]"));
        BY_NAME = Collections.unmodifiableMap(all);
    }

    private Benchmarks() {
    }

    public static void main(String[] args) {
        // Exits even when a benchmark leaves non-daemon threads behind (servers, clients).
        System.exit(run(args, System.err));
    }

    /** Runs the benchmark {@code args[0]} with the rest; 2 with the usage when there is no such benchmark. */
    static int run(String[] args, PrintStream err) {
        if (args.length == 0) {
            err.print(usage());
            return 2;
        }
        String name = args[0];
        if (Arrays.asList("help", "-h", "--help").contains(name)) {
            err.print(usage());
            return 0;
        }
        Benchmark benchmark = BY_NAME.get(name);
        if (benchmark == null) {
            err.print("newsdesk bench: no benchmark named " + name + "\n\n" + usage());
            return 2;
        }
        try {
            benchmark.main().run(Arrays.copyOfRange(args, 1, args.length));
            return 0;
        } catch (Exception e) {
            err.println("newsdesk bench: " + name + " failed:");
            e.printStackTrace(err);
            return 1;
        }
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("usage: ./newsdesk bench NAME [ARGS]   (docs/benchmarks.md)\n\n");
        BY_NAME.forEach((name, b) -> usage.append("  ").append(name).append(b.args().isEmpty() ? "" : " ")
                .append(b.args()).append('\n'));
        return usage.toString();
    }
}
