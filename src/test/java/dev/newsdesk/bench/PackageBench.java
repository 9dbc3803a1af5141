package dev.newsdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Lambda package's size: zipped (what is uploaded) and unzipped (what Lambda limits to 250 MB), its classes,
 * and each jar under {@code lib/} with its size, for one or more zips side by side (jars present in one only are
 * marked).
 *
 * <pre>./newsdesk bench package [NAME=ZIP ...]     (default: package=target/newsdesk-lambda.zip)</pre>
 */
public final class PackageBench {

    public static void main(String[] args) throws Exception {
        Map<String, Path> zips = new LinkedHashMap<>();
        for (String arg : args) {
            String[] nameZip = arg.split("=", 2);
            zips.put(nameZip[0], Path.of(nameZip[1]));
        }
        if (zips.isEmpty()) zips.put("package", BenchAws.home().resolve("target/newsdesk-lambda.zip"));

        Map<String, Map<String, Long>> jars = new LinkedHashMap<>();
        System.out.println("| package | zipped bytes | unzipped bytes | entries | classes at the root | jars |");
        System.out.println("|---|---|---|---|---|---|");
        for (var e : zips.entrySet()) {
            long unzipped = 0;
            int entries = 0;
            int classes = 0;
            Map<String, Long> jarSizes = new TreeMap<>();
            try (ZipFile zip = new ZipFile(e.getValue().toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    entries++;
                    if (entry.isDirectory()) continue;
                    unzipped += entry.getSize();
                    if (entry.getName().endsWith(".class")) classes++;
                    if (entry.getName().startsWith("lib/") && entry.getName().endsWith(".jar")) {
                        jarSizes.put(entry.getName().substring(4), entry.getSize());
                    }
                }
            }
            jars.put(e.getKey(), jarSizes);
            long zipped = Files.size(e.getValue());
            System.out.printf("| %s | %,d (%.1f MiB, %.2f MB) | %,d (%.1f MiB) | %d | %d | %d |%n", e.getKey(), zipped,
                    zipped / 1048576.0, zipped / 1e6, unzipped, unzipped / 1048576.0, entries, classes, jarSizes.size());
        }
        System.out.println();
        List<String> names = new ArrayList<>(jars.keySet());
        System.out.println("| jar (largest first) | " + String.join(" | ", names) + " |");
        System.out.println("|---" + "|---".repeat(names.size()) + "|");
        Map<String, Long> largest = new TreeMap<>();
        jars.values().forEach(m -> m.forEach((jar, size) -> largest.merge(jar, size, Math::max)));
        largest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(jar -> {
            StringBuilder row = new StringBuilder("| ").append(jar.getKey());
            for (String name : names) {
                Long size = jars.get(name).get(jar.getKey());
                row.append(" | ").append(size == null ? "—" : String.format("%,d", size));
            }
            System.out.println(row.append(" |"));
        });
    }
}
