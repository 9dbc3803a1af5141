package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.functions.events.S3Event;
import org.junit.jupiter.api.Test;

class S3KeysTest {

    @Test
    void encodesSpacesAsPlusAndUtf8AsPercentAndKeepsSlashes() {
        assertEquals("a+b/%C3%A9%2Bx.txt", S3Keys.eventEncode("a b/é+x.txt"));
    }

    @Test
    void leavesPlainKeysAlone() {
        assertEquals("politique/mali-2024_v1.txt", S3Keys.eventEncode("politique/mali-2024_v1.txt"));
    }

    @Test
    void encodesReservedCharacters() {
        assertEquals("q%3F%26%3D%25%23%28%29.txt", S3Keys.eventEncode("q?&=%#().txt"));
    }

    @Test
    void decodesBackToTheKeyAsTheIngestFunctionReadsIt() {
        String key = "a b/é+x.txt";
        S3Event.S3Object object = new S3Event.S3Object(S3Keys.eventEncode(key), 1L, "e", null, "01");
        assertEquals(key, object.decodedKey());
    }
}
