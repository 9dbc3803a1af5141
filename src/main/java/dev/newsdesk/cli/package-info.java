/**
 * The {@code newsdesk} command: {@code local}, {@code parse}, {@code status} and {@code reprocess}, against the
 * one-machine mode or a deployed stack. Never part of the Lambda package.
 */
package dev.newsdesk.cli;
