package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.Services;
import dev.newsdesk.functions.events.HttpApiEvent;
import dev.newsdesk.functions.events.HttpApiResponse;
import dev.newsdesk.testing.Invoke;
import dev.newsdesk.testing.LocalAws;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With AWS settings (no local endpoint), the handler itself refuses an editor route that no JWT authorizer let
 * through, so that a path reaching it around the template's authorizer (a trailing slash through the catch-all
 * route) is still a 401; the authorizer's claims let it through; public routes need none.
 */
@ExtendWith(LocalAws.class)
class EditorRoutesOnAwsTest {

    @Test
    void onlyRequestsTheAuthorizerLetThroughReachTheEditorRoutes(LocalAws.Env env) {
        Settings onAws = new Settings(env.table(), env.bucket(), "us-east-1", Optional.empty(), Optional.empty(),
                Settings.DEFAULT_MAX_UPLOAD_BYTES, 4, Duration.ZERO, Duration.ZERO, null);
        ApiFunction api = new ApiFunction(Services.with(onAws, Clock.systemUTC(), env.s3(), env.dynamo()));

        assertEquals(401, get(api, "/uploads", null).statusCode());
        assertEquals(401, get(api, "/uploads/", null).statusCode());
        assertEquals(401, get(api, "/uploads/city%2Fcouncil.html", null).statusCode());
        HttpApiResponse refused = get(api, "/uploads", null);
        assertEquals("application/problem+json", refused.headers().get("Content-Type"));

        Map<String, Object> claims = Map.of("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc",
                "sub", "editor-1");
        assertEquals(200, get(api, "/uploads", claims).statusCode());
        assertEquals(404, get(api, "/uploads/city%2Fcouncil.html", claims).statusCode());
        assertEquals(200, get(api, "/articles", null).statusCode(), "public");
    }

    private static HttpApiResponse get(ApiFunction api, String path, Map<String, Object> claims) {
        var authorizer = claims == null ? null : new HttpApiEvent.Authorizer(new HttpApiEvent.Jwt(claims, null));
        var context = new HttpApiEvent.RequestContext(null, null, null, null, null, null, null, null, 0,
                new HttpApiEvent.Http("GET", path, null, "192.0.2.1", null), authorizer);
        HttpApiEvent event = new HttpApiEvent("2.0", "$default", path, null, null,
                Map.of("user-agent", "curl/8.5.0", "host", "localhost"), null, null, null, null, false, context);
        return Invoke.api(api, event);
    }
}
