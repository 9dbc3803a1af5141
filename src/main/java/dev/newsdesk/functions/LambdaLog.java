package dev.newsdesk.functions;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Consumer;

/** Where a function's log lines go: the invocation's logger, or standard output when there is none (tests). */
final class LambdaLog {

    private LambdaLog() {
    }

    static Consumer<String> of(Context context) {
        if (context != null && context.getLogger() != null) {
            return line -> context.getLogger().log(line + "\n");
        }
        return System.out::println;
    }
}
