package dev.newsdesk.newsroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.Settings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the page may send an upload: the bucket's own hosts, on AWS or on one machine. */
class ContentSecurityPolicyTest {

    @Test
    void onAwsTheBucketsVirtualHostedAndPathStyleHosts() {
        Settings aws = Settings.from(Map.of(Settings.TABLE_NAME, "t", Settings.BUCKET_NAME, "news-articles-1",
                Settings.REGION, "eu-west-3"));
        assertEquals("https://news-articles-1.s3.eu-west-3.amazonaws.com https://s3.eu-west-3.amazonaws.com",
                ContentSecurityPolicy.bucketOrigins(aws));
    }

    @Test
    void onOneMachineTheLocalServersOrigin() {
        Settings local = Settings.local("t", "b", URI.create("http://127.0.0.1:4566/"),
                URI.create("http://127.0.0.1:4567"));
        assertEquals("http://127.0.0.1:4566", ContentSecurityPolicy.bucketOrigins(local));
    }
}
