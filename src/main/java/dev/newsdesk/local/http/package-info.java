/**
 * The one-machine mode's HTTP/1.1 server: Jetty on loopback, under size caps and deadlines, so that a stalled or
 * hostile client costs one idle connection and never a worker or another client's answer, and every refusal, Jetty's
 * own included, is a problem+json answer. Never part of the Lambda package (Jetty is in the provided scope).
 */
package dev.newsdesk.local.http;
