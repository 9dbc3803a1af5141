/**
 * What SnapStart priming needs whatever the function: the CRaC hook ({@link dev.newsdesk.priming.Priming}), an
 * offline S3 and DynamoDB endpoint that answers from memory and never reaches AWS, and the bundled samples. The
 * functions register their own priming work with it; it knows none of them.
 */
package dev.newsdesk.priming;
