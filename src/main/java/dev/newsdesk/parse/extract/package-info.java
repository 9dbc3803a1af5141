/**
 * What text dumps and HTML pages share once cut into blocks: verdicts on blocks, the article region, bylines, dates.
 */
package dev.newsdesk.parse.extract;
