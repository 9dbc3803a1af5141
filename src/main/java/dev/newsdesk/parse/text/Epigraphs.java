package dev.newsdesk.parse.text;

import java.util.regex.Pattern;

/**
 * An epigraph: a sentence in quotation marks an essay sets between its title and its text. A quoted headline drops the
 * sentence's full stop; an epigraph keeps it inside the closing mark, a footnote's number after it.
 */
final class Epigraphs {

    private static final Pattern QUOTED_SENTENCE = Pattern.compile("[\"“„«»‘‚].*\\.[\"”“»«’‘]\\d{0,3}");

    private Epigraphs() {
    }

    /** True when {@code line} is a whole sentence in quotation marks. */
    static boolean is(String line) {
        return QUOTED_SENTENCE.matcher(line.strip()).matches();
    }
}
