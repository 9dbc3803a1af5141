package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A picture's caption whose credit ends with a licence goes from a dump's story; the story's own sentences stay. */
class LicensedCaptionsTest {

    @Test
    void aPolishCaptionCreditedToThePublicDomainGoesWithItsPhotoLabel() {
        String body = DumpBody.of("""
                Stary most na rzece wraca po remoncie

                Stary most na rzece został ponownie otwarty po dwóch latach remontu, poinformowały władze miasta \
                w czwartek. Kierowcy mogą znowu jechać najkrótszą drogą do centrum.

                Zdjęcie

                Most w dniu otwarcia, 3 maja 1910 roku. Tego dnia przejechał po nim pierwszy tramwaj, a na obu \
                brzegach rzeki czekały na niego tłumy mieszkańców z całego miasta i okolicznych wsi /domena publiczna

                Remont kosztował więcej, niż planowano, bo robotnicy znaleźli pod asfaltem zniszczone belki, które \
                trzeba było wymienić, zanim położono nową nawierzchnię.

                Tramwaje wrócą na most w przyszłym miesiącu, gdy skończą się próby torów i sieci trakcyjnej.
                """);
        assertTrue(body.contains("zniszczone belki"), body);
        assertFalse(body.contains("domena publiczna"), body);
        assertFalse(body.contains("Zdjęcie"), body);
    }

    @Test
    void captionsEndingWithALicenceAreKnownAndSentencesAreNot() {
        assertTrue(LicensedCaptions.isLicensedCaption("The harbour in 1910. Photo: John Smith / Wikimedia Commons"));
        assertTrue(LicensedCaptions.isLicensedCaption("Der Hafen im Jahr 1910 (Foto: Max Muster, CC BY-SA 4.0)"));
        assertFalse(LicensedCaptions.isLicensedCaption("The court said the old letters are now in the public domain."));
    }
}
