package dev.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsdesk.functions.RankingsFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.S3Event;
import dev.newsdesk.newsroom.SignInConfig;
import dev.newsdesk.observe.LogLine;
import dev.newsdesk.store.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * template.yaml checked against the code, as far as a machine without AWS, SAM CLI or Docker can: handlers that
 * exist and take the events their triggers send, the environment the code reads, the table the code creates
 * locally, IAM without wildcards, no dependency cycle, and the wiring the issues ask for.
 */
class TemplateTest {

    private static final Path TEMPLATE = Path.of("template.yaml");

    /** The Java event class each SAM event source type delivers to a handler. */
    private static final Map<String, Class<?>> EVENT_CLASS_OF_SOURCE = Map.of(
            "S3", S3Event.class,
            "HttpApi", HttpApiEvent.class,
            "Schedule", Map.class);

    /** X-Ray's write actions have no resource type: "*" is the only resource they take, and they write traces only. */
    private static final Set<String> X_RAY_ACTIONS = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");

    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void readTemplate() throws IOException {
        template = CloudFormationYaml.read(TEMPLATE);
        resources = template.path("Resources");
    }

    // ------------------------------------------------------------------ functions

    @Test
    void declaresTheThreeFunctions() {
        assertEquals(Set.of("IngestFunction", "ApiFunction", "RankingsFunction"), functions().keySet());
    }

    @Test
    void runsOnJava21WithSnapStartOnPublishedVersions() {
        functions().forEach((id, fn) -> {
            assertEquals("java21", property(fn, "Runtime").asText(), id);
            assertEquals("PublishedVersions", property(fn, "SnapStart").path("ApplyOn").asText(), id);
            assertFalse(property(fn, "AutoPublishAlias").asText().isBlank(),
                    id + ": SnapStart only applies to published versions, so triggers must call an alias");
            String architecture = property(fn, "Architectures").path(0).asText();
            assertTrue(Set.of("arm64", "x86_64").contains(architecture), id + ": " + architecture);
            assertTrue(environment(fn).path("JAVA_TOOL_OPTIONS").asText().contains("-XX:TieredStopAtLevel=1"), id);
            assertTrue(property(fn, "MemorySize").asInt() >= 512, id);
            assertTrue(property(fn, "Timeout").asInt() > 0, id);
        });
    }

    @Test
    void eachHandlerExistsAndTakesTheEventItsTriggersSend() throws Exception {
        for (Map.Entry<String, JsonNode> function : functions().entrySet()) {
            String id = function.getKey();
            JsonNode fn = function.getValue();
            Set<Class<?>> delivered = new LinkedHashSet<>();
            fn.path("Properties").path("Events").forEach(event ->
                    delivered.add(EVENT_CLASS_OF_SOURCE.get(event.path("Type").asText())));
            assertEquals(1, delivered.size(), id + " must be triggered by one kind of event: " + delivered);
            Class<?> eventClass = delivered.iterator().next();
            assertNotNull(eventClass, id + ": an event source this test does not know");

            String handler = property(fn, "Handler").asText();
            String[] classAndMethod = handler.split("::");
            assertEquals(2, classAndMethod.length, id + ": handler must read class::method, was " + handler);
            Class<?> handlerClass = Class.forName(classAndMethod[0]);
            assertEquals("dev.newsdesk.functions." + id, handlerClass.getName(),
                    "every entry point is in functions/, named as its function");
            if (RequestStreamHandler.class.isAssignableFrom(handlerClass)) {
                // Lambda hands it the event's JSON, which it reads into the event class itself (handle).
                assertNotNull(handlerClass.getMethod(classAndMethod[1], InputStream.class, OutputStream.class,
                        Context.class));
                assertEquals(1, Arrays.stream(handlerClass.getMethods())
                                .filter(m -> m.getName().equals(classAndMethod[1])).count(),
                        handler + ": one public method of that name, or Lambda may pick another overload");
                assertNotNull(handlerClass.getMethod("handle", eventClass, Context.class), handler);
            } else {
                assertTrue(RequestHandler.class.isAssignableFrom(handlerClass), handler + " is no handler");
                assertEquals(eventClass, rawType(requestHandlerInputType(handlerClass)),
                        handler + " takes the wrong event");
                assertNotNull(handlerClass.getMethod(classAndMethod[1], eventClass, Context.class));
            }
            assertNotNull(handlerClass.getConstructor(), handler + " needs a public no-argument constructor");
        }
    }

