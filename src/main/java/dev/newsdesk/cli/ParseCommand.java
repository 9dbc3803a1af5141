package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.article.Article;
import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.ArticleJson;
import dev.newsdesk.article.Slugs;
import dev.newsdesk.article.Source;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code newsdesk parse FILE... [--jsonl] [--charset NAME]}: prints, for each file, the article an upload of it would
 * produce (with {@code --charset}: an upload whose Content-Type names that charset, and a line on stderr for each
 * file saying whether it is read in it, and why), without any storage. A file that cannot be an article is
 * reported on stderr with the reason; the others still print, and the exit status says that one failed.
 */
final class ParseCommand {

    static final String USAGE = "usage: ./newsdesk parse FILE... [--jsonl] [--charset NAME]\n"
            + "  --charset NAME  read the files as an upload whose Content-Type says charset=NAME (windows-1251,"
            + " shift_jis, ...)";

    private final ArticleParser parser;
    private final long maxUploadBytes;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    ParseCommand(ArticleParser parser, long maxUploadBytes, Clock clock, PrintStream out, PrintStream err) {
        this.parser = parser;
        this.maxUploadBytes = maxUploadBytes;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** Runs the command; returns the exit status (0 all parsed, 1 some failed, 2 bad usage). */
    int run(List<String> args) {
        boolean jsonl = false;
        String charset = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--jsonl")) {
                jsonl = true;
            } else if (arg.equals("--charset") || arg.startsWith("--charset=")) {
                charset = !arg.equals("--charset") ? arg.substring("--charset=".length())
                        : i + 1 < args.size() ? args.get(++i) : "";
                if (charset.isBlank() || charset.startsWith("--")) { // "--charset --jsonl": the name is missing
                    err.println("newsdesk parse: --charset needs a charset name\n" + USAGE);
                    return 2;
                }
            } else if (arg.startsWith("--") && !arg.equals("--")) {
                err.println("newsdesk parse: unknown option " + arg + "\n" + USAGE);
                return 2;
            } else if (!arg.equals("--")) {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        ObjectMapper json = ArticleJson.mapper();
        int status = 0;
        for (String file : files) {
            try {
                Article article = articleOf(Path.of(file), charset);
                if (jsonl) {
                    ObjectNode line = json.createObjectNode().put("file", file);
                    line.setAll((ObjectNode) json.valueToTree(article));
                    out.println(json.writeValueAsString(line));
                } else {
                    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(article));
                }
            } catch (RejectedFileException e) {
                err.println("newsdesk parse: " + file + ": not an article (" + e.reason().code() + ": "
                        + e.getMessage() + ")");
                status = 1;
            } catch (IOException e) {
                err.println("newsdesk parse: " + file + ": cannot read it (" + describe(e) + ")");
                status = 1;
            } catch (RuntimeException e) {
                // A parser bug must not hide the other files' results.
                err.println("newsdesk parse: " + file + ": the parser failed (" + e + ")");
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /**
     * The article as ingest would store it for an upload of {@code file} declaring {@code charset} (null: none), no
     * views yet, ingested now.
     */
    Article articleOf(Path file, String charset) throws IOException, RejectedFileException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > maxUploadBytes) throw RejectedFileException.tooLarge(bytes.length, maxUploadBytes);
        if (charset != null) {
            // what ingest logs for such an upload: whether the file is read in it, and why
            err.println("newsdesk parse: " + file + ": " + ArticleParser.charsetVerdict(bytes, charset).describe());
        }
        ArticleContent content = parser.parse(bytes, file.getFileName().toString(), charset);
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        // An upload's key and bucket are not known here: the file name stands for the key, and the ETag is the
        // one S3 gives a single-part upload (the MD5 of the bytes).
        Source source = new Source(null, file.getFileName().toString(), content.format(), md5(bytes), null);
        return new Article(Slugs.fromTitle(content.title(), content.language()), content, source, 0, now, now);
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
