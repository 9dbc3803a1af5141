package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A guide cut into sections whose ids a document generator spells from their headings: a section headed "Sharing
 * the workshop with neighbours" is the guide's, though its id holds "sharing"; a box whose links outweigh its prose
 * still goes, and so does a box of prose headed "Related stories" (at the wall its heading makes).
 */
class HeadingSectionsTest {

    private static final String SHARING = "Members who live on the same street often split the cost of a bench, "
            + "and the library keeps a register so that nobody has to guess who holds the spare key this month.";
    private static final String PROSE = "<p>" + SHARING + "</p><p>Tools borrowed by a household go back on the shelf "
            + "within two weeks, and the volunteers clean every blade before it is lent again to someone else.</p>";

    @Test
    void keepsASectionWhoseIdSpellsItsHeading() throws RejectedFileException {
        String middle = section("sharing-the-workshop-with-neighbours", "Sharing the workshop with neighbours", PROSE);
        String body = parse(guide(middle), "guide.html").body();
        assertTrue(body.contains(SHARING), body);
    }

    @Test
    void dropsASectionWhoseHeadingHeadsOtherStories() throws RejectedFileException {
        String body = parse(guide(section("related-stories", "Related stories", PROSE)), "guide.html").body();
        assertFalse(body.contains(SHARING), body);
    }

    @Test
    void dropsASectionOfLinksNamedByItsHeading() throws RejectedFileException {
        String body = parse(guide(section("sharing-this-guide", "Sharing this guide",
                "<p><a href=\"https://mail.example.org/compose\">Send the guide to a friend who lives nearby</a> "
                        + "or <a href=\"https://chat.example.org/post\">post it to your street's group chat</a>.</p>")),
                "guide.html").body();
        assertFalse(body.contains("Send the guide"), body);
    }

    private static String section(String id, String heading, String content) {
        return "<div class=\"section\" id=\"" + id + "\"><h2>" + heading + "</h2>" + content + "</div>";
    }

    /** A guide of three long sections with {@code middle} between its second and third. */
    private static String guide(String middle) {
        return "<html><head><title>Running a tool library</title></head><body>"
                + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/guides\">Guides</a></div>"
                + "<div class=\"document\"><div class=\"section\" id=\"running-a-tool-library\">"
                + "<h1>Running a tool library</h1>"
                + section("finding-a-room", "Finding a room", """
                        <p>A tool library needs a dry room on the ground floor, close to a door wide enough for a \
                        wheelbarrow, because the heaviest things people borrow are also the ones they carry least \
                        carefully.</p><p>Church halls and empty shops both work well, and a landlord who hears that \
                        the room will be busy on Saturday mornings is often glad to lower the rent for a year.</p>\
                        <p>Shelves matter more than floor space: a drill kept in its case on a labelled shelf comes \
                        back to the same place, while one left on a table wanders from bag to bag.</p>""")
                + section("lending-the-tools", "Lending the tools", """
                        <p>Every loan is written down with the member's name, the day and the state of the tool, so \
                        that a missing battery or a bent saw can be traced without blaming the wrong person.</p>\
                        <p>Most libraries lend for one week and let members renew twice by telephone, which keeps \
                        the popular ladders and hedge trimmers moving through the summer months.</p>\
                        <p>A small deposit for the expensive machines, returned when they come back, has proved \
                        kinder than a fine and brings the tools home sooner than any reminder letter.</p>""")
                + middle
                + section("paying-for-repairs", "Paying for repairs", """
                        <p>Repairs are paid from the yearly membership fee, which most libraries keep low enough \
                        for a student or a pensioner to pay without thinking twice about it.</p>\
                        <p>When a machine breaks for good, the volunteers ask the members first whether anyone can \
                        mend it, and only then look for a second-hand replacement at the market.</p>\
                        <p>Keeping a simple ledger of what each repair cost shows at the end of the year which tools \
                        are worth lending and which ones should be sold or given away.</p>""")
                + "</div></div><div class=\"footer\"><p>Guides for community groups</p></div></body></html>";
    }
}
