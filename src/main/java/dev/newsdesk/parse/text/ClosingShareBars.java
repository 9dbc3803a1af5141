package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The share bar that closes a header (headline, byline or dateline, buttons) right over the text: what the page sets
 * between the bar and the text (a video's title under its label, a line of topic tags, a picture's name) opens the
 * body, so the headline is sought above the bar. A bar over a headline with no header's mark above it (a page that
 * prints the byline first) closes nothing, nor one over a summary (the standfirst's, {@link DumpStandfirst}).
 */
final class ClosingShareBars {

    /** A label and a title, or a line of tags, or a caption: more lines than this under a bar are the text's. */
    private static final int MAX_LINES_UNDER = 3;
    /** A handle or a label ("@jdoe", "Updated") may stand between the buttons and the byline or dateline. */
    private static final int MAX_LINES_OVER = 2;

    /** A video's label alone on its line, in several languages. */
    private static final Pattern VIDEO_LABEL = Pattern.compile(
            "(?:videos?|vídeos?|wideo|видео|watch|play video|ansehen|regarder|ver vídeo|guarda)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ClosingShareBars() {
    }

    /**
     * The index of the first button of the share bar closing the header above {@code start}, or {@code start} when
     * none does: at most {@link #MAX_LINES_UNDER} lines under it, a byline or dateline over it.
     */
    static int above(List<Candidate> blocks, List<Verdict> verdicts, int start, int from) {
        int under = 0;
        int i = start - 1;
        while (i >= from && !ShareButtons.are(blocks.get(i).text())) {
            // A summary under the bar is the standfirst (a slogan or a second headline as often): the text's own;
            // under a video's label it is the video's title.
            if (verdicts.get(i) != Verdict.NOISE && ++under > MAX_LINES_UNDER
                    || TitleFinder.endsBox(verdicts.get(i), blocks.get(i).text())
                    || DumpStandfirst.isSummary(blocks.get(i), verdicts.get(i)) && !underVideoLabel(blocks, i)) {
                return start;
            }
            i--;
        }
        while (i > from && ShareButtons.are(blocks.get(i - 1).text())) i--;
        int top = i;
        for (int j = top - 1, over = 0; j >= from && over <= MAX_LINES_OVER; j--) {
            String text = blocks.get(j).text();
            if (TitleFinder.isMark(text)) return headlineOver(blocks, verdicts, j, from) ? top : start;
            // A box's end among the buttons ("Comments") is left to the search for the headline over a box.
            if (TitleFinder.endsBox(verdicts.get(j), text)) return start;
            if (verdicts.get(j) != Verdict.NOISE) over++;
        }
        return start;
    }

    /** True when the line over {@code at} is a video's label alone ("Video", "Watch"): {@code at} is its title. */
    private static boolean underVideoLabel(List<Candidate> blocks, int at) {
        return at > 0 && VIDEO_LABEL.matcher(blocks.get(at - 1).text().strip()).matches();
    }

    /**
     * True when a headline-shaped line stands over the header's marks ending at {@code mark}, at most {@link
     * #MAX_LINES_OVER} lines above them (a writer's name, a standfirst between).
     */
    private static boolean headlineOver(List<Candidate> blocks, List<Verdict> verdicts, int mark, int from) {
        int i = mark;
        while (i >= from && TitleFinder.isMark(blocks.get(i).text())) i--;
        for (int over = 0; i >= from && over <= MAX_LINES_OVER; i--) {
            String text = blocks.get(i).text();
            if (TitleFinder.headlineShaped(text, verdicts.get(i)) && !TitleFinder.isFurniture(text)) return true;
            if (verdicts.get(i) != Verdict.NOISE) over++;
        }
        return false;
    }
}
