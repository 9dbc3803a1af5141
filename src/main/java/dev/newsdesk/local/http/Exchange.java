package dev.newsdesk.local.http;

/** What the server does with each request that passed its checks, and what it tells of those it refused. */
public interface Exchange {

    /** The answer to {@code request}; it must not throw. */
    HttpReply answer(HttpRequestData request);

    /** Told after {@code refusal} was answered in place of a request (nothing is passed on). */
    default void refused(HttpRefusal refusal) {
    }
}
