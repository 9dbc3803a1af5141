/**
 * The newsroom page for editors ({@code GET /newsroom}): its HTML, CSS, JavaScript and icon, kept as resources of
 * this package and read once, the Content-Security-Policy it is served with, and how it signs editors in (the
 * provider's hosted login, {@link dev.newsdesk.newsroom.SignInConfig}). The page itself is a client of
 * the API's routes; the {@code api} package serves these files.
 */
package dev.newsdesk.newsroom;
