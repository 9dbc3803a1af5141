package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
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

    /** {@code handler}, with whatever it logs through its context going to this file. */
    <I, O> RequestHandler<I, O> around(RequestHandler<I, O> handler) {
        return (input, context) -> handler.handleRequest(input, new LoggingTo(context, this));
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    /** The invocation's context with another logger. */
    private record LoggingTo(Context context, Consumer<String> log) implements Context {

        @Override
        public LambdaLogger getLogger() {
            return LocalContext.logger(log);
        }

        @Override
        public String getAwsRequestId() {
            return context.getAwsRequestId();
        }

        @Override
        public String getLogGroupName() {
            return context.getLogGroupName();
        }

        @Override
        public String getLogStreamName() {
            return context.getLogStreamName();
        }

        @Override
        public String getFunctionName() {
            return context.getFunctionName();
        }

        @Override
        public String getFunctionVersion() {
            return context.getFunctionVersion();
        }

        @Override
        public String getInvokedFunctionArn() {
            return context.getInvokedFunctionArn();
        }

        @Override
        public CognitoIdentity getIdentity() {
            return context.getIdentity();
        }

        @Override
        public ClientContext getClientContext() {
            return context.getClientContext();
        }

        @Override
        public int getRemainingTimeInMillis() {
            return context.getRemainingTimeInMillis();
        }

        @Override
        public int getMemoryLimitInMB() {
            return context.getMemoryLimitInMB();
        }
    }
}
