package dev.newsdesk.parse.input;

import java.nio.charset.Charset;

/** The characters of an upload and the charset they were read with. */
public record DecodedText(String text, Charset charset) {
}
