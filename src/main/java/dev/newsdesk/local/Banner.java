package dev.newsdesk.local;

import java.net.URI;
import java.nio.file.Path;

/** What the one-machine mode prints when it is ready: where everything is, and how to try it. */
final class Banner {

    private Banner() {
    }

    static String text(LocalOptions o, URI s3, URI dynamo, URI api, boolean auth) {
        Path cwd = Path.of("").toAbsolutePath();
        String data = o.dataDir().startsWith(cwd) ? "./" + cwd.relativize(o.dataDir()) : o.dataDir().toString();
        return """
                Newsdesk is running on this machine (Ctrl-C stops everything).

                  S3         %1$s   bucket %2$s (path-style; no credentials needed, any are accepted)
                  DynamoDB   %3$s   table %4$s
                  API        %5$s
                  data       %6$s   (objects in s3/, tables in dynamodb/, logs in logs/)

                Try it (any S3 client works too, e.g. aws --endpoint-url %1$s s3 cp FILE s3://%2$s/KEY):
                  curl -T article.txt %1$s/%2$s/politique/article.txt
                  curl %5$s/articles

                %7$sWatching s3://%2$s for uploads and deletions...
                """.formatted(s3, o.bucket(), dynamo, o.table(), api, data, auth ? editors(o, data) : "");
    }

    /** With {@code --auth}: where the editor token is, and how to send it. */
    private static String editors(LocalOptions o, String data) {
        String token = data + "/" + o.dataDir().relativize(o.editorTokenFile());
        return """
                Editor routes (/uploads) need a token, as on AWS. The page signs in with the local hosted login
                at %3$s (one editor, no password); for curl, a token valid 12 hours is in %1$s
                  curl -H "Authorization: Bearer $(cat %1$s)" %2$s/uploads

                """.formatted(token, "http://127.0.0.1:" + o.apiPort(), "http://127.0.0.1:" + o.authPort());
    }
}
