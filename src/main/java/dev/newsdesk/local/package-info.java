/**
 * The one-machine mode: S3Proxy and dynalite as supervised child processes (restarted with their data when they
 * die), an S3 event pump in place of bucket notifications that never drops an event, an HTTP server that speaks to
 * the API as API Gateway would, and with {@code --auth} its JWT authorizer's rules and a local sign-in provider
 * (OpenID Connect, authorization code + PKCE) signing with a local key. Never part of the Lambda package.
 */
package dev.newsdesk.local;
