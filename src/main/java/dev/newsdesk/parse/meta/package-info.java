/**
 * Metadata computed from the text: words, language, keywords, entities and quotes.
 */
package dev.newsdesk.parse.meta;
