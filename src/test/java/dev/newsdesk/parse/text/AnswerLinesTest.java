package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An exercise's answer set under its question stays; a count set under the last paragraph does not. */
class AnswerLinesTest {

    private static final String OPENING = """
            Working out the mass of a body

            The mass of a body is its volume times its density, and both have to be given in the same unit before \
            they are multiplied, or the result will be off by a power of ten that is easy to overlook.

            """;

    private static final String CLOSING = """

            A litre of water has a mass of one kilogram, which is a handy figure to check an answer against when the \
            body is something that floats or sinks in water like most of the things around us.

            The next page turns the question round and works out the density of a body from its mass and volume, \
            with the same kind of exercises and the answers under each of them.
            """;

    @Test
    void anAnswerUnderItsQuestionStays() {
        String body = DumpBody.of(OPENING + """
                What is the mass of a block of glass that is 4 cm long, 3 cm wide and 7 cm high, when glass has a \
                density of 2.5 g per cubic centimetre?

                Answer: m = 210 g

                Show the full working

                How heavy is a cubic metre of building sand when its density is 1.7 g per cubic centimetre?

                Answer: m = 1 700 kg

                """ + CLOSING);
        assertTrue(body.contains("Answer: m = 210 g"), body);
        assertTrue(body.contains("Answer: m = 1 700 kg"), body);
    }

    @Test
    void aValueIsAFigureWithItsUnitReadFromTheFirstColon() {
        assertTrue(AnswerLines.isFigured("Answer: m = 210 g"));
        assertTrue(AnswerLines.isFigured("Material: 100 % cotton"));
        assertFalse(AnswerLines.isFigured("Comments: 12"), "a count has no unit");
        assertFalse(AnswerLines.isFigured("Test 2017: 5 apps and 5 watches compared"), "a headline goes on");
        // a header's row of labels: its last label's value is a figure, the first one's is not
        assertFalse(AnswerLines.isFigured("Posted: 2021-1-29 13:18 | Views: 313 | Source: 12 km"));
    }

    @Test
    void aCountUnderTheLastParagraphStaysOut() {
        String body = DumpBody.of(OPENING + CLOSING.strip() + """


                Comments: 12

                Share this page
                """);
        assertFalse(body.contains("Comments: 12"), body);
    }
}
