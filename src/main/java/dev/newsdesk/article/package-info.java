/**
 * The domain model: the article and its parts as immutable records, their JSON (the public contract) and slugs.
 * Every other package speaks in these types; this one depends on none of them.
 */
package dev.newsdesk.article;
