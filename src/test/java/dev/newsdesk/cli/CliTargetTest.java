package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.local.LocalPorts;
import dev.newsdesk.testing.LocalAws;
import dev.newsdesk.testing.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Operations commands talk to the one-machine mode unless told AWS, and say what they are missing. */
@ExtendWith(LocalAws.class)
class CliTargetTest {

    @TempDir
    Path data;

    @Test
    void defaultsToTheOneMachineModesEndpoints() {
        CliTarget t = CliTarget.parse(List.of("some/key.txt"), Map.of("NEWSDESK_DATA", data.toString()));
        assertFalse(t.aws());
        assertEquals("newsdesk", t.table());
        assertEquals("newsdesk-articles", t.bucket());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:4566")), t.s3Endpoint());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:4567")), t.dynamoDbEndpoint());
        assertEquals(List.of("some/key.txt"), t.rest());
    }

    @Test
    void theEnvironmentOfADeployedStackMeansAws() {
        CliTarget t = CliTarget.parse(List.of("--failures"), Map.of("TABLE_NAME", "newsdesk-Table-1",
                "BUCKET_NAME", "newsdesk-articles-1-eu-west-3", "AWS_REGION", "eu-west-3"));
        assertTrue(t.aws());
        assertEquals("newsdesk-Table-1", t.table());
        assertEquals("newsdesk-articles-1-eu-west-3", t.bucket());
        assertEquals("eu-west-3", t.region());
        assertEquals(Optional.empty(), t.dynamoDbEndpoint(), "AWS's own endpoints");
        assertEquals(List.of("--failures"), t.rest());
        assertEquals(10L * 1024 * 1024, t.maxUploadBytes());
        assertEquals(5_000_000L, CliTarget.parse(List.of(), Map.of("MAX_UPLOAD_BYTES", "5000000")).maxUploadBytes());
    }

    @Test
    void flagsWinOverTheEnvironment() {
        CliTarget t = CliTarget.parse(List.of("--aws", "--table", "t", "--region", "us-west-2", "--endpoint-url",
                "http://localhost:4566", "k"), Map.of("TABLE_NAME", "other", "AWS_REGION", "eu-west-3"));
        assertEquals("t", t.table());
        assertEquals("us-west-2", t.region());
        assertEquals(Optional.of(URI.create("http://localhost:4566")), t.s3Endpoint());
        assertEquals(Optional.of(URI.create("http://localhost:4566")), t.dynamoDbEndpoint());
        assertEquals(List.of("k"), t.rest());
        assertFalse(CliTarget.parse(List.of("--local"), Map.of("TABLE_NAME", "x")).aws());
    }

    @Test
    void awsWithoutATableOrRegionSaysWhichIsMissing() {
        var noTable = assertThrows(IllegalArgumentException.class,
                () -> CliTarget.parse(List.of("--aws"), Map.of("AWS_REGION", "eu-west-3")));
        assertTrue(noTable.getMessage().contains("--table"), noTable.getMessage());
        var noRegion = assertThrows(IllegalArgumentException.class,
                () -> CliTarget.parse(List.of("--aws", "--table", "t"), Map.of()));
        assertTrue(noRegion.getMessage().contains("--region"), noRegion.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CliTarget.parse(List.of("--endpoint-url", "nope"), Map.of()));
    }

    @Test
    void findsTheOneMachineModeOnThePortsItRecordedInItsDataFolder() throws Exception {
        new LocalPorts(5100, 5101, 5102).write(data);
        for (CliTarget t : List.of(CliTarget.parse(List.of("--data", data.toString()), Map.of()),
                CliTarget.parse(List.of(), Map.of("NEWSDESK_DATA", data.toString())))) {
            assertEquals(Optional.of(URI.create("http://127.0.0.1:5100")), t.s3Endpoint());
            assertEquals(Optional.of(URI.create("http://127.0.0.1:5101")), t.dynamoDbEndpoint());
            assertEquals(Optional.of(data.toAbsolutePath().normalize()), t.localData());
        }
        CliTarget flagged = CliTarget.parse(List.of("--data", data.toString(), "--dynamodb-endpoint",
                "http://127.0.0.1:6000"), Map.of());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:6000")), flagged.dynamoDbEndpoint(), "a flag wins");
        assertEquals(Optional.of(URI.create("http://127.0.0.1:5100")), flagged.s3Endpoint());
    }

    @Test
    void aDamagedPortsFileIsSaidSo() throws Exception {
        Files.createDirectories(LocalPorts.file(data).getParent());
        Files.writeString(LocalPorts.file(data), "s3=x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CliTarget.parse(List.of("--data", data.toString()), Map.of()));
        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    }

    @Test
    void statusReachesTheServersNamedInThePortsFile(LocalAws.Env env) throws Exception {
        Pipeline pipeline = new Pipeline(env);
        pipeline.upload("culture/musee.txt", "Culture\n\nLe musée rouvre ses portes\n\nAprès deux ans de travaux, "
                + "le musée des beaux-arts accueille de nouveau le public dès samedi.");
        new LocalPorts(env.settings().s3Endpoint().orElseThrow().getPort(),
                env.settings().dynamoDbEndpoint().orElseThrow().getPort(), 1).write(data);

        CliTarget target = CliTarget.parse(List.of("--data", data.toString(), "--table", env.table(), "--bucket",
                env.bucket(), "culture/musee.txt"), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = StatusCommand.on(target, target.services(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err).run(target.rest());
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("state            published"));
    }
}
