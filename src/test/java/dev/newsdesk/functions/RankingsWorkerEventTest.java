package dev.newsdesk.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.Settings;
import dev.newsdesk.testing.LocalAws;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A scheduled event with a group (a worker's Input in template.yaml) runs that worker; any other, the rollup. */
@ExtendWith(LocalAws.class)
class RankingsWorkerEventTest {

    @Test
    void theEventsGroupPicksTheWorkerAndNoGroupRunsTheRollup(LocalAws.Env env) throws Exception {
        Settings s = env.settings();
        Settings twoWorkers = new Settings(s.tableName(), s.bucketName(), s.region(), s.s3Endpoint(),
                s.dynamoDbEndpoint(), s.maxUploadBytes(), s.viewLogPartitions(), s.hotReadCache(),
                s.repeatViewWindow(), s.publicationName(), 2);
        RankingsFunction function = new RankingsFunction(Services.with(twoWorkers, Clock.systemUTC(), env.s3(),
                env.dynamo()));
        ObjectMapper json = new ObjectMapper();

        JsonNode rollup = json.readTree(function.handleRequest(Map.of("source", "aws.events"), null));
        JsonNode worker = json.readTree(function.handleRequest(Map.of("group", 1), null));

        assertEquals("rollup", rollup.path("event").asText());
        assertEquals("rollupWorker", worker.path("event").asText());
        assertEquals(1, worker.path("group").asInt());
        assertEquals(0, worker.path("hoursFolded").asInt(), "no backlog: the rollup has just run");
    }
}
