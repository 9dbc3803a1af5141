package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Entity;
import dev.newsdesk.parse.extract.AuthorNames;
import dev.newsdesk.parse.meta.EntityExtractor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer who signs a post with their first name, the day on the line under it, as its last paragraph
 * ("Katrin<br>3. März 2019"), as personal blogs' letters and farewells close. Read only on a page that names no
 * author otherwise. A place signs off alike ("Berlin<br>7 June 2020") and is no writer; a name and a day on one line
 * ("Berlin, 7 June 2020") is most often a place's dateline.
 */
final class SignOffName {

    /** One capitalized word, a line break, then the day alone ({@link SignOffDate#DAY}). */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(\\p{Lu}\\p{Ll}+)\\s*<br\\s*/?>\\s*" + SignOffDate.DAY);

    private SignOffName() {
    }

    /** The first name {@code blocks}' last paragraph signs off with, or null. */
    static String of(List<Block> blocks) {
        if (blocks.isEmpty()) return null;
        Block last = blocks.get(blocks.size() - 1);
        if (last.type() != Block.Type.PARAGRAPH || last.markup() == null || SignOffDate.hasLink(last)) return null;
        Matcher m = SIGN_OFF.matcher(last.markup().strip());
        if (!m.matches()) return null;
        String word = m.group(1);
        for (Entity e : EntityExtractor.extract(word)) {
            if (e.type() == Entity.Type.PLACE || e.type() == Entity.Type.ORGANIZATION) return null;
        }
        List<String> names = AuthorNames.clean(List.of(word));
        return names.size() == 1 ? names.get(0) : null;
    }
}
