package dev.newsdesk.local;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Where the handlers' own JSON lines go in the one-machine mode (what CloudWatch Logs holds on AWS): a file under
 * the data folder, appended to across runs, so that the terminal keeps the short lines a person reads and the
 * full records stay at hand ({@code tail -f .newsdesk/logs/handlers.jsonl}).
 */
final class HandlerLogFile implements Consumer<String>, AutoCloseable {

    private final BufferedWriter writer;
    private final Path file;
    private final PrintStream out;
    private boolean failed;

    private HandlerLogFile(BufferedWriter writer, Path file, PrintStream out) {
        this.writer = writer;
        this.file = file;
        this.out = out;
    }

    /** @param out where to say, once, that the file cannot be written */
    static HandlerLogFile open(Path file, PrintStream out) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new HandlerLogFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), file, out);
    }

    /**
     * Appends one line, flushed at once (a crash loses none of the lines before it). A log that cannot be written
     * (disk full) must not fail the ingest that logs: it is said once, and the lines are dropped.
     */
    @Override
    public synchronized void accept(String line) {
        try {
            writer.write(line);
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            if (!failed) {
                failed = true;
                out.println("newsdesk local: cannot write " + file + " (" + e.getMessage() + "); the handlers' "
                        + "lines are dropped");
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
