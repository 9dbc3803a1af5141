/**
 * What every process shares: its settings from the environment, the AWS SDK clients built once, a short-lived
 * read cache, requests sent side by side ({@link dev.newsdesk.InParallel}) and the one SHA-256 helper. The
 * packages below hold the features, in the order of the data flow: ingest, parse, article, store, views, api;
 * functions wires them for Lambda, local and cli for one machine and the command line.
 */
package dev.newsdesk;
