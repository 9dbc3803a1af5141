package dev.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lookup of {@code ./newsdesk bench NAME}: the real map, what each name runs, and what none does. */
class BenchmarksTest {

    /** Mains that are not benchmarks: the dispatcher itself, and InitBench's child process (one cold start). */
    private static final Set<String> NOT_BENCHMARKS = Set.of("Benchmarks", "InitProbe");

    @Test
    void eachNameRunsTheMainOfItsBenchmark() throws Exception {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("extraction", "ExtractionBench"), Map.entry("heldOut", "HeldOutBench"),
                Map.entry("cleanEval", "CleanEvalBench"), Map.entry("chineseSet", "ChineseSetBench"),
                Map.entry("htmlToText", "HtmlToTextBench"), Map.entry("readabilityPages", "ReadabilityPagesBench"),
                Map.entry("trafilaturaEval", "TrafilaturaEvalBench"), Map.entry("dumpTitles", "DumpTitlesBench"),
                Map.entry("speed", "SpeedBench"), Map.entry("speedAB", "SpeedAbBench"),
                Map.entry("growth", "GrowthBench"),
                Map.entry("parser", "ParserBenchmark"), Map.entry("init", "InitBench"),
                Map.entry("roundTrips", "RoundTripsBench"), Map.entry("load", "LoadBench"), Map.entry("fuzz", "FuzzBench"),
                Map.entry("httpServer", "HttpServerBench"),
                Map.entry("scale", "ScaleBench"), Map.entry("language", "LanguageBench"), Map.entry("rich", "RichBench"),
                Map.entry("charsets", "CharsetBench"),
                Map.entry("metadata", "MetadataBench"), Map.entry("entities", "EntityBench")));
        Map<String, String> actual = new TreeMap<>();
        for (var e : Benchmarks.BY_NAME.entrySet()) {
            SerializedLambda target = target(e.getValue().main());
            assertEquals("main", target.getImplMethodName(), e.getKey());
            actual.put(e.getKey(), simpleName(target.getImplClass()));
        }
        assertEquals(expected, actual);
    }

    @Test
    void noBenchmarkIsMissingFromTheMap() throws Exception {
        Set<String> mapped = new TreeSet<>();
        for (var b : Benchmarks.BY_NAME.values()) mapped.add(simpleName(target(b.main()).getImplClass()));
        Set<String> withMain = classesWithMain();
        assertTrue(withMain.contains("ExtractionBench"), "the scan finds the benchmarks: " + withMain);
        withMain.removeAll(NOT_BENCHMARKS);
        assertEquals(withMain, mapped, "every class of the bench sources with a main has a name");
    }

    @Test
    void aKnownNameRunsItsBenchmarkWithTheRestOfTheArguments() {
        // scale on a small replay: quick, and it fails on arguments it cannot read
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Benchmarks.run(new String[] {"scale", "10000", "100", "1.1", "1000", "4"},
                new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        assertEquals(1, Benchmarks.run(new String[] {"scale", "many"}, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void anUnknownNameIsAUsageErrorListingTheNames() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Benchmarks.run(new String[] {"no-such", "x"}, new PrintStream(err, true, StandardCharsets.UTF_8)));
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("newsdesk bench: no benchmark named no-such\n"), usage);
        for (String name : Benchmarks.BY_NAME.keySet()) {
            assertTrue(usage.contains("\n  " + name + " ") || usage.contains("\n  " + name + "\n"), name + ": " + usage);
        }
    }

    @Test
    void noNameIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Benchmarks.run(new String[0], new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("  extraction DIR"), err.toString());
    }

    /** The method a method reference points at (the map's values are serializable lambdas). */
    private static SerializedLambda target(Benchmarks.Main main) throws Exception {
        Method writeReplace = main.getClass().getDeclaredMethod("writeReplace");
        writeReplace.setAccessible(true);
        return (SerializedLambda) writeReplace.invoke(main);
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    /** The top-level classes compiled beside Benchmarks that have a {@code public static void main(String[])}. */
    private static Set<String> classesWithMain() throws Exception {
        Path dir = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/newsdesk/bench");
        Set<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> withMain = new TreeSet<>();
        for (String name : names) {
            try {
                Method main = Class.forName("dev.newsdesk.bench." + name).getMethod("main", String[].class);
                if (Modifier.isStatic(main.getModifiers())) withMain.add(name);
            } catch (NoSuchMethodException e) {
                // a helper or a test
            }
        }
        return withMain;
    }
}
