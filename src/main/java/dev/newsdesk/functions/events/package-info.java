/**
 * The events Lambda hands the functions and the responses they give back, as small immutable records named field
 * for field as AWS's JSON, read and written with the Jackson the package already ships ({@link
 * dev.newsdesk.functions.events.LambdaJson}): the functions are stream handlers, so neither the Lambda events
 * library nor the runtime's own deserializer is involved. Only the fields the code, the one-machine mode and the
 * CLI use are kept; any other field is ignored.
 */
package dev.newsdesk.functions.events;
