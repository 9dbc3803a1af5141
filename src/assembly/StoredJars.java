import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of a directory with its entries stored instead of deflated, in their order:
 * {@code java src/assembly/StoredJars.java DIR} (the build runs it on the Lambda package's libraries).
 *
 * <p>Why: the package zips the jars once more, and a jar of deflated classes does not deflate again, while a jar
 * of stored ones deflates as one stream, where classes of the same library share their names and constants
 * (the package: 14.99 MB → 10.96 MB, docs/benchmarks.md). The JVM reads a stored entry without inflating it.
 */
public final class StoredJars {

    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: java StoredJars.java DIR");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) store(jar);
        }
    }

    /** Rewrites {@code jar} in place, unless a build before already did (the copy is kept between builds). */
    static void store(Path jar) throws IOException {
        if (allStored(jar)) return;
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
            out.setMethod(ZipOutputStream.STORED);
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] data;
                try (InputStream content = in.getInputStream(entry)) {
                    data = content.readAllBytes();
                }
                out.putNextEntry(storedEntry(entry, data));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean allStored(Path jar) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile())) {
            return in.stream().allMatch(e -> e.getMethod() == ZipEntry.STORED);
        }
    }

    /** A stored entry must give its size and CRC before its bytes; the time is kept, so builds stay alike. */
    private static ZipEntry storedEntry(ZipEntry entry, byte[] data) {
        ZipEntry stored = new ZipEntry(entry.getName());
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(data.length);
        stored.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        stored.setCrc(crc.getValue());
        stored.setTime(entry.getTime());
        return stored;
    }
}
