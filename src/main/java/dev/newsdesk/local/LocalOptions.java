package dev.newsdesk.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the one-machine mode is set up: ports, data directory, names. Each value comes from a flag, else an
 * environment variable, else the default (the ports docs/local-mode.md lists).
 *
 * @param home       the project checkout (node_modules, target/local): the launcher passes it
 * @param s3Proxy    how S3Proxy starts: from the standalone jar the launcher fetches
 * @param auth       whether the editor routes need a token, as the JWT authorizer on AWS asks ({@code --auth})
 * @param authPort   where the local sign-in provider listens with {@code --auth}
 */
public record LocalOptions(int s3Port, int dynamoPort, int apiPort, Path dataDir, String bucket, String table,
                           Path home, S3ProxyLaunch s3Proxy, boolean logRequests, boolean auth, int authPort) {

    public static final String BUCKET = "newsdesk-articles";
    public static final String TABLE = "newsdesk";
    public static final int S3_PORT = 4566;
    public static final int DYNAMODB_PORT = 4567;
    public static final String S3PROXY_JAR = "target/local/s3proxy-jar-with-dependencies.jar";

    static final String USAGE = """
            usage: ./newsdesk local [--s3-port N] [--dynamodb-port N] [--api-port N] [--data DIR] [--quiet-api]
                                    [--auth] [--auth-port N]
              --s3-port        S3 endpoint port            (env NEWSDESK_S3_PORT, default 4566)
              --dynamodb-port  DynamoDB endpoint port      (env NEWSDESK_DYNAMODB_PORT, default 4567)
              --api-port       HTTP API port               (env NEWSDESK_API_PORT, default 3000)
              --data           where everything is kept    (env NEWSDESK_DATA, default ./.newsdesk)
              --quiet-api      do not log each API request
              --auth           the editor routes (/uploads) need a JWT, as on AWS; the page signs in with a
                               local hosted login, and the mode signs one token and prints where it is
                               (docs/local-mode.md, "Editors")
              --auth-port      the local sign-in provider's port (env NEWSDESK_AUTH_PORT, default 3001)""";

    /** Reads {@code args} over {@code env}; throws {@link IllegalArgumentException} with a readable message. */
    public static LocalOptions parse(List<String> args, Map<String, String> env, Path home) {
        int s3 = port(env.getOrDefault("NEWSDESK_S3_PORT", String.valueOf(S3_PORT)), "NEWSDESK_S3_PORT");
        int dynamo = port(env.getOrDefault("NEWSDESK_DYNAMODB_PORT", String.valueOf(DYNAMODB_PORT)),
                "NEWSDESK_DYNAMODB_PORT");
        int api = port(env.getOrDefault("NEWSDESK_API_PORT", "3000"), "NEWSDESK_API_PORT");
        Path data = Path.of(env.getOrDefault("NEWSDESK_DATA", ".newsdesk"));
        boolean logRequests = true;
        boolean auth = false;
        int authPort = port(env.getOrDefault("NEWSDESK_AUTH_PORT", "3001"), "NEWSDESK_AUTH_PORT");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--s3-port" -> s3 = port(value(args, ++i, arg), arg);
                case "--dynamodb-port" -> dynamo = port(value(args, ++i, arg), arg);
                case "--api-port" -> api = port(value(args, ++i, arg), arg);
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--quiet-api" -> logRequests = false;
                case "--auth" -> auth = true;
                case "--auth-port" -> authPort = port(value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (s3 == dynamo || s3 == api || dynamo == api) {
            throw new IllegalArgumentException("the S3, DynamoDB and API ports must differ");
        }
        if (auth && (authPort == s3 || authPort == dynamo || authPort == api)) {
            throw new IllegalArgumentException("the sign-in port (--auth-port) must differ from the S3, DynamoDB "
                    + "and API ports");
        }
        Path jar = Path.of(System.getProperty("newsdesk.s3proxy.jar", home.resolve(S3PROXY_JAR).toString()));
        return new LocalOptions(s3, dynamo, api, data.toAbsolutePath().normalize(), BUCKET, TABLE, home,
                S3ProxyLaunch.fromJar(jar), logRequests, auth, authPort);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    private static int port(String text, String what) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": not a port number: " + text);
        }
    }

    /** S3Proxy's objects: {@code s3/<bucket>/<key>}, plain files. */
    public Path s3Dir() {
        return dataDir.resolve("s3");
    }

    /** dynalite's LevelDB files. */
    public Path dynamoDir() {
        return dataDir.resolve("dynamodb");
    }

    /** The event pump's memory of what it delivered. */
    public Path pumpStateFile() {
        return dataDir.resolve("pump").resolve(bucket + ".json");
    }

    /** The events waiting for redelivery (a store did not answer): see {@link PendingEvents}. */
    public Path waitingFile() {
        return waitingFile(dataDir, bucket);
    }

    /** The file of the events waiting for redelivery under the data folder {@code dataDir}. */
    public static Path waitingFile(Path dataDir, String bucket) {
        return dataDir.resolve("pump").resolve(bucket + ".waiting.json");
    }

    /** The handlers' own JSON lines (CloudWatch Logs on AWS). */
    public Path handlerLogFile() {
        return logDir().resolve("handlers.jsonl");
    }

    /** The same options with S3Proxy started as {@code launch} says (tests start it from their class path). */
    public LocalOptions withS3Proxy(S3ProxyLaunch launch) {
        return new LocalOptions(s3Port, dynamoPort, apiPort, dataDir, bucket, table, home, launch, logRequests, auth,
                authPort);
    }

    /** Lock, pid file and generated configuration of the running instance. */
    public Path runDir() {
        return dataDir.resolve("run");
    }

    /** The editor-token signing key and its JWKS ({@code --auth}). */
    public Path authDir() {
        return runDir().resolve("auth");
    }

    /** The editor token {@code --auth} signs on each start, for curl and the page. */
    public Path editorTokenFile() {
        return authDir().resolve("editor-token");
    }

    /** Where the local sign-in may send an editor back to: the page, at each of the API's origins. */
    public List<String> pageAddresses() {
        return browserOrigins().stream().map(origin -> origin + "/newsroom").toList();
    }

    /** The origins a browser may send uploads from to the local S3: the API's own (it serves the page). */
    public List<String> browserOrigins() {
        return List.of("http://127.0.0.1:" + apiPort, "http://localhost:" + apiPort);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
