/**
 * The one-machine mode: S3Proxy and dynalite as supervised child processes (restarted with their data when they
 * die), an S3 event pump in place of bucket notifications that never drops an event, an HTTP server that speaks to
 * the API as API Gateway would. Never part of the Lambda package.
 */
package dev.newsdesk.local;
