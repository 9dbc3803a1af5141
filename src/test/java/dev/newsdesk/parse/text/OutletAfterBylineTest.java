package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump's byline that names the outlet its writer works for after a comma ("By Jane Doe, WXYZ"): the outlet is the
 * employer, not a second writer; two persons stay two, and an agency alone stays the author.
 */
class OutletAfterBylineTest {

    private static final String DUMP = """
            Home

            Health

            Sign in

            Baker's cough traced to the flour dust in his own kitchen

            BYLINE

            2 days ago

            The cough came on slowly over a winter of long shifts, and by spring the baker could no longer climb the \
            stairs to his flat above the shop without stopping twice to catch his breath.

            His doctor first treated him for a cold, then for asthma, and neither treatment helped; an X-ray of his \
            chest showed only a faint haze that the first radiologist took for a poor exposure.

            A specialist at the county hospital finally asked about his work, and a test of his blood showed an \
            allergy to the dust of the flour he had handled every morning for twenty years.

            He now wears a mask at the ovens, and his lungs, the specialist said, have almost fully recovered.
            """;

    private static List<String> authors(String byline) {
        return TextDumpReader.read(DUMP.replace("BYLINE", byline)).authors();
    }

    @Test
    void anOutletInCapitalsOrAnAgencyAfterTheWritersNameIsTheirEmployer() {
        assertEquals(List.of("Marta Kowalczyk"), authors("By Marta Kowalczyk, WXYZ"));
        assertEquals(List.of("Marta Kowalczyk"), authors("By Marta Kowalczyk, Reuters"));
        assertEquals(List.of("Marta Kowalczyk", "Tom Hale"), authors("By Marta Kowalczyk and Tom Hale, WXYZ"));
    }

    @Test
    void twoPersonsStayTwoAndAnAgencyAloneStaysTheAuthor() {
        assertEquals(List.of("Marta Kowalczyk", "Tom Hale"), authors("By Marta Kowalczyk, Tom Hale"));
        assertEquals(List.of("AFP"), authors("By AFP"));
        assertEquals(List.of("WXYZ", "KLMN"), authors("By WXYZ, KLMN"));
    }
}
