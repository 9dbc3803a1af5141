package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a page's sources names its authors: here, the region's byline against the name printed by the headline. */
class AuthorChoiceTest {

    private static List<String> chosen(List<String> region, List<String> printed) {
        return AuthorChoice.choose(List.of(), region, printed, true, List.of(), List.of(), null, null);
    }

    @Test
    void theRegionsBylineRunOnPastThePrintedNamesYieldsToThem() {
        assertEquals(List.of("Jane Doe"), chosen(List.of("Jane Doe Games Editor"), List.of("Jane Doe")));
        assertEquals(List.of("Jane Doe", "John Roe"),
                chosen(List.of("Jane Doe", "John Roe Example News"), List.of("Jane Doe", "John Roe")));
    }

    @Test
    void aRegionsBylineThatIsNoRunOnOfThePrintedNamesStays() {
        assertEquals(List.of("Jane Doe", "John Roe"), chosen(List.of("Jane Doe", "John Roe"), List.of("Jane Doe")),
                "a co-author the printed line leaves out");
        assertEquals(List.of("Jane Doe"), chosen(List.of("Jane Doe"), List.of("Jane")),
                "a first name printed alone completes nothing");
        assertEquals(List.of("Jane Doe Smith", "John Roe"),
                chosen(List.of("Jane Doe Smith", "John Roe"), List.of("Jane Doe", "Ann Poe")),
                "a list whose other names differ");
    }
}
