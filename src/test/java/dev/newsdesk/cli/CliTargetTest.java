package dev.newsdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Operations commands talk to the one-machine mode unless told AWS, and say what they are missing. */
class CliTargetTest {

    @Test
    void defaultsToTheOneMachineModesEndpoints() {
        CliTarget t = CliTarget.parse(List.of("some/key.txt"), Map.of());
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
}
