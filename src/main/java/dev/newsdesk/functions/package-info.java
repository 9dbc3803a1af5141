/**
 * The Lambda entry points, one class per function of template.yaml ({@code IngestFunction}, {@code ApiFunction},
 * {@code RankingsFunction}), and the wiring they share ({@link dev.newsdesk.functions.Services}). Each function
 * only translates its event into a use case of a feature package and the result back, and registers its own
 * SnapStart priming. Nothing below this package imports it.
 */
package dev.newsdesk.functions;
