/**
 * Views: counted in a per-minute log, folded by the rollup into one total per article, the materialized rankings
 * and hour tallies, which also give an article's views per hour.
 */
package dev.newsdesk.views;
