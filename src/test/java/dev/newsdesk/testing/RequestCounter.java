package dev.newsdesk.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;

/**
 * Counts the SDK calls a client makes, by operation name ("GetItem", "Query", ...), and the keys its BatchGetItems
 * read with and without strong consistency (what a read costs: a consistent one twice an eventual one).
 */
public final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong consistentKeys = new AtomicLong();
    private final AtomicLong eventualKeys = new AtomicLong();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicLong())
                .incrementAndGet();
        if (context.request() instanceof BatchGetItemRequest batch) {
            batch.requestItems().values().forEach(keys -> (Boolean.TRUE.equals(keys.consistentRead())
                    ? consistentKeys : eventualKeys).addAndGet(keys.keys().size()));
        }
    }

    public void reset() {
        counts.clear();
        consistentKeys.set(0);
        eventualKeys.set(0);
    }

    /** Keys read by BatchGetItem with strongly consistent reads. */
    public long consistentBatchKeys() {
        return consistentKeys.get();
    }

    /** Keys read by BatchGetItem with eventually consistent reads. */
    public long eventualBatchKeys() {
        return eventualKeys.get();
    }

    public long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public Map<String, Long> byOperation() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }
}
