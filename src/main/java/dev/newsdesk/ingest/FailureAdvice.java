package dev.newsdesk.ingest;

import dev.newsdesk.parse.RejectedFileException;
import java.util.Arrays;

/**
 * A failed upload's recorded reason ({@code code: words}, as the ingest writes it) taken apart for the editor: what
 * went wrong, in words, and what to do about it.
 *
 * @param code  the reason's code ({@code empty}, {@code binary}, {@code too-large}, …), what programs read
 * @param words what went wrong, as the ingest recorded it
 * @param todo  what the editor can do
 */
public record FailureAdvice(String code, String words, String todo) {

    /** The advice for {@code reason}; a reason with no known code is explained as it stands. */
    public static FailureAdvice of(String reason) {
        int colon = reason.indexOf(": ");
        String code = colon < 0 ? "" : reason.substring(0, colon);
        String words = colon < 0 ? reason : reason.substring(colon + 2);
        return Arrays.stream(RejectedFileException.Reason.values())
                .filter(r -> r.code().equals(code)).findFirst()
                .map(r -> new FailureAdvice(code, words, todo(r)))
                .orElse(new FailureAdvice(code, words, "Upload the file again; if it fails the same way, ask for help "
                        + "with the reason above."));
    }

    private static String todo(RejectedFileException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "The file has no text: upload the article's file again, with its content.";
            case BINARY, UNSUPPORTED_FORMAT -> "Upload the article as text: a web page (.html), Markdown (.md), "
                    + "JSON (.json) or a plain-text dump (.txt), not an image, a PDF or an archive.";
            case TOO_LARGE -> "Make the file smaller: leave out embedded images and other pages, or split it into "
                    + "several articles.";
            case UNREADABLE_ENCODING -> "Save the file as UTF-8 (most editors offer it under \"Save as\") and upload "
                    + "it again.";
            case NOT_AN_ARTICLE -> "Check that the file holds one article, with a title and its text, and upload it "
                    + "again.";
            case PARSER_FAULT -> "Nothing to change in the file: the parser failed on it, and the team has the "
                    + "details. It is read again when the parser is fixed and the bucket reprocessed.";
        };
    }
}
