package dev.newsdesk.cli;

import dev.newsdesk.Settings;
import dev.newsdesk.local.LocalMode;
import dev.newsdesk.parse.ArticleParser;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code newsdesk} command: dispatches to {@code local}, {@code parse}, {@code status}, {@code reprocess} and
 * {@code redrive}.
 * ({@code ./newsdesk bench} is not here: the launcher runs the bench profile's {@code dev.newsdesk.bench.Benchmarks}.)
 */
public final class Main {

    static final String HELP = """
            usage: ./newsdesk COMMAND [ARGS]

              local [--s3-port N] [--dynamodb-port N] [--api-port N] [--data DIR]
                              run the whole pipeline on this machine: S3 on 4566, DynamoDB on 4567,
                              the HTTP API on 3000, data in ./.newsdesk (Ctrl-C stops it)
              parse FILE... [--jsonl] [--charset NAME]
                              print the article JSON an upload of each FILE would produce (--charset: an
                              upload whose Content-Type says charset=NAME, e.g. windows-1251)
              status KEY... | status --failures [--limit N]
                              what became of uploads (published + slug, failed + reason, deleted)
              reprocess [--prefix P] [--restart]
                              re-ingest every object of the bucket (after a parser upgrade); resumable
              redrive [--queue-url URL]
                              on AWS: replay the ingest failure queue (FAILURE_QUEUE_URL); resumable
                              (all three: the one-machine mode by default; --aws, --table, --bucket, --region,
                              --endpoint-url for AWS; see `./newsdesk status --help`)
              help            this text
            """;

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.print(HELP);
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "local" -> LocalMode.main(rest.toArray(String[]::new));
            case "parse" -> System.exit(new ParseCommand(new ArticleParser(),
                    Settings.maxUploadBytes(System.getenv()), Clock.systemUTC(), System.out, System.err).run(rest));
            case "status" -> System.exit(operations("status", rest));
            case "reprocess" -> System.exit(operations("reprocess", rest));
            case "redrive" -> System.exit(operations("redrive", rest));
            case "help", "-h", "--help" -> System.out.print(HELP);
            default -> {
                System.err.print("newsdesk: unknown command " + args[0] + "\n\n" + HELP);
                System.exit(2);
            }
        }
    }

    /** {@code status}, {@code reprocess}, {@code redrive}: commands that read (and re-ingest) a target's state. */
    static int operations(String command, List<String> args) {
        CliTarget target;
        try {
            target = CliTarget.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("newsdesk " + command + ": " + e.getMessage());
            return 2;
        }
        try {
            var services = target.services();
            return switch (command) {
                case "status" -> StatusCommand.on(target, services, System.out, System.err).run(target.rest());
                case "reprocess" -> ReprocessCommand.run(services, target, System.err);
                case "redrive" -> RedriveCommand.run(services, target, System.getenv(), System.err);
                default -> throw new IllegalArgumentException(command);
            };
        } catch (java.io.UncheckedIOException e) {
            System.err.println("newsdesk " + command + ": " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return 1;
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            System.err.println("newsdesk " + command + ": " + target.describe() + ": " + e.getMessage()
                    + (target.aws() ? "" : "\n(is `./newsdesk local` running?)"));
            return 1;
        }
    }
}
