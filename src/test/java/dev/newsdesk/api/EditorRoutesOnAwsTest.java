package dev.newsdesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.newsdesk.Settings;
import dev.newsdesk.functions.ApiFunction;
import dev.newsdesk.functions.Services;
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

        assertEquals(401, get(api, "/uploads", null).getStatusCode());
        assertEquals(401, get(api, "/uploads/", null).getStatusCode());
        assertEquals(401, get(api, "/uploads/city%2Fcouncil.html", null).getStatusCode());
        APIGatewayV2HTTPResponse refused = get(api, "/uploads", null);
        assertEquals("application/problem+json", refused.getHeaders().get("Content-Type"));

        Map<String, String> claims = Map.of("iss", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc",
                "sub", "editor-1");
        assertEquals(200, get(api, "/uploads", claims).getStatusCode());
        assertEquals(404, get(api, "/uploads/city%2Fcouncil.html", claims).getStatusCode());
        assertEquals(200, get(api, "/articles", null).getStatusCode(), "public");
    }

    private static APIGatewayV2HTTPResponse get(ApiFunction api, String path, Map<String, String> claims) {
        var context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                        .withSourceIp("192.0.2.1").build());
        if (claims != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                    .build());
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("$default")
                .withRawPath(path).withHeaders(Map.of("user-agent", "curl/8.5.0", "host", "localhost"))
                .withRequestContext(context.build()).build();
        return api.handleRequest(event, null);
    }
}
