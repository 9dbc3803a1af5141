package dev.newsdesk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
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
    void decodesBackToTheKeyThroughTheEventsLibrary() {
        String key = "a b/é+x.txt";
        S3ObjectEntity object = new S3ObjectEntity(S3Keys.eventEncode(key), 1L, "e", null, "01");
        assertEquals(key, object.getUrlDecodedKey());
    }
}
