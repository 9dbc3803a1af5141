/**
 * Structured log lines that are also CloudWatch metrics (Embedded Metric Format).
 */
package dev.newsdesk.observe;
