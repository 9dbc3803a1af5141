/**
 * The HTTP API: routing, parameters, JSON answers and HTTP semantics (ETag and 304, CORS, problem+json errors).
 * It serves articles, rankings and sections from {@code store} and {@code views}; no input makes it answer a 500.
 */
package dev.newsdesk.api;
