/**
 * Markdown uploads, with their front matter.
 */
package dev.newsdesk.parse.markdown;
