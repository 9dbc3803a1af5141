/**
 * Views: counted in sharded counters and an hourly log, folded by the rollup into the materialized rankings.
 */
package dev.newsdesk.views;
