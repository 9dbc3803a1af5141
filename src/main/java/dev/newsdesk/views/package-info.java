/**
 * Views: counted in sharded counters and an hourly log, folded by the rollup into the materialized rankings and
 * hour tallies, which also give an article's views per hour.
 */
package dev.newsdesk.views;
