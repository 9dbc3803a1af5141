/**
 * The one-machine mode: S3Proxy and dynalite as child processes, an S3 event pump in place of bucket
 * notifications, an HTTP server that speaks to the API as API Gateway would. Never part of the Lambda package.
 */
package dev.newsdesk.local;
