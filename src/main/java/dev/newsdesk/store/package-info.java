/**
 * DynamoDB: the single-table key design, articles and their listings, cursors, and what became of each upload.
 */
package dev.newsdesk.store;
