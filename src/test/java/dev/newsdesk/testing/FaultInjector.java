package dev.newsdesk.testing;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Fails the n-th call of one operation, once, as a lost connection would: for crash-and-resume tests. */
public final class FaultInjector implements ExecutionInterceptor {

    private volatile String operation;
    private final AtomicInteger remaining = new AtomicInteger(-1);

    /** The {@code n}-th next call of {@code operation} (1 = the next one) fails. */
    public void failOn(String operation, int n) {
        this.operation = operation;
        remaining.set(n);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME).equals(operation)
                && remaining.decrementAndGet() == 0) {
            throw SdkClientException.create("injected fault: connection lost before " + operation);
        }
    }
}
