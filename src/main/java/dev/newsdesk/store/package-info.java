/**
 * DynamoDB: the single-table key design, articles and their listings, cursors, and what became of each upload
 * (its status, the upload listings, and what the bucket says of an object not ingested yet).
 */
package dev.newsdesk.store;
