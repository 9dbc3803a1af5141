package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A picture's caption whose credit ends with a licence or a short credit, or which opens with the figure's number,
 * goes from a dump's story; the story's own sentences stay.
 */
class PictureCaptionsTest {

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
    void aGermanFiguresNumberedCaptionGoesFromTheReport() {
        String body = DumpBody.of("""
                Wenig Schnee im Süden, viel Sonne im Norden

                Die Schneedecke hat sich in der vergangenen Woche kaum verändert. In den nördlichen Tälern lag \
                weiterhin genug Schnee für Skitouren, während im Süden an vielen Hängen bereits das Gras hervorschaute.

                Abbildung 2: Die Schneehöhen an den Messstationen im Vergleich zum langjährigen Mittel. Im Süden \
                lagen sie an den meisten Stationen deutlich darunter, im Norden etwas darüber.

                Die Wetterlage blieb die ganze Woche stabil. Ein Hochdruckgebiet sorgte für klare Nächte und sonnige \
                Tage, an denen die Temperaturen am Nachmittag auch in der Höhe über null Grad stiegen.

                Für die kommenden Tage erwarten die Fachleute kaum Neuschnee, die Lage dürfte sich also nur langsam ändern.
                """);
        assertTrue(body.contains("Hochdruckgebiet"), body);
        assertFalse(body.contains("Messstationen"), body);
    }

    @Test
    void aGermanCaptionClosedByItsPhotographersCreditGoes() {
        String body = DumpBody.of("""
                Drei Läuferinnen, die man sich merken sollte

                Wer gewinnt in diesem Jahr den großen Stadtlauf? Wir stellen drei Läuferinnen vor, die am Sonntag \
                ganz vorne mitlaufen dürften, und erklären, warum sie so schnell sind.

                Anna Beispiel (Hamburg): Die 24-Jährige hat in diesem Frühjahr schon zwei Rennen gewonnen und läuft \
                die zehn Kilometer so schnell wie keine andere Frau im Norden. Sie trainiert jeden Morgen am Hafen.

                Anna Beispiel beim Training am Hafen. © Agentur / Max Muster

                Berta Probe (Köln): Die Studentin läuft erst seit drei Jahren, hat aber im Herbst überraschend den \
                Titel bei den Meisterschaften geholt. Ihre Stärke ist der schnelle Schlussspurt auf der Zielgeraden.

                Berta Probe jubelt im Ziel. © Agentur / Max Muster

                Clara Test (München): Die Titelverteidigerin kommt nach einer Verletzung zurück und will zeigen, \
                dass sie noch immer die Beste ist. Ihr Trainer sagt, sie sei so fit wie lange nicht mehr.

                Der Lauf beginnt am Sonntag um neun Uhr am Rathaus, teilten die Veranstalter mit.
                """);
        assertTrue(body.contains("Schlussspurt"), body);
        assertFalse(body.contains("jubelt im Ziel"), body);
        assertFalse(body.contains("Training am Hafen"), body);
    }

    @Test
    void captionsClosedByACreditAreKnownAndASourceIsNot() {
        assertTrue(PictureCaptions.isCaption("Die Eröffnung am Samstag. © Agentur / Anna Beispiel"));
        assertTrue(PictureCaptions.isCaption("Doctors at work in the ward on Monday. Photo: Jane Doe/Agency"));
        assertTrue(PictureCaptions.isCaption("Der neue Spielplatz am Stadtpark (Foto: privat)"));
        assertFalse(PictureCaptions.isCaption("Die Ermittlungen gehen weiter, teilte die Polizei mit. (Quelle: Radio)"));
        assertFalse(PictureCaptions.isCaption("Neu im Angebot (das gilt auch für unser © Paket):"));
    }

    @Test
    void captionsClosedByACyrillicOrGreekPhotoCreditAreKnownAndSentencesNamingPhotosAreNot() {
        assertTrue(PictureCaptions.isCaption("Новая набережная в первый день после открытия Фото: Иван Петров"));
        assertTrue(PictureCaptions.isCaption("Младежи засаждат дървета в един от кварталите Снимка: Петър Иванов"));
        assertTrue(PictureCaptions.isCaption("Το πρώτο λεωφορείο της νέας γραμμής Φωτογραφία: Γιώργος Νικολάου"));
        assertFalse(PictureCaptions.isCaption("Жители прислали в редакцию фото старого моста, который снесли в мае."));
        assertFalse(PictureCaptions.isCaption("Ο φωτογράφος έδειξε στους μαθητές πώς δουλεύει η παλιά μηχανή."));
    }

    @Test
    void aPolishCreditAbbreviatedWithoutAColonClosesACaptionAndLowerCaseAfterItDoesNot() {
        assertTrue(PictureCaptions.isCaption("Nowy most nad Wisłą tuż po otwarciu. Fot. Jan Kowalski"));
        assertTrue(PictureCaptions.isCaption("Uczniowie sadzą drzewa w parku miejskim fot. Anna Nowak/Agencja"));
        assertFalse(PictureCaptions.isCaption("Wystawa pokazuje stare fot. i mapy naszego miasta"));
    }

    @Test
    void captionsEndingWithALicenceOrOpeningWithAFiguresNumberAreKnownAndSentencesAreNot() {
        assertTrue(PictureCaptions.isCaption("The harbour in 1910. Photo: John Smith / Wikimedia Commons"));
        assertTrue(PictureCaptions.isCaption("Der Hafen im Jahr 1910 (Foto: Max Muster, CC BY-SA 4.0)"));
        assertFalse(PictureCaptions.isCaption("The court said the old letters are now in the public domain."));
        assertTrue(PictureCaptions.isCaption("Figure 3: Sea ice in March against the average of thirty years."));
        assertFalse(PictureCaptions.isCaption("Figure 3 shows that the sea ice was thinner than in any March before."));
    }
}
