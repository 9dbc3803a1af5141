package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a site sets under a story (calls to action, the note on its writer) ends the article, and a pitch in the site's
 * voice goes wherever it stands; the story's own words stay.
 */
class PromosTest {

    private static final String STORY = """
            Bridge repairs will close the river road for a month

            The river road will close for a month from Monday while crews replace the bearings of the old bridge, \
            the county said on Thursday, and drivers will be sent along the ring road instead.

            The bridge, built in 1962, carries about twelve thousand cars a day, and its bearings have worn faster \
            than the engineers expected when they last inspected it five years ago.

            Buses will keep their stops but run ten minutes longer, the transport office said, and cyclists may \
            still cross on the footway, which stays open for the whole of the works.

            """;

    private static final String GERMAN_STORY = """
            Die Brücke am Fluss wird einen Monat lang gesperrt

            Die Straße am Fluss wird ab Montag für einen Monat gesperrt, weil die Lager der alten Brücke \
            ersetzt werden müssen, wie der Landkreis am Donnerstag mitteilte. Der Verkehr wird über die \
            Umgehungsstraße geleitet.

            Die Brücke wurde im Jahr 1962 gebaut und trägt jeden Tag etwa zwölftausend Autos. Ihre Lager sind \
            schneller verschlissen, als die Ingenieure bei der letzten Prüfung vor fünf Jahren erwartet hatten.

            """;

    /** {@link #GERMAN_STORY} with its last paragraph, after which a test sets what it looks at. */
    private static final String GERMAN_STORY_TO_ITS_END = GERMAN_STORY + """
            Die Busse halten weiter an ihren Haltestellen, brauchen aber zehn Minuten länger, und Radfahrer \
            dürfen die Brücke auf dem Gehweg überqueren, der während der ganzen Bauzeit offen bleibt.

            """;

    @Test
    void aNewsletterPitchAndAnAppLineUnderTheStoryAreCut() {
        String body = DumpBody.of(STORY + """
                Never miss a story

                Sign up for our morning newsletter and get the day's news delivered to your inbox.

                For the latest stories and breaking news download our apps for iOS and Android.
                """);
        assertTrue(body.contains("cyclists may still cross"), body);
        assertFalse(body.contains("newsletter"), body);
        assertFalse(body.contains("Never miss"), body);
        assertFalse(body.contains("download"), body);
    }

    @Test
    void aDonationAppealInGermanUnderTheStoryIsCut() {
        String body = DumpBody.of(GERMAN_STORY_TO_ITS_END + """
                Unterstützen Sie unseren unabhängigen Journalismus: Ihr Beitrag hilft, dass unsere Berichte für \
                alle frei bleiben, und schon ein kleiner Betrag im Monat macht einen Unterschied für die Redaktion.
                """);
        assertTrue(body.contains("Radfahrer dürfen"), body);
        assertFalse(body.contains("Journalismus"), body);
    }

    @Test
    void theSitesNoteOnItselfUnderAboutUsIsCut() {
        String body = DumpBody.of(GERMAN_STORY_TO_ITS_END + """
                Über uns

                Seit zwanzig Jahren berichten wir aus dem Landkreis über Politik, Vereine und Kultur, gemacht von                 einem kleinen Team, das hier lebt.

                Impressum
                """);
        assertTrue(body.contains("Radfahrer dürfen"), body);
        assertFalse(body.contains("zwanzig Jahren"), body);
        assertFalse(body.contains("Über uns"), body);
    }

    @Test
    void aGermanPleaForSmallGiftsUnderTheStoryIsCut() {
        String body = DumpBody.of(GERMAN_STORY_TO_ITS_END + """
                Wir brauchen weiterhin eure Hilfe!

                Jede noch so kleine Spende hilft der Redaktion, weiter unabhängig aus dem Landkreis zu berichten.
                """);
        assertTrue(body.contains("Radfahrer dürfen"), body);
        assertFalse(body.contains("eure Hilfe"), body);
        assertFalse(body.contains("kleine Spende"), body);
    }

    @Test
    void aThirdPartysAppealThatClosesTheStoryStays() {
        String ending = "The police need your help: anyone who saw the crash on the bridge on Tuesday night is asked "
                + "to call the station on the high street.";
        String body = DumpBody.of(STORY + ending + "\n");
        assertTrue(body.contains("anyone who saw the crash"), body);
    }

    @Test
    void anOfferOfInstantAccessToTheArticlesUnderTheStoryIsCut() {
        String body = DumpBody.of(STORY + """
                Get instant access to the full article and to every back issue for a small monthly fee.
                """);
        assertTrue(body.contains("cyclists may still cross"), body);
        assertFalse(body.contains("monthly fee"), body);
    }

    @Test
    void theWritersNoteUnderTheStoryIsCut() {
        String body = DumpBody.of(STORY + """
                Jane Miller is a transport reporter at the county paper, where she has covered roads and rail \
                since 2015. She lives by the river with her two dogs.
                """);
        assertTrue(body.contains("cyclists may still cross"), body);
        assertFalse(body.contains("transport reporter"), body);
    }

