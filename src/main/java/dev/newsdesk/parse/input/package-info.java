/**
 * Bytes before reading: the charset, and which format a file is (or why it is refused).
 */
package dev.newsdesk.parse.input;
