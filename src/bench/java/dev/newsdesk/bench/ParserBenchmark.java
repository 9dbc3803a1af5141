package dev.newsdesk.bench;

import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Parser speed on the benchmark's HTML pages: our whole parse (bytes to article, metadata included) against
 * Readability4J and against jsoup's bare parse, the floor under any jsoup-based extractor. One operation is one
 * page, the pages taken in turn, so the sampled median is the median page.
 *
 * <p>Run: {@code ./newsdesk bench parser [DIR]} (DIR defaults to
 * {@code ../shared/extraction-bench/dev}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ParserBenchmark {

    private final ArticleParser parser = new ArticleParser();
    private List<byte[]> pages;
    private List<String> texts;
    private int next;

    @Setup
    public void load() throws IOException {
        BenchPages all = BenchPages.load(Path.of(System.getProperty("newsdesk.bench.dir",
                "../shared/extraction-bench/dev")));
        pages = all.allHtml();
        texts = new ArrayList<>();
        for (byte[] p : pages) texts.add(new String(p, StandardCharsets.UTF_8));
    }

    private int page() {
        int i = next;
        next = (next + 1) % pages.size();
        return i;
    }

    @Benchmark
    public Object newsdesk() {
        try {
            return parser.parse(pages.get(page()), "page.html");
        } catch (RejectedFileException e) {
            return e;
        }
    }

    @Benchmark
    public Object readability4j() {
        return new Readability4J("https://example.org/", texts.get(page())).parse();
    }

    /** The floor from text: what every jsoup-based extractor pays before it starts. */
    @Benchmark
    public Object jsoupParse() {
        return Jsoup.parse(texts.get(page()));
    }

    /** The floor from the file's bytes, as our parser starts (jsoup finds the charset and decodes as it parses). */
    @Benchmark
    public Object jsoupParseBytes() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(pages.get(page())), null, "");
    }

    public static void main(String[] args) throws RunnerException {
        String dir = args.length > 0 ? args[0] : "../shared/extraction-bench/dev";
        new Runner(new OptionsBuilder()
                .include(ParserBenchmark.class.getName())
                .jvmArgsAppend("-Dnewsdesk.bench.dir=" + Path.of(dir).toAbsolutePath())
                .build()).run();
    }
}
