/**
 * The parser: an uploaded file (text dump, HTML, Markdown or JSON) in, an {@code ArticleContent} out, or the reason
 * the file is refused. {@code ArticleParser} is the one entry; docs/parser.md maps the steps.
 */
package dev.newsdesk.parse;
