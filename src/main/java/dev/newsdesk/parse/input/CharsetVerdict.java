package dev.newsdesk.parse.input;

import java.nio.charset.Charset;

/**
 * What became of the charset an upload declares: its {@code label}, the charset that names ({@code resolvedTo},
 * null when none), the charset the file is read in on its word ({@code readIn}, null when the declaration is set
 * aside and the file read as undeclared) and {@code why}, in a few words, for the editor who declared it.
 */
public record CharsetVerdict(String label, Charset resolvedTo, Charset readIn, String why) {

    /** True when the file is read in the declared charset. */
    public boolean obeyed() {
        return readIn != null;
    }

    /** One line for the editor: {@code charset "latin1" (windows-1252) set aside: its reading is not words}. */
    public String describe() {
        return "charset \"" + label + "\"" + (resolvedTo == null ? "" : " (" + resolvedTo.name() + ")")
                + (obeyed() ? " obeyed" : " set aside") + ": " + why;
    }
}
