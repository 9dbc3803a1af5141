/**
 * HTML pages: jsoup builds the document; the reader cuts its body into blocks, finds the article element and
 * reads the metadata of the head and JSON-LD.
 */
package dev.newsdesk.parse.html;
