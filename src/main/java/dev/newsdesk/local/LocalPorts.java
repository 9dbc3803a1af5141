package dev.newsdesk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The ports a one-machine mode was started with, written under its data folder ({@code run/ports.properties})
 * so that {@code ./newsdesk status} and {@code reprocess} reach it wherever it listens, without repeating its
 * flags. Kept after a stop: the next start on the same data writes it again.
 */
public record LocalPorts(int s3, int dynamoDb, int api) {

    /** The file under the data folder {@code dataDir}. */
    public static Path file(Path dataDir) {
        return dataDir.resolve("run").resolve("ports.properties");
    }

    public URI s3Endpoint() {
        return URI.create("http://127.0.0.1:" + s3);
    }

    public URI dynamoDbEndpoint() {
        return URI.create("http://127.0.0.1:" + dynamoDb);
    }

    /** Writes the ports atomically (a reader never sees half a file). */
    public void write(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("s3", Integer.toString(s3));
        p.setProperty("dynamodb", Integer.toString(dynamoDb));
        p.setProperty("api", Integer.toString(api));
        Path file = file(dataDir);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "the ports of the last ./newsdesk local on this data (read by status and reprocess)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The ports recorded under {@code dataDir}; empty when no mode ever ran there. */
    public static Optional<LocalPorts> read(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        try {
            return Optional.of(new LocalPorts(Integer.parseInt(p.getProperty("s3", "").strip()),
                    Integer.parseInt(p.getProperty("dynamodb", "").strip()),
                    Integer.parseInt(p.getProperty("api", "").strip())));
        } catch (NumberFormatException e) {
            throw new IOException(file + " is damaged (start `./newsdesk local` again to rewrite it)");
        }
    }
}
