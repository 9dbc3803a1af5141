/**
 * The HTTP API: routing, parameters, JSON answers and HTTP semantics (ETag and 304, CORS, problem+json errors).
 * It serves articles, rankings, sections and an article's views per hour from {@code store} and {@code views},
 * feeds and the news sitemap written by {@code feed}, and the editor routes (upload statuses, presigned upload
 * URLs) that a JWT authorizer guards on AWS; no input makes it answer a 500.
 */
package dev.newsdesk.api;
