/**
 * The HTTP API: routing, parameters, JSON answers and HTTP semantics (ETag and 304, CORS, problem+json errors).
 * It serves articles, rankings and sections from {@code store} and {@code views}, and feeds and the news sitemap
 * written by {@code feed}; no input makes it answer a 500.
 */
package dev.newsdesk.api;