    @Test
    void aStorysOwnLastParagraphAboutSubscribersStays() {
        String ending = "The works are paid for by the road fund, and residents who subscribe to the county's "
                + "alerts will get a text message the day before each closure.";
        String body = DumpBody.of(STORY + ending + "\n");
        assertTrue(body.contains("a text message the day before"), body);
    }

    @Test
    void aPitchInsideTheStoryIsDropped() {
        String body = DumpBody.of(STORY.replace("Buses will keep", """
                Sign up for our morning newsletters.

                Buses will keep"""));
        assertTrue(body.contains("Buses will keep"), body);
        assertFalse(body.contains("newsletters"), body);
    }

    @Test
    void aCallToActionInsideTheStoryStays() {
        String body = DumpBody.of(STORY.replace("Buses will keep", """
                Residents can sign up for text alerts about the closure on the county's website, the office said.

                Buses will keep"""));
        assertTrue(body.contains("sign up for text alerts"), body);
    }

    @Test
    void theBlurbUnderANewsletterHeadingUnderTheStoryIsCut() {
        String body = DumpBody.of(STORY + """
                Sign Up for the Evening Briefing Newsletter

                Daily news about the politics, business and people shaping the county, in one short read.

                Email
                """);
        assertTrue(body.contains("cyclists may still cross"), body);
        assertFalse(body.contains("Daily news about"), body);
    }

    @Test
    void aSignUpFormsConsentLineUnderTheStoryIsCut() {
        String body = DumpBody.of(GERMAN_STORY + """
                Newsletter

                Immer aktuell informiert über alles, was in der Region geschieht.

                Jetzt anmelden

                Mit der Anmeldung stimme ich der Verarbeitung meiner Daten gemäß der Datenschutzerklärung zu.
                """);
        assertTrue(body.contains("Ingenieure"), body);
        assertFalse(body.contains("Datenschutzerklärung"), body);
        assertFalse(body.contains("Immer aktuell"), body);
    }

    @Test
    void anInvitationToTheSitesMessengerChannelUnderTheStoryIsCut() {
        String body = DumpBody.of("""
                El puente del río estará cerrado durante un mes

                La carretera del río estará cerrada durante un mes a partir del lunes mientras los equipos \
                sustituyen los apoyos del viejo puente, informó el jueves el condado.

                El puente, construido en 1962, soporta unos doce mil coches al día, y sus apoyos se han desgastado \
                más rápido de lo que esperaban los ingenieros en la última inspección.

                ¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.
                """);
        assertTrue(body.contains("ingenieros"), body);
        assertFalse(body.contains("Telegram"), body);
    }

    @Test
    void aStorysSentenceAboutAgreeingToTermsStays() {
        String ending = "By signing the lease, the county agreed to keep the footway open for the whole of the works.";
        String body = DumpBody.of(STORY + ending + "\n");
        assertTrue(body.contains("agreed to keep the footway open"), body);
    }

    @Test
    void anAdvertisersQuestionSendingTheReaderToAWebsiteBetweenParagraphsGoes() {
        String withAd = STORY.replace("Buses will keep", "Planning a trip this summer? Compare hotel prices at "
                + "Tripfinder.com\n\nBuses will keep");
        String body = DumpBody.of(withAd);
        assertTrue(body.contains("the ring road instead"), body);
        assertTrue(body.contains("stays open for the whole of the works"), body);
        assertFalse(body.contains("Tripfinder"), body);
    }
    @Test
    void aMembershipAppealAndASubscriptionPitchInsideTheStoryAreDropped() {
        String body = DumpBody.of(STORY.replace("Buses will keep", """
                Want more from the county? Subscribe to our weekly print edition.

                Become a member today and support our local journalism.

                Buses will keep"""));
        assertTrue(body.contains("Buses will keep"), body);
        assertTrue(body.contains("stays open for the whole of the works"), body);
        assertFalse(body.contains("print edition"), body);
        assertFalse(body.contains("Become a member"), body);
    }

    @Test
    void aGermanDonationAppealInsideTheStoryIsDropped() {
        String body = DumpBody.of(GERMAN_STORY.replace("Die Brücke wurde", """
                Hat Ihnen dieser Artikel gefallen? Unterstützen Sie unabhängigen Journalismus in der Region.

                Die Brücke wurde"""));
        assertTrue(body.contains("zwölftausend Autos"), body);
        assertFalse(body.contains("unabhängigen Journalismus"), body);
    }

    @Test
    void aPleaForSmallGiftsInsideTheStoryIsDropped() {
        String body = germanStoryWith("Helfen Sie mit!\n\nJede kleine Spende hilft den Menschen in Not!");
        assertTrue(body.contains("zwölftausend Autos"), body);
        assertFalse(body.contains("Spende"), body);
    }

    @Test
    void aThirdPartysAppealInsideTheStoryStays() {
        String body = germanStoryWith("\"Jede Spende hilft den Familien\", sagte die Sprecherin des Vereins, der seit "
                + "dem Hochwasser im Sommer Geld für die Betroffenen im Landkreis sammelt.");
        assertTrue(body.contains("Jede Spende hilft den Familien"), body);
    }

