package dev.newsdesk.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Lambda's {@link Context} for one local invocation: a fresh request id, the function's time budget counted from
 * the start of the invocation, and a logger that hands each line to {@code log} (Lambda's logger writes to
 * CloudWatch Logs; here the terminal is the log).
 */
public final class LocalContext implements Context {

    private static final String ACCOUNT = "000000000000";

    private final String functionName;
    private final String region;
    private final long deadlineNanos;
    private final int memoryMb;
    private final String requestId = UUID.randomUUID().toString();
    private final LambdaLogger logger;

    public LocalContext(String functionName, String region, Duration timeout, int memoryMb, Consumer<String> log) {
        this.functionName = functionName;
        this.region = region;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.memoryMb = memoryMb;
        this.logger = logger(log);
    }

    /** Lambda's logger, handing each line to {@code log} without the newline the runtime's callers add. */
    static LambdaLogger logger(Consumer<String> log) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log.accept(message.endsWith("\n") ? message.substring(0, message.length() - 1) : message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local/[$LATEST]" + requestId.replace("-", "");
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
