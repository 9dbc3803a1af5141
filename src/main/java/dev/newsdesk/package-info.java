/**
 * What every process shares: its settings from the environment, the AWS SDK clients built once, and a short-lived
 * read cache. The packages below hold the features, in the order of the data flow: ingest, parse, article, store,
 * views, api; functions wires them for Lambda, local and cli for one machine and the command line.
 */
package dev.newsdesk;