    @Test
    void aGermanSignUpButtonInsideTheStoryIsDropped() {
        assertFalse(germanStoryWith("HIER KOSTENLOS ANMELDEN »").contains("ANMELDEN"));
    }

    /** The body of {@link #GERMAN_STORY} with {@code lines} set between its two paragraphs. */
    private static String germanStoryWith(String lines) {
        return DumpBody.of(GERMAN_STORY.replace("Die Brücke wurde", lines + "\n\nDie Brücke wurde"));
    }

    @Test
    void aSignUpFormsPromiseInsideTheStoryIsDropped() {
        String body = DumpBody.of(STORY.replace("Buses will keep", """
                No spam, we promise. You can unsubscribe at any time.

                Buses will keep"""));
        assertTrue(body.contains("Buses will keep"), body);
        assertFalse(body.contains("No spam"), body);
    }

    @Test
    void aStorysSentencesAboutMembersAndSubscribingStay() {
        String body = DumpBody.of(STORY.replace("Buses will keep", """
                Members of the residents' association can follow the works on its website, and the chairman urged                 them to subscribe to its weekly bulletin and to support the shops on the river road.

                Buses will keep"""));
        assertTrue(body.contains("urged them to subscribe to its weekly bulletin"), body);
        String german = DumpBody.of(GERMAN_STORY.replace("Die Brücke wurde", """
                Die Vorsitzende bat die Mitglieder des Vereins, die Geschäfte an der Straße zu unterstützen und                 den Newsletter der Stadt zu abonnieren.

                Die Brücke wurde"""));
        assertTrue(german.contains("den Newsletter der Stadt zu abonnieren"), german);
    }

    @Test
    void aBlogsNoteOnItsWriterAboveTheLinkToTheirPostsIsCut() {
        String body = DumpBody.of(GERMAN_STORY + """
                Abgelegt unter Das Leben | Hinterlasse einen Kommentar

                Über Anna

                Was ich mag: den Garten, der jedes Jahr ein bisschen wilder wird, das Meer im Herbst, Bücher am \
                Abend und Kuchen am Sonntag, am liebsten mit Freunden und einer großen Kanne Kaffee.

                Zeige alle Beiträge von Anna »

                Beitragsnavigation
                """);
        assertTrue(body.contains("fünf Jahren"), body);
        assertFalse(body.contains("Was ich mag"), body);
    }

    @Test
    void aStorysClosingSentenceOnItsAppInTheStoreStays() {
        String body = DumpBody.of(GERMAN_STORY_TO_ITS_END + """
                Die neue Verkehrs-App des Landkreises zeigt die Umleitungen und steht bereits kostenlos im \
                Google Play Store und im App Store von Apple bereit.
                """);
        assertTrue(body.contains("Radfahrer dürfen"), body);
        assertTrue(body.contains("Verkehrs-App des Landkreises"), body);
    }

    @Test
    void aStoreBadgeLineUnderTheStoryIsCut() {
        String body = DumpBody.of(GERMAN_STORY_TO_ITS_END + """
                Jetzt kostenlos im Play Store laden
                """);
        assertTrue(body.contains("Radfahrer dürfen"), body);
        assertFalse(body.contains("Play Store"), body);
    }

    /** A donation box's appeal, longer than any pitch, set right above its button. */
    private static final String APPEAL = """
            ...we need your help. Covering the county's roads, schools and council meetings week after week takes \
            reporters, editors and photographers, and every one of them is paid from what readers like you give. \
            That is why you will never find a paywall on our stories or an advert between their paragraphs. If \
            you value what you read here, please think about a monthly contribution that keeps it free for all.

            """;

    /** {@link #STORY} run on: an appeal is cut only as a tail, not as half the story. */
    private static final String LONG_STORY = STORY + """
            Shops along the river road fear a quiet month, and the traders' association asked the county to put up \
            signs at the ring road saying that every shop stays open and can be reached on foot from the car park.

            The county said the signs would go up on Friday, and that the car park by the market would be free of \
            charge on Saturdays for as long as the road stays closed, to bring shoppers back into the old town.

            Engineers expect the new bearings to last for forty years, and the next inspection of the bridge is \
            planned for the spring after the works, when the county will also repaint the railings along it.

            Residents of the streets next to the bridge will get a letter next week with the hours of the noisiest \
            work, which the county has promised to keep to weekdays between eight in the morning and six at night.

            """;

    @Test
    void aLongDonationAppealOverItsButtonIsCut() {
        String body = DumpBody.of(LONG_STORY + APPEAL + "Donate today\n\nTopics\n\nRoads\n\nBridges\n");
        assertTrue(body.contains("cyclists may still cross"), body);
        assertFalse(body.contains("we need your help"), body);
    }

    @Test
    void theSameAppealWithNoButtonUnderItStays() {
        String body = DumpBody.of(LONG_STORY + APPEAL + "Topics\n\nRoads\n\nBridges\n");
        assertTrue(body.contains("we need your help"), body);
    }
}
