/**
 * JSON uploads: an article given field by field.
 */
package dev.newsdesk.parse.json;
