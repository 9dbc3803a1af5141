package dev.newsdesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Long pages of shapes real uploads have, built to any length: a comment thread's dump, a live blog with an appeal
 * box under its entries, a Markdown paragraph full of marks that never close and of inline styles. Each once made a
 * rule's cost grow with the square of the file ({@link GrowthBench}).
 */
final class BuiltPages {

    private static final String[] WORDS = ("the council said plans for new housing near the river would be delayed"
            + " until spring after residents raised concerns about traffic noise and flooding in winter").split(" ");
    private static final String[] NAMES = {"Anna Novak", "Peter Walsh", "Maria Rossi", "John Keller", "Laura Olsen"};

    private final Random random = new Random(1);

    private BuiltPages() {
    }

    /** The shapes by file name, each {@code units} entries long (a unit is about 400 bytes). */
    static Map<String, byte[]> of(int units) {
        BuiltPages b = new BuiltPages();
        Map<String, byte[]> pages = new LinkedHashMap<>();
        pages.put("comment-thread.txt", b.commentThread(units));
        pages.put("appeals-live-blog.html", b.appealsLiveBlog(units));
        pages.put("unclosed-marks.md", b.unclosedMarks(units));
        return pages;
    }

    private byte[] commentThread(int units) {
        StringBuilder t = new StringBuilder("Home\nNews\n\nResidents debate the river plan\n\nBy Anna Novak\n\n")
                .append(sentences(6)).append("\n\n").append(sentences(5)).append("\n\nComments\n\n");
        for (int i = 0; i < units; i++) {
            t.append(NAMES[i % NAMES.length]).append('\n').append(1 + i % 23).append(" hours ago\n")
                    .append(sentences(2)).append("\nReply\nShare\n").append(i % 40).append(" likes\n\n");
        }
        return bytes(t);
    }

    private byte[] appealsLiveBlog(int units) {
        StringBuilder t = new StringBuilder("<html><body><article><h1>Live: the storm reaches the coast</h1>");
        for (int i = 0; i < units; i++) {
            t.append("<div class=entry><h3>").append(sentences(1)).append("</h3><p>").append(sentences(2))
                    .append("</p></div>");
            if (i % 2 == 1) t.append("<div class=box><h4>Why we need you</h4><p>Support our journalism.</p></div>");
        }
        return bytes(t.append("</article></body></html>"));
    }

    private byte[] unclosedMarks(int units) {
        StringBuilder t = new StringBuilder("# One long paragraph\n\n");
        for (int i = 0; i < units; i++) {
            t.append(sentences(1)).append(" *a [b (c <style>p{}</style> ").append(sentences(1)).append(' ');
        }
        return bytes(t.append('\n'));
    }

    private String sentences(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(' ');
            for (int w = 0; w < 12; w++) s.append(w == 0 ? "The" : " " + WORDS[random.nextInt(WORDS.length)]);
            s.append('.');
        }
        return s.toString();
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