    @Test
    void everyVariableTheCodeReadsIsSetOnBothFunctionsAndNoLocalOneIs() throws IllegalAccessException {
        Set<String> required = new TreeSet<>();
        Set<String> mustNotBeSet = new TreeSet<>();
        for (Field field : Settings.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String variable = (String) field.get(null);
                // AWS_* is set by Lambda itself (and reserved); NEWSDESK_* points at local servers only.
                (variable.startsWith("AWS_") || variable.startsWith("NEWSDESK_") ? mustNotBeSet : required)
                        .add(variable);
            }
        }
        assertTrue(required.containsAll(Set.of("TABLE_NAME", "BUCKET_NAME", "MAX_UPLOAD_BYTES")), required.toString());
        // Read by the rollup only: set on RankingsFunction (rankingsAreRefreshedEveryMinute... checks its workers).
        required.remove(Settings.ROLLUP_WORKERS);
        assertFalse(environment(functions().get("RankingsFunction")).path(Settings.ROLLUP_WORKERS).isMissingNode());
        functions().forEach((id, fn) -> {
            JsonNode environment = environment(fn);
            for (String variable : required) {
                assertFalse(environment.path(variable).isMissingNode(), id + " does not set " + variable);
            }
            for (String variable : mustNotBeSet) {
                assertTrue(environment.path(variable).isMissingNode(), id + " must not set " + variable);
            }
            assertEquals(ref("ArticlesTable"), environment.get("TABLE_NAME"), id);
            assertEquals(articlesBucketName(), environment.get("BUCKET_NAME"), id);
            assertEquals(Long.toString(Settings.DEFAULT_MAX_UPLOAD_BYTES), environment.path("MAX_UPLOAD_BYTES").asText(),
                    id);
            assertTrue(fn.path("Properties").path("Environment").path("Variables").path("VIEW_LOG_PARTITIONS")
                    .isMissingNode(), id + ": writers and the rollup must agree, so it is set in Globals only");
        });
        assertTrue(environment(functions().get("ApiFunction")).path("VIEW_LOG_PARTITIONS").asInt() > 0);
    }

    @Test
    void everyPropertyChangePublishesAVersionTheAliasMovesTo() {
        functions().forEach((id, fn) -> assertTrue(property(fn, "AutoPublishAliasAllProperties").asBoolean(),
                id + ": without it, a Timeout or Handler change never reaches the alias (AliasPublishingTest)"));
    }

    /**
     * SAM hashes a function's properties as written to decide whether to publish a version, so a parameter's new
     * value would change $LATEST but never the alias `live` (AliasPublishingTest). Only what applies to the
     * function itself rather than to a version may come from a parameter: its reserved concurrency.
     */
    @Test
    void nothingAVersionCarriesComesFromATemplateParameter() {
        Set<String> parameters = new TreeSet<>();
        template.path("Parameters").fieldNames().forEachRemaining(parameters::add);
        Set<String> functionLevel = Set.of("ReservedConcurrentExecutions", "Events", "EventInvokeConfig");
        functions().forEach((id, fn) -> {
            ObjectNode properties = template.path("Globals").path("Function").deepCopy();
            properties.setAll((ObjectNode) fn.path("Properties").deepCopy());
            properties.remove(functionLevel);
            Set<String> used = new TreeSet<>(CloudFormationYaml.references(properties));
            used.retainAll(parameters);
            assertEquals(Set.of(), used, id);
        });
    }

    @Test
    void samBuildsEachFunctionWithTheMakefileTarget() throws IOException {
        String makefile = Files.readString(Path.of("Makefile"));
        functions().forEach((id, fn) -> {
            assertEquals("makefile", fn.path("Metadata").path("BuildMethod").asText(), id);
            assertEquals(".", property(fn, "CodeUri").asText(), id);
            assertTrue(makefile.lines().anyMatch(line -> !line.startsWith("\t") && line.contains("build-" + id)),
                    "Makefile has no target build-" + id);
        });
        assertTrue(makefile.contains("target/newsdesk-lambda.zip"), "the Makefile ships the assembled package");
    }

    // ------------------------------------------------------------------ storage

    @Test
    void tableIsTheOneTheCodeCreates() {
        CreateTableRequest expected = Table.createRequest("ignored");
        JsonNode table = resourcesOfType("AWS::DynamoDB::Table").get("ArticlesTable");
        assertNotNull(table, "ArticlesTable");
        JsonNode properties = table.path("Properties");

        assertEquals(expected.billingModeAsString(), properties.path("BillingMode").asText());
        assertEquals(expected.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList(),
                stream(properties.path("KeySchema")).map(k -> k.path("AttributeName").asText() + " "
                        + k.path("KeyType").asText()).toList());
        assertEquals(
                expected.attributeDefinitions().stream()
                        .map(a -> a.attributeName() + " " + a.attributeTypeAsString()).collect(Collectors.toSet()),
                stream(properties.path("AttributeDefinitions")).map(a -> a.path("AttributeName").asText() + " "
                        + a.path("AttributeType").asText()).collect(Collectors.toSet()));
        assertEquals(expected.globalSecondaryIndexes().size(), properties.path("GlobalSecondaryIndexes").size());
        assertEquals(expected.localSecondaryIndexes().size(), properties.path("LocalSecondaryIndexes").size());
        assertTrue(properties.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean());
        assertTrue(properties.path("TableName").isMissingNode(), "a fixed table name would block replacements");
        assertEquals("expiresAt", properties.path("TimeToLiveSpecification").path("AttributeName").asText(),
                "the view log's expiry attribute (ViewLog)");
    }

    @Test
    void tableAndBucketOutliveTheStackAndAnyReplacement() {
        for (String id : List.of("ArticlesTable", "ArticlesBucket")) {
            JsonNode resource = resources.path(id);
            assertEquals("Retain", resource.path("DeletionPolicy").asText(), id);
            assertEquals("Retain", resource.path("UpdateReplacePolicy").asText(), id);
        }
        assertTrue(resources.path("ArticlesTable").path("Properties").path("DeletionProtectionEnabled").asBoolean());
        JsonNode bucket = resources.path("ArticlesBucket").path("Properties");
        assertEquals("Enabled", bucket.path("VersioningConfiguration").path("Status").asText());
        assertTrue(stream(bucket.path("LifecycleConfiguration").path("Rules"))
                .anyMatch(rule -> rule.path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt() > 0),
                "old versions must not be kept (and billed) forever");
        assertTrue(allowedActions("IngestFunctionRole").contains("s3:GetObjectVersion"),
                "ingest reads the event's version of a versioned object");
    }

    @Test
    void bucketNotifiesIngestOfEveryCreationAndRemoval() {
        JsonNode bucket = resourcesOfType("AWS::S3::Bucket").get("ArticlesBucket");
        assertNotNull(bucket, "ArticlesBucket");
        assertEquals(articlesBucketName(), bucket.path("Properties").path("BucketName"));
        assertTrue(bucket.path("Properties").path("PublicAccessBlockConfiguration")
                .path("RestrictPublicBuckets").asBoolean());

        List<JsonNode> s3Events = stream(functions().get("IngestFunction").path("Properties").path("Events"))
                .filter(e -> e.path("Type").asText().equals("S3")).toList();
        assertEquals(1, s3Events.size());
        JsonNode s3 = s3Events.get(0).path("Properties");
        assertEquals(ref("ArticlesBucket"), s3.path("Bucket"));
        assertEquals(Set.of("s3:ObjectCreated:*", "s3:ObjectRemoved:*"),
                stream(s3.path("Events")).map(JsonNode::asText).collect(Collectors.toSet()));
    }

    @Test
    void ingestRetriesThenSendsFailuresToAQueueWithBoundedConcurrency() {
        JsonNode ingest = functions().get("IngestFunction");
        JsonNode config = property(ingest, "EventInvokeConfig");
        int retries = config.path("MaximumRetryAttempts").asInt(-1);
        assertTrue(retries >= 0 && retries <= 2, "MaximumRetryAttempts " + retries);
        JsonNode onFailure = config.path("DestinationConfig").path("OnFailure");
        assertEquals("SQS", onFailure.path("Type").asText());
        String queue = onFailure.path("Destination").path("Fn::GetAtt").path(0).asText();
        assertEquals("AWS::SQS::Queue", resources.path(queue).path("Type").asText(), "destination " + queue);
        assertFalse(property(ingest, "ReservedConcurrentExecutions").isMissingNode());
    }

    @Test
    void rankingsAreRefreshedEveryMinuteWithoutRetriesAndReserveNothingUnlessAsked() {
        JsonNode rankings = functions().get("RankingsFunction");
        List<JsonNode> schedules = stream(rankings.path("Properties").path("Events"))
                .filter(e -> e.path("Type").asText().equals("Schedule")).toList();
        // The rollup itself (no input), and each worker, its group as input: 0 to ROLLUP_WORKERS - 1, once each.
        int workers = environment(rankings).path(Settings.ROLLUP_WORKERS).asInt();
        assertTrue(workers > 1, "workers: " + workers);
        assertEquals(1 + workers, schedules.size());
        Set<String> inputs = new TreeSet<>();
        for (JsonNode schedule : schedules) {
            assertEquals("rate(1 minute)", schedule.path("Properties").path("Schedule").asText());
            inputs.add(schedule.path("Properties").path("Input").asText("none"));
        }
        Set<String> expected = new TreeSet<>(Set.of("none"));
        for (int g = 0; g < workers; g++) expected.add("{\"group\": " + g + "}");
        assertEquals(expected, inputs);
        assertEquals(0, property(rankings, "EventInvokeConfig").path("MaximumRetryAttempts").asInt(-1));
        assertTrue(property(rankings, "Timeout").asInt() < 60, "a run ends before the next one starts");
        assertTrue(Services.ROLLUP_BUDGET.toSeconds() < property(rankings, "Timeout").asInt() / 2 + 5,
                "the budget leaves room for the hour started last, the rankings and the state");

        // A new account's concurrency quota (10) refuses any reservation: the rollup's is off by default.
        JsonNode parameter = template.path("Parameters").path("RankingsReservedConcurrency");
        assertEquals(0, parameter.path("Default").asInt(-1));
        JsonNode reserved = property(rankings, "ReservedConcurrentExecutions").path("Fn::If");
        assertEquals("ReserveRankingsConcurrency", reserved.path(0).asText());
        assertEquals(1, reserved.path(1).asInt());
        assertEquals("AWS::NoValue", reserved.path(2).path("Ref").asText());
        JsonNode condition = template.path("Conditions").path("ReserveRankingsConcurrency").path("Fn::Equals");
        assertEquals(ref("RankingsReservedConcurrency"), condition.path(0));
        assertEquals(1, condition.path(1).asInt());
    }

    // ------------------------------------------------------------------ API

    @Test
    void apiRoutesCoverTheContractAndEverythingElseReachesTheHandler() throws IOException {
        Set<String> routes = apiRoutes();
        assertTrue(routes.containsAll(
                        Set.of("GET /articles", "GET /articles/{slug}", "GET /rankings", "GET /sections")),
                routes.toString());
        assertTrue(routes.contains("ANY $default"), "404/405 must come from the handler, as problem+json: " + routes);

        JsonNode api = resourcesOfType("AWS::Serverless::HttpApi").get("HttpApi");
        assertNotNull(api, "HttpApi");
        JsonNode throttle = api.path("Properties").path("DefaultRouteSettings");
        assertFalse(throttle.path("ThrottlingRateLimit").isMissingNode());
        assertFalse(throttle.path("ThrottlingBurstLimit").isMissingNode());
        JsonNode accessLog = api.path("Properties").path("AccessLogSettings");
        assertEquals("ApiAccessLogGroup", accessLog.path("DestinationArn").path("Fn::GetAtt").path(0).asText());
        assertEquals(ref("LogRetentionInDays"),
                resources.path("ApiAccessLogGroup").path("Properties").path("RetentionInDays"));
        JsonNode format = new ObjectMapper().readTree(accessLog.path("Format").asText());
        assertEquals("$context.status", format.path("status").asText(), "one JSON object a line, with the status");
        assertFalse(accessLog.path("Format").asText().contains("sourceIp"), "no client address is kept");
        JsonNode throttled = resources.path("ApiThrottledMetricFilter").path("Properties");
        assertEquals(ref("ApiAccessLogGroup"), throttled.path("LogGroupName"));
        assertEquals("{ $.status = \"429\" }", throttled.path("FilterPattern").asText());
        JsonNode cors = api.path("Properties").path("CorsConfiguration");
        assertEquals("*", cors.path("AllowOrigins").path(0).asText());
        assertTrue(stream(cors.path("AllowMethods")).map(JsonNode::asText).toList().contains("GET"));
    }

    @Test
    void theEditorRoutesAndOnlyThemNeedTheJwtAuthorizer() {
        Map<String, String> authorizerOf = new TreeMap<>();
        functions().get("ApiFunction").path("Properties").path("Events").forEach(event -> {
            JsonNode p = event.path("Properties");
            if (event.path("Type").asText().equals("HttpApi")) {
                authorizerOf.put(p.path("Method").asText().toUpperCase() + " " + p.path("Path").asText(),
                        p.path("Auth").path("Authorizer").asText(""));
            }
        });
        Set<String> editor = authorizerOf.entrySet().stream().filter(e -> e.getValue().equals("EditorJwt"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("ANY /uploads", "ANY /uploads/{key+}"), editor);
        assertEquals(Set.of("", "EditorJwt"), Set.copyOf(authorizerOf.values()), "the others name no authorizer");
        for (String route : authorizerOf.keySet()) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{key+}", "city/council.html")
                    .replace("{slug}", "a-slug").replace("$default", "/no-such-route");
            assertEquals(editor.contains(route), dev.newsdesk.api.ApiRouter.isEditorRoute("GET", path), route);
        }

        JsonNode jwt = resourcesOfType("AWS::Serverless::HttpApi").get("HttpApi").path("Properties").path("Auth")
                .path("Authorizers").path("EditorJwt");
        assertEquals("$request.header.Authorization", jwt.path("IdentitySource").asText());
        assertEquals(Set.of("JwtIssuer", "EditorUserPool"),
                CloudFormationYaml.references(jwt.path("JwtConfiguration").path("issuer")));
        assertEquals(Set.of("JwtAudience", "NewsroomClient"),
                CloudFormationYaml.references(jwt.path("JwtConfiguration").path("audience")));
        assertTrue(resources.path("ArticlesBucket").path("Properties").path("CorsConfiguration").path("CorsRules")
                .path(0).path("AllowedMethods").toString().contains("PUT"), "the page PUTs to the bucket");
    }

    @Test
    void theNewsroomSignsInWhereTheAuthorizerLooksWithTheCodeFlowAndNoSecret() {
        JsonNode api = resourcesOfType("AWS::Serverless::HttpApi").get("HttpApi").path("Properties");
        JsonNode env = api.path("StageVariables");
        JsonNode jwt = api.path("Auth").path("Authorizers").path("EditorJwt").path("JwtConfiguration");
        assertEquals(jwt.path("issuer"), env.path(SignInConfig.ISSUER), "the page's issuer is the authorizer's");
        assertEquals(jwt.path("audience").path(0), env.path(SignInConfig.CLIENT_ID), "its client is the audience");
        for (String endpoint : List.of(SignInConfig.AUTHORIZATION_ENDPOINT, SignInConfig.TOKEN_ENDPOINT,
                SignInConfig.LOGOUT_ENDPOINT)) {
            assertEquals(Set.of("EditorUserPoolDomain"), CloudFormationYaml.references(env.path(endpoint)), endpoint);
            assertTrue(env.path(endpoint).toString().contains(".amazoncognito.com/"), endpoint);
        }
        for (var variable : (Iterable<Map.Entry<String, JsonNode>>) env::fields) {
            assertTrue(variable.getKey().matches("[A-Za-z0-9_]+"), "a stage variable's name: " + variable.getKey());
            assertFalse(variable.getValue().toString().contains(" "), "a stage variable's value has no space: "
                    + variable.getKey());
        }

        JsonNode client = resources.path("NewsroomClient").path("Properties");
        assertEquals("[\"code\"]", client.path("AllowedOAuthFlows").toString(), "authorization code only");
        assertFalse(client.path("GenerateSecret").asBoolean(true), "a page keeps no secret");
        assertTrue(client.path("AllowedOAuthScopes").toString().contains("openid"));
        assertTrue(client.path("CallbackURLs").toString().contains("/newsroom"), "sign-in returns to the page");
        assertEquals(Set.of("EditorUserPool"), CloudFormationYaml.references(resources.path("EditorUserPoolDomain")
                .path("Properties").path("UserPoolId")), "the hosted login's domain");
    }

    @Test
    void everyApiEventFileMatchesARouteOfTheTemplate() throws IOException {
        Set<String> routes = apiRoutes();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("events"))) {
            files = list.filter(p -> p.getFileName().toString().startsWith("api-")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String routeKey = json.readTree(file.toFile()).path("routeKey").asText();
            String asDeclared = routeKey.equals("$default") ? "ANY $default" : routeKey;
            assertTrue(routes.contains(asDeclared), file + ": no route " + routeKey + " in " + routes);
        }
    }

    @Test
    void outputsTellWhereEverythingIs() {
        for (String output : List.of("ApiUrl", "BucketName", "TableName")) {
            assertFalse(template.path("Outputs").path(output).path("Value").isMissingNode(), output);
        }
        assertEquals(ref("ArticlesBucket"), template.path("Outputs").path("BucketName").path("Value"));
        assertEquals(ref("ArticlesTable"), template.path("Outputs").path("TableName").path("Value"));
        assertTrue(CloudFormationYaml.references(template.path("Outputs").path("ApiUrl")).contains("HttpApi"));
    }

    // ------------------------------------------------------------------ guardrails

    @Test
    void tracingIsActiveWhereItIsCheapAndItsRolesMaySendTraces() {
        assertEquals("Active", property(functions().get("IngestFunction"), "Tracing").asText());
        assertEquals("Active", property(functions().get("RankingsFunction"), "Tracing").asText());
        assertEquals("Disabled", property(functions().get("ApiFunction"), "Tracing").asText(),
                "sampling 5% of 100,000 requests/s would cost more than everything else");
        for (String role : List.of("IngestFunctionRole", "RankingsFunctionRole")) {
            assertTrue(allowedActions(role).containsAll(X_RAY_ACTIONS), role);
        }
        assertFalse(allowedActions("ApiFunctionRole").stream().anyMatch(a -> a.startsWith("xray:")));
    }

    @Test
    void everyAlarmNotifiesTheTopicAndWatchesWhatItSays() {
        Map<String, JsonNode> alarms = resourcesOfType("AWS::CloudWatch::Alarm");
        for (String function : List.of("IngestFunction", "ApiFunction", "RankingsFunction")) {
            for (String metric : List.of("Errors", "Throttles")) {
                JsonNode alarm = alarms.get(function + metric + "Alarm").path("Properties");
                assertEquals("AWS/Lambda", alarm.path("Namespace").asText());
                assertEquals(metric, alarm.path("MetricName").asText());
                assertEquals(ref(function), alarm.path("Dimensions").path(0).path("Value"));
            }
        }
        JsonNode queue = alarms.get("IngestFailureQueueAlarm").path("Properties");
        assertEquals(Set.of("IngestFailureQueue"), CloudFormationYaml.references(queue.path("Dimensions")));
        assertEquals("ApproximateNumberOfMessagesVisible", queue.path("MetricName").asText());
        assertEquals(Set.of("5xx", "Count"), metricNames(alarms.get("Api5xxAlarm")));
        assertTrue(CloudFormationYaml.references(alarms.get("Api5xxAlarm")).contains("HttpApi"));
        assertEquals("ApiThrottled", alarms.get("ApiThrottledAlarm").path("Properties").path("MetricName").asText());
        assertEquals(Set.of("ReadThrottleEvents", "WriteThrottleEvents"), metricNames(alarms.get("TableThrottlingAlarm")));
        assertTrue(CloudFormationYaml.references(alarms.get("TableThrottlingAlarm")).contains("ArticlesTable"));

        JsonNode lag = alarms.get("RollupLagAlarm").path("Properties");
        assertEquals(LogLine.NAMESPACE, lag.path("Namespace").asText());
        assertEquals(RankingsFunction.LAG_METRIC, lag.path("MetricName").asText());
        assertEquals("rollup", lag.path("Dimensions").path(0).path("Value").asText());
        assertEquals("breaching", lag.path("TreatMissingData").asText(), "a rollup that does not run is behind");
        assertEquals(ref("RollupLagAlarmSeconds"), lag.path("Threshold"));

        assertTrue(alarms.size() >= 11, alarms.keySet().toString());
        alarms.forEach((id, alarm) -> assertEquals(ref("AlarmTopic"),
                alarm.path("Properties").path("AlarmActions").path(0), id + " notifies no one"));
        assertEquals("HasAlarmEmail", resources.path("AlarmEmailSubscription").path("Condition").asText());
    }

    @Test
    void theDashboardShowsEveryFunctionTheTableTheApiAndTheRollupLag() {
        JsonNode body = resources.path("Dashboard").path("Properties").path("DashboardBody");
        assertTrue(CloudFormationYaml.references(body).containsAll(Set.of("IngestFunction", "ApiFunction",
                "RankingsFunction", "ArticlesTable", "HttpApi", "IngestFailureQueue")));
        assertTrue(body.path("Fn::Sub").asText().contains(RankingsFunction.LAG_METRIC));
    }

    private static Set<String> metricNames(JsonNode alarm) {
        Set<String> names = new TreeSet<>();
        alarm.path("Properties").path("Metrics").forEach(m -> {
            String name = m.path("MetricStat").path("Metric").path("MetricName").asText();
            if (!name.isEmpty()) names.add(name);
        });
        return names;
    }

    // ------------------------------------------------------------------ IAM and dependencies

    @Test
    void noPolicyStatementUsesAWildcardResourceOrAction() {
        List<JsonNode> statements = policyStatements();
        assertTrue(statements.size() >= 6, "found only " + statements.size() + " statements");
        for (JsonNode statement : statements) {
            boolean onlyXRay = asList(statement.path("Action")).stream().allMatch(a -> X_RAY_ACTIONS.contains(a.asText()));
            for (JsonNode resource : asList(statement.path("Resource"))) {
                if (resource.isTextual() && !onlyXRay) {
                    String arn = resource.asText();
                    assertFalse(arn.equals("*") || arn.matches("arn:[^:]*:[^:]*:[^:]*:[^:]*:\\*"),
                            "wildcard resource in " + statement);
                }
            }
            assertTrue(statement.path("NotResource").isMissingNode(), "NotResource in " + statement);
            if (statement.path("Effect").asText().equals("Allow")) {
                for (JsonNode action : asList(statement.path("Action"))) {
                    assertFalse(action.asText().contains("*"), "wildcard action in " + statement);
                }
            }
        }
    }

    @Test
    void ingestOnlyReadsTheBucketAndTheApiNeverWritesArticles() {
        Set<String> ingest = allowedActions("IngestFunctionRole");
        assertEquals(Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket"),
                ingest.stream().filter(a -> a.startsWith("s3:")).collect(Collectors.toSet()));
        assertTrue(ingest.contains("dynamodb:PutItem"));

        Set<String> api = allowedActions("ApiFunctionRole");
        assertEquals(Set.of("s3:PutObject", "s3:GetObject", "s3:ListBucket"),
                api.stream().filter(a -> a.startsWith("s3:")).collect(Collectors.toSet()),
                "the API signs upload URLs and sees pending files, nothing else in the bucket");
        assertTrue(api.containsAll(Set.of("dynamodb:GetItem", "dynamodb:UpdateItem")), api.toString());
        assertFalse(api.contains("dynamodb:PutItem") || api.contains("dynamodb:DeleteItem"), api.toString());

        Set<String> rankings = allowedActions("RankingsFunctionRole");
        assertTrue(rankings.stream().noneMatch(a -> a.startsWith("s3:")), rankings.toString());
        assertFalse(rankings.contains("dynamodb:UpdateItem"), "the rollup never counts: " + rankings);

        functions().forEach((id, fn) -> assertEquals(Set.of(id + "Role"),
                CloudFormationYaml.references(property(fn, "Role")), id + " runs with its own role"));
    }

    @Test
    void theIngestRoleNamesTheBucketByTheSameNameAsTheBucket() {
        String bucketName = articlesBucketName().path("Fn::Sub").asText();
        List<String> s3Resources = new ArrayList<>();
        for (JsonNode statement : statementsOf(resources.path("IngestFunctionRole"))) {
            if (asList(statement.path("Action")).stream().anyMatch(a -> a.asText().startsWith("s3:"))) {
                asList(statement.path("Resource")).forEach(r -> s3Resources.add(r.path("Fn::Sub").asText()));
            }
        }
        String bucketArn = "arn:${AWS::Partition}:s3:::" + bucketName;
        assertEquals(Set.of(bucketArn, bucketArn + "/*"),
                Set.copyOf(s3Resources));
    }

    @Test
    void resourcesHaveNoCircularDependency() {
        Map<String, Set<String>> dependsOn = dependencyGraph();
        assertTrue(dependsOn.get("ArticlesBucket").contains("IngestFunction"), "the notification edge is modelled");
        List<String> cycle = findCycle(dependsOn);
        assertTrue(cycle.isEmpty(), "circular dependency: " + String.join(" -> ", cycle));
    }

    @Test
    void theCycleCheckFindsTheClassicBucketCycle() {
        Map<String, Set<String>> dependsOn = dependencyGraph();
        dependsOn.get("IngestFunctionRole").add("ArticlesBucket"); // as if the role used !GetAtt ArticlesBucket.Arn
        List<String> cycle = findCycle(dependsOn);
        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1), cycle.toString());
        assertEquals(Set.of("ArticlesBucket", "IngestFunction", "IngestFunctionRole"), Set.copyOf(cycle));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, JsonNode> functions() {
        return resourcesOfType("AWS::Serverless::Function");
    }

    private static Map<String, JsonNode> resourcesOfType(String type) {
        Map<String, JsonNode> found = new TreeMap<>();
        resources.fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals(type)) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    /** A function's property, falling back to Globals.Function as SAM does. */
    private static JsonNode property(JsonNode function, String name) {
        JsonNode own = function.path("Properties").path(name);
        return own.isMissingNode() ? template.path("Globals").path("Function").path(name) : own;
    }

    /** Environment variables as SAM merges them: the function's over the Globals'. */
    private static JsonNode environment(JsonNode function) {
        ObjectNode merged = new ObjectMapper().createObjectNode();
        JsonNode global = template.path("Globals").path("Function").path("Environment").path("Variables");
        if (global.isObject()) {
            merged.setAll((ObjectNode) global);
        }
        JsonNode own = function.path("Properties").path("Environment").path("Variables");
        if (own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        return merged;
    }

    private static JsonNode articlesBucketName() {
        return resources.path("ArticlesBucket").path("Properties").path("BucketName");
    }

    private static JsonNode ref(String id) {
        return new ObjectMapper().createObjectNode().put("Ref", id);
    }

    private static Set<String> apiRoutes() {
        Set<String> routes = new TreeSet<>();
        functions().get("ApiFunction").path("Properties").path("Events").forEach(event -> {
            if (event.path("Type").asText().equals("HttpApi")) {
                JsonNode p = event.path("Properties");
                routes.add(p.path("Method").asText().toUpperCase() + " " + p.path("Path").asText());
            }
        });
        return routes;
    }

    private static Type requestHandlerInputType(Class<?> handlerClass) {
        for (Class<?> c = handlerClass; c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return p.getActualTypeArguments()[0];
                }
            }
        }
        return null;
    }

    private static Type rawType(Type type) {
        return type instanceof ParameterizedType p ? p.getRawType() : type;
    }

    private static List<JsonNode> policyStatements() {
        List<JsonNode> statements = new ArrayList<>();
        resources.forEach(resource -> statements.addAll(statementsOf(resource)));
        return statements;
    }

    /** Statements of a role's inline policies, a managed/bucket policy, or a SAM function's Policies. */
    private static List<JsonNode> statementsOf(JsonNode resource) {
        List<JsonNode> documents = new ArrayList<>();
        JsonNode properties = resource.path("Properties");
        properties.path("Policies").forEach(p -> documents.add(p.has("PolicyDocument") ? p.path("PolicyDocument") : p));
        documents.add(properties.path("PolicyDocument"));
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode document : documents) {
            statements.addAll(asList(document.path("Statement")));
        }
        return statements;
    }

    private static Set<String> allowedActions(String roleId) {
        return statementsOf(resources.path(roleId)).stream()
                .filter(s -> s.path("Effect").asText().equals("Allow"))
                .flatMap(s -> asList(s.path("Action")).stream())
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
    }

    /**
     * Which resource needs which, as CloudFormation will see it after the SAM transform: a function depends on
     * what its properties and the Globals reference; an event source depends on the function it triggers (SAM
     * writes the bucket's notification and the API's integration).
     */
    private static Map<String, Set<String>> dependencyGraph() {
        Set<String> ids = new TreeSet<>();
        resources.fieldNames().forEachRemaining(ids::add);
        Map<String, Set<String>> graph = new TreeMap<>();
        resources.fields().forEachRemaining(e -> {
            String id = e.getKey();
            JsonNode resource = e.getValue();
            Set<String> needs = graph.computeIfAbsent(id, k -> new TreeSet<>());
            ObjectNode properties = resource.path("Properties").deepCopy();
            if (resource.path("Type").asText().equals("AWS::Serverless::Function")) {
                JsonNode events = properties.remove("Events");
                needs.addAll(CloudFormationYaml.references(template.path("Globals").path("Function")));
                if (events != null) {
                    for (JsonNode event : events) {
                        for (String source : CloudFormationYaml.references(event)) {
                            graph.computeIfAbsent(source, k -> new TreeSet<>()).add(id);
                        }
                    }
                }
            }
            needs.addAll(CloudFormationYaml.references(properties));
            asList(resource.path("DependsOn")).forEach(d -> needs.add(d.asText()));
        });
        graph.values().forEach(needs -> needs.retainAll(ids));
        return graph;
    }

    private static List<String> findCycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> cycle = visit(start, graph, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> visit(String id, Map<String, Set<String>> graph, Map<String, Integer> state,
                                      List<String> path) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return List.of();
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return cycle;
        }
        state.put(id, 1);
        path.add(id);
        for (String next : graph.getOrDefault(id, Set.of())) {
            List<String> cycle = visit(next, graph, state, path);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return List.of();
    }

    private static List<JsonNode> asList(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        return node.isArray() ? stream(node).toList() : List.of(node);
    }

    private static Stream<JsonNode> stream(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        node.forEach(list::add);
        return list.stream();
    }
}
