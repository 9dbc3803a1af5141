package dev.newsdesk.bench;

import dev.newsdesk.functions.Services;
import dev.newsdesk.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Cold-start cost of each function, the way Lambda pays it: a fresh JVM per sample, with the Lambda package's
 * class path only (the zip unpacked: classes at the root, {@code lib/*}) and the runtime's flags, from process
 * start to the first handled event, beside a minimal "hello" handler on the same JVM and flags in the same run.
 * S3 and DynamoDB are S3Proxy and dynalite, started once by the bench; the article the API reads is published
 * first. Samples are interleaved (hello, api, ingest, hello, ...) so that noise on the shared machine hits each
 * alike. Then one more run of each with {@code -Xlog:class+load} counts the classes loaded until the event was
 * handled, by where they came from.
 *
 * <pre>./newsdesk bench init [SAMPLES] [NAME=ZIP ...]     (default: 10 samples, package=target/newsdesk-lambda.zip)</pre>
 */
public final class InitBench {

    /** template.yaml's JAVA_TOOL_OPTIONS, passed the way Lambda passes them. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    /**
     * What the java21 runtime's launcher adds (its bootstrap script starts the JVM with the serial collector and
     * class-data sharing on): the same for the hello handler and the functions.
     */
    static final List<String> RUNTIME_FLAGS = List.of("-XX:+UseSerialGC", "-Xshare:auto");

    /** "+primed": SnapStart priming runs after the constructor, and the first event is timed after it. */
    static final List<String> FUNCTIONS = List.of("hello", "api", "api+primed", "ingest", "ingest+primed");

    /** One cold start, in milliseconds from starting the process: main entered, handler built, primed, handled. */
    record Sample(double main, double constructed, double primed, double handled) {
        double constructor() { return constructed - main; }
        double priming() { return primed < 0 ? 0 : primed - constructed; }
        double firstEvent() { return handled - (primed < 0 ? constructed : primed); }
        /** What the cold start costs a request: all of it, or without priming when a snapshot holds it. */
        double paid() { return handled - priming(); }
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Map<String, Path> zips = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] nameZip = args[i].split("=", 2);
            zips.put(nameZip[0], Path.of(nameZip[1]));
        }
        if (zips.isEmpty()) zips.put("package", BenchAws.home().resolve("target/newsdesk-lambda.zip"));

        Path work = Files.createDirectories(BenchAws.home().resolve("target/bench/init"));
        Path probe = probeClasses(work.resolve("probe"));
        Map<String, Path> packages = new LinkedHashMap<>();
        for (var e : zips.entrySet()) {
            packages.put(e.getKey(), unzip(e.getValue(), work.resolve("package-" + e.getKey())));
        }

        try (BenchAws aws = BenchAws.start()) {
            aws.publishSample(Services.with(aws.settings, java.time.Clock.systemUTC(), aws.s3, aws.dynamo));
            Map<String, String> env = environment(aws.settings);
            long sequence = 100;
            System.out.printf("java %s (%s), flags %s + JAVA_TOOL_OPTIONS=\"%s\", %d samples each, interleaved%n",
                    System.getProperty("java.version"), System.getProperty("java.vm.name"), RUNTIME_FLAGS,
                    JAVA_TOOL_OPTIONS, samples);
            for (var p : zips.entrySet()) {
                System.out.printf("  %s: %s (%,d bytes)%n", p.getKey(), p.getValue(), Files.size(p.getValue()));
            }

            Map<String, List<Sample>> millis = new LinkedHashMap<>();
            for (int round = -1; round < samples; round++) { // round -1 warms the file cache and is not counted
                for (var pkg : packages.entrySet()) {
                    for (String function : functions(pkg.getValue())) {
                        if (function.startsWith("ingest")) aws.uploadRevision(sequence);
                        Sample ms = launch(pkg.getValue(), probe, env, function, sequence++, null);
                        if (round >= 0) millis.computeIfAbsent(pkg.getKey() + " " + function,
                                k -> new ArrayList<>()).add(ms);
                    }
                }
            }

            System.out.println();
            System.out.println("Medians in ms, from starting the process. \"paid\": what the first request waits for:"
                    + " everything without SnapStart; with priming (+primed), the first event after it, since the"
                    + " snapshot holds the rest (Lambda's restore itself is not in it).");
            System.out.println();
            System.out.println("| package | handler | JVM to main | constructor | priming | first event | total | paid | paid ÷ hello | classes loaded |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|");
            Map<String, Map<String, Integer>> origins = new LinkedHashMap<>();
            for (var pkg : packages.entrySet()) {
                double hello = median(millis.get(pkg.getKey() + " hello").stream().map(Sample::handled).toList());
                for (String function : functions(pkg.getValue())) {
                    List<Sample> m = millis.get(pkg.getKey() + " " + function);
                    Path log = work.resolve("classes-" + pkg.getKey() + "-" + function + ".log");
                    if (function.startsWith("ingest")) aws.uploadRevision(sequence);
                    launch(pkg.getValue(), probe, env, function, sequence++, log);
                    Map<String, Integer> byOrigin = classOrigins(log);
                    origins.put(pkg.getKey() + " " + function, byOrigin);
                    int total = byOrigin.values().stream().mapToInt(Integer::intValue).sum();
                    double paid = function.endsWith("+primed")
                            ? median(m.stream().map(x -> x.main() + x.firstEvent()).toList())
                            : median(m.stream().map(Sample::handled).toList());
                    System.out.printf("| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %,d |%n",
                            pkg.getKey(), function, median(m.stream().map(Sample::main).toList()),
                            median(m.stream().map(Sample::constructor).toList()),
                            median(m.stream().map(Sample::priming).toList()),
                            median(m.stream().map(Sample::firstEvent).toList()),
                            median(m.stream().map(Sample::handled).toList()), paid, paid / hello, total);
                }
            }
            System.out.println();
            System.out.println("Classes loaded until the first event was handled, by origin (the 8 largest):");
            origins.forEach((name, byOrigin) -> System.out.println("  " + name + ": " + byOrigin.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
    }

    /** The primed variants only for a package that has the priming (the baseline of main before it has not). */
    static List<String> functions(Path pkg) {
        boolean priming = Files.exists(pkg.resolve("dev/newsdesk/priming/Priming.class"));
        return FUNCTIONS.stream().filter(f -> priming || !f.endsWith("+primed")).toList();
    }

    /** One cold start, timed from starting the process to each of its marks and its "HANDLED" line. */
    static Sample launch(Path pkg, Path probe, Map<String, String> env, String function, long sequence,
                         Path classLog) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(RUNTIME_FLAGS);
        if (classLog != null) command.add("-Xlog:class+load=info:file=" + classLog);
        command.add("-cp");
        command.add(pkg + ":" + pkg.resolve("lib") + "/*:" + probe);
        command.add(InitProbe.class.getName());
        String handler = function.replace("+primed", "");
        command.add(handler);
        if (function.endsWith("+primed")) command.add("primed");
        switch (handler) {
            case "hello" -> { }
            case "api" -> command.add(BenchAws.SAMPLE_SLUG);
            case "ingest" -> command.addAll(List.of(BenchAws.BUCKET, BenchAws.SAMPLE_KEY,
                    Integer.toString(BenchAws.revision(sequence).length), BenchAws.sequencer(sequence)));
            default -> throw new IllegalArgumentException(function);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> output = new ArrayList<>();
        Map<String, Double> marks = new java.util.HashMap<>();
        String handled = null;
        long end = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("HANDLED ")) {
                    end = System.nanoTime();
                    handled = line.substring("HANDLED ".length());
                    break;
                }
                if (line.startsWith("T ")) {
                    String[] mark = line.split(" ");
                    marks.put(mark[1], (Long.parseLong(mark[2]) - start) / 1e6);
                    continue;
                }
                output.add(line);
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        boolean ok = switch (handler) {
            case "hello" -> "hello init".equals(handled);
            case "api" -> "200".equals(handled);
            default -> "ingested".equals(handled) && output.stream().anyMatch(l ->
                    l.contains("\"bucket\":\"" + BenchAws.BUCKET + "\"") && l.contains("\"result\":\"published\""));
        };
        if (!ok) {
            throw new IllegalStateException(function + " did not handle its event: " + handled + "\n"
                    + String.join("\n", output));
        }
        return new Sample(marks.get("main"), marks.get("constructed"), marks.getOrDefault("primed", -1.0),
                (end - start) / 1e6);
    }

    /** Lambda's view of the environment: the template's variables, pointed at the local servers. */
    static Map<String, String> environment(Settings settings) {
        Map<String, String> env = new TreeMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        env.put(Settings.TABLE_NAME, settings.tableName());
        env.put(Settings.BUCKET_NAME, settings.bucketName());
        env.put(Settings.REGION, settings.region());
        env.put(Settings.S3_ENDPOINT, settings.s3Endpoint().orElseThrow().toString());
        env.put(Settings.DYNAMODB_ENDPOINT, settings.dynamoDbEndpoint().orElseThrow().toString());
        env.put(Settings.VIEW_LOG_PARTITIONS, "256");
        return env;
    }

    /** Classes per origin: "JDK" for the runtime's own, else the jar (without version) or "classes". */
    static Map<String, Integer> classOrigins(Path log) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(l -> l.contains(" source: ")).forEach(l -> {
                String source = l.substring(l.indexOf(" source: ") + 9).trim();
                String origin;
                if (source.startsWith("jrt:") || source.startsWith("shared objects file")) {
                    origin = "JDK";
                } else if (source.endsWith(".jar")) {
                    origin = source.substring(source.lastIndexOf('/') + 1).replaceAll("-\\d[\\w.]*\\.jar$", "");
                } else if (source.startsWith("file:")) {
                    origin = source.contains("/probe/") ? "bench probe" : "newsdesk classes";
                } else {
                    origin = "generated (lambdas, proxies)"; // the source names the class that defined them
                }
                counts.merge(origin, 1, Integer::sum);
            });
        }
        return counts;
    }

    /** Copies InitProbe and HelloHandler alone into {@code dir}: the only classes added to the package's path. */
    static Path probeClasses(Path dir) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("dev/newsdesk/bench"));
        for (Class<?> c : List.of(InitProbe.class, HelloHandler.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                Files.copy(in, pkg.resolve(c.getSimpleName() + ".class"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    static Path unzip(Path zip, Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) throw new IOException("bad entry " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return dir;
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
