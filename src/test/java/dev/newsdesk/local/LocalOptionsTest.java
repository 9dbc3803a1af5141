package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {

    private final Path home = Path.of("/project");

    @Test
    void defaultsAreTheDocumentedOnes() {
        LocalOptions o = LocalOptions.parse(List.of(), Map.of(), home);
        assertEquals(4566, o.s3Port());
        assertEquals(4567, o.dynamoPort());
        assertEquals(3000, o.apiPort());
        assertEquals(Path.of(".newsdesk").toAbsolutePath(), o.dataDir());
        assertEquals("newsdesk-articles", o.bucket());
    }

    @Test
    void flagsWinOverEnvironment() {
        LocalOptions o = LocalOptions.parse(List.of("--api-port", "8080", "--data", "/tmp/nd"),
                Map.of("NEWSDESK_API_PORT", "9000", "NEWSDESK_S3_PORT", "9566"), home);
        assertEquals(8080, o.apiPort());
        assertEquals(9566, o.s3Port());
        assertEquals(Path.of("/tmp/nd"), o.dataDir());
        assertEquals(Path.of("/tmp/nd/s3"), o.s3Dir());
    }

    @Test
    void theSignInProviderListensOn3001UnlessToldAndSendsEditorsBackOnlyToThePage() {
        LocalOptions o = LocalOptions.parse(List.of("--auth"), Map.of(), home);
        assertEquals(3001, o.authPort());
        assertEquals(List.of("http://127.0.0.1:3000/newsroom", "http://localhost:3000/newsroom"), o.pageAddresses());
        assertEquals(4001, LocalOptions.parse(List.of("--auth", "--auth-port", "4001"),
                Map.of("NEWSDESK_AUTH_PORT", "5001"), home).authPort());
        assertEquals(5001, LocalOptions.parse(List.of("--auth"), Map.of("NEWSDESK_AUTH_PORT", "5001"), home)
                .authPort());
        var clash = assertThrows(IllegalArgumentException.class,
                () -> LocalOptions.parse(List.of("--auth", "--auth-port", "3000"), Map.of(), home));
        assertTrue(clash.getMessage().contains("--auth-port"), clash.getMessage());
        assertEquals(3001, LocalOptions.parse(List.of("--api-port", "3001"), Map.of(), home).apiPort(),
                "without --auth the sign-in port is not used, so it may be the API's");
    }

    @Test
    void badInputIsExplained() {
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--api-port"), Map.of(), home));
        assertThrows(IllegalArgumentException.class,
                () -> LocalOptions.parse(List.of("--api-port", "x"), Map.of(), home));
        assertThrows(IllegalArgumentException.class,
                () -> LocalOptions.parse(List.of("--s3-port", "4567"), Map.of(), home));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--nope"), Map.of(), home));
    }
}
