package dev.newsdesk.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Fails one call, once, as a lost connection would: for crash-and-resume tests. Either the n-th call of an
 * operation, before it is sent; or the next call whose request matches, before it is sent or after the store has
 * applied it (the answer lost on the way back).
 */
public final class FaultInjector implements ExecutionInterceptor {

    private volatile String operation;
    private final AtomicInteger remaining = new AtomicInteger(-1);
    private final AtomicReference<Predicate<SdkRequest>> before = new AtomicReference<>();
    private final AtomicReference<Predicate<SdkRequest>> after = new AtomicReference<>();

    /** The {@code n}-th next call of {@code operation} (1 = the next one) fails. */
    public void failOn(String operation, int n) {
        this.operation = operation;
        remaining.set(n);
    }

    /** The next call whose request matches fails before it is sent: the store never sees it. */
    public void failBefore(Predicate<SdkRequest> request) {
        before.set(request);
    }

    /** The next call whose request matches is applied by the store, and its answer is lost. */
    public void failAfter(Predicate<SdkRequest> request) {
        after.set(request);
    }

    /** Whether the fault armed by {@link #failBefore} or {@link #failAfter} is still waiting for its call. */
    public boolean armed() {
        return before.get() != null || after.get() != null;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME).equals(operation)
                && remaining.decrementAndGet() == 0) {
            throw SdkClientException.create("injected fault: connection lost before " + operation);
        }
        fire(before, context.request(), "before");
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        fire(after, context.request(), "after");
    }

    private static void fire(AtomicReference<Predicate<SdkRequest>> armed, SdkRequest request, String when) {
        Predicate<SdkRequest> matches = armed.get();
        if (matches != null && matches.test(request) && armed.compareAndSet(matches, null)) {
            throw SdkClientException.create("injected fault: connection lost " + when + " "
                    + request.getClass().getSimpleName());
        }
    }
}
