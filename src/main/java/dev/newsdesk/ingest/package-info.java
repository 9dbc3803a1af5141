/**
 * The ingest use case: an S3 object created or removed becomes an article published, updated or unpublished, in
 * the order S3 changed them (sequencers), each event applied once, with a recorded reason for every file refused.
 */
package dev.newsdesk.ingest;
