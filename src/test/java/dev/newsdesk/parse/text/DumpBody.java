package dev.newsdesk.parse.text;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.Draft;
import java.util.stream.Collectors;

/** The body a dump reads as, its blocks' texts a blank line apart, for the tests of the dump's steps. */
final class DumpBody {

    private DumpBody() {
    }

    static String of(String dump) {
        return of(TextDumpReader.read(dump));
    }

    static String of(Draft draft) {
        return draft.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
