/**
 * The one-machine mode's HTTP/1.1 server: it reads each request's head itself, under size caps and deadlines, so
 * that a stalled or hostile client costs one connection and never a worker or another client's answer, and every
 * refusal is a problem+json answer. Never part of the Lambda package.
 */
package dev.newsdesk.local.http;
