/**
 * The newsroom page for editors ({@code GET /newsroom}): its HTML, CSS, JavaScript and icon, kept as resources of
 * this package and read once, and the Content-Security-Policy it is served with. The page itself is a client of
 * the API's routes; the {@code api} package serves these files.
 */
package dev.newsdesk.newsroom;
