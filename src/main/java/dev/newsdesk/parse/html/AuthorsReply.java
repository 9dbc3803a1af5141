package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.AuthorNames;
import dev.newsdesk.parse.meta.Words;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The post's author as a blog names them where they answer a reader: WordPress marks the comment of the account
 * that wrote the post "bypostauthor", and the comment's author element gives that account's name. Read on a page that
 * names no author otherwise (comments are no byline, but this one is the writer's own).
 */
final class AuthorsReply {

    private static final Evaluator REPLY = QueryParser.parse(".bypostauthor");
    /** The elements themes print a comment's author in, the most specific first (some wrap the avatar alone). */
    private static final Evaluator[] AUTHOR = {QueryParser.parse(".fn"), QueryParser.parse(".comment-author"),
        QueryParser.parse(".comment_author"), QueryParser.parse(".author")};
    /** A name has no more words than this: more is the comment's text in an author element. */
    private static final int MAX_WORDS = 4;

    private AuthorsReply() {
    }

    /** The name of the post's author on the first comment of theirs in {@code body}, or null. */
    static String name(Element body) {
        Element reply = body.selectFirst(REPLY);
        if (reply == null) return null;
        for (Evaluator author : AUTHOR) {
            Element e = reply.selectFirst(author); // the reply's own before its answers, which come after it
            String text = e == null ? "" : Words.squash(e.text());
            if (text.isEmpty()) continue;
            List<String> names = Words.count(text) <= MAX_WORDS ? AuthorNames.clean(List.of(text)) : List.of();
            return names.size() == 1 ? names.get(0) : null;
        }
        return null;
    }
}
