package dev.newsdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

@ExtendWith(LocalAws.class)
class LocalAwsSmokeTest {

    @Test
    void storesAnObjectAndDescribesTheTable(LocalAws.Env env) {
        env.s3().putObject(b -> b.bucket(env.bucket()).key("a b/é.txt"), RequestBody.fromString("hello"));
        assertEquals("hello", env.s3().getObjectAsBytes(b -> b.bucket(env.bucket()).key("a b/é.txt")).asUtf8String());
        assertEquals("ACTIVE", env.dynamo().describeTable(b -> b.tableName(env.table())).table().tableStatusAsString());
    }
}
