package dev.newsdesk.parse.html;

import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.meta.Words;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A writer's box that prints the name in an element of its own, then a link that names them only as "the author"
 * ("zu allen Rezepten vom Autor", "More from this author", "Tous les articles de l'auteur"): the box of the page's
 * own writer, whatever its class is called.
 */
final class AuthorPageLink {

    /** A link's text or title ending in "the author", an article or a preposition before the noun. */
    private static final Pattern THE_AUTHOR = Pattern.compile("(?:^|\\s)(?:the|this|vom|von der|des|der|dem|den"
            + "|zum|zur|de l['’]|l['’]|cet|cette|del|dell['’]|do|da)\\s*(?:author|writer|autor(?:in|s)?|auteur"
            + "|autrice|autore|autora)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A name is short: longer text before such a link is the box's note on the writer. */
    private static final int MAX_NAME = 60;
    /** Longer text is a sentence, not a link's label. */
    private static final int MAX_LINK = 80;

    private AuthorPageLink() {
    }

    /**
     * The person's full name {@code e} holds alone ({@code text}, its text) when the next element is a link that names
     * the author as "the author", not in a teaser of another story; else null.
     */
    static String nameBefore(Element e, String text) {
        if (e.childNodeSize() != 1) return null;
        Element next = e.nextElementSibling();
        if (next == null || !next.normalName().equals("a")) return null;
        String name = Words.squash(text);
        if (name.length() > MAX_NAME || !namesTheAuthor(next)) return null;
        return Bylines.isFullName(name) && name.equals(Bylines.person(name)) && !Teaser.around(e) ? name : null;
    }

    private static boolean namesTheAuthor(Element link) {
        String text = link.text();
        String title = link.attr("title");
        return text.length() <= MAX_LINK && THE_AUTHOR.matcher(text).find()
                || title.length() <= MAX_LINK && THE_AUTHOR.matcher(title).find();
    }
}
