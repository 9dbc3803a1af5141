/**
 * The {@code newsdesk} command: {@code local}, {@code parse}, {@code status}, {@code reprocess} and {@code redrive},
 * against the one-machine mode (found on the ports it recorded) or a deployed stack. Never part of the Lambda
 * package.
 */
package dev.newsdesk.cli;
