package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A subheading set under a picture between two paragraphs stays, the picture's credit between it and the prose. */
class SubheadingUnderPictureTest {

    @Test
    void aSubheadingUnderAPicturesCreditStays() {
        String dump = """
                Home

                News

                Harbour bridge closed until spring

                The old swing bridge over the harbour will stay closed to traffic until the spring, the city council \
                said on Tuesday, after engineers found cracks in two of its four steel supports.

                Repairs are expected to cost more than two million euros, and the work cannot start before the \
                storms of the winter are over, the engineers said.

                The bridge at dusk / Photo by Jane Doe

                Ferries in the meantime

                A ferry will carry cyclists and people on foot across the harbour in the meantime, every ten \
                minutes from six in the morning until midnight.

                The council will decide next month whether to rebuild the bridge entirely.

                About us

                Contact
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("\n\nFerries in the meantime\n\nA ferry will carry"), body);
    }
}
