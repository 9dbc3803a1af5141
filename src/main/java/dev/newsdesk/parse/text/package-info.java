/**
 * Plain-text dumps of web pages: blocks, the headline, and the page layouts that surround an article.
 */
package dev.newsdesk.parse.text;
