package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A product's sheet, a label a line over its value, under the post is the post's; a form or a site's fields not. */
class LabelledPairsTest {

    private static final String POST = """
            Ein Rotwein für lange Abende

            Der Wein reift ein Jahr im Eichenfass und zwei weitere in der Flasche, bevor er den Keller verlässt. \
            Im Glas zeigt er ein tiefes Rubinrot, in der Nase reife Kirschen, Vanille und einen Hauch von Leder.

            """;

    private static final String FOOT = """
            Vorheriger Artikel

            Nächster Artikel

            Kategorien

            Rotwein

            Weißwein
            """;

    @Test
    void aSheetOfLabelsOverTheirValuesIsKept() {
        String body = DumpBody.of(POST + """
                Produktdetails

                Alkoholgehalt:

                13,5 % vol.

                Herkunftsland:

                Spanien

                Details zum Wein

                Rebsorte:

                Tempranillo

                Trinktemperatur:

                16 bis 18 Grad

                Ausbau:

                zwölf Monate im Eichenfass

                """ + FOOT);
        assertTrue(body.contains("Rebsorte:"), body);
        assertTrue(body.contains("Tempranillo"), body);
        assertTrue(body.contains("Details zum Wein"), body);
        assertTrue(body.contains("zwölf Monate im Eichenfass"), body);
        assertFalse(body.contains("Nächster Artikel"), body);
    }

    @Test
    void aFormsFieldsWithoutValuesStayOut() {
        String body = DumpBody.of(POST + """
                Schreibe einen Kommentar

                Name:

                E-Mail:

                Website:

                Kommentar:

                Ort:

                """ + FOOT);
        assertTrue(body.contains("Rubinrot"), body);
        assertFalse(body.contains("E-Mail"), body);
        assertFalse(body.contains("Website"), body);
    }

    @Test
    void aSitesFieldsOverTheirValuesStayOut() {
        String body = DumpBody.of(POST + """
                Kategorie:

                Rotwein

                Schlagwörter:

                Spanien, Eichenfass

                Autor:

                Maria Berger

                Kommentare:

                keine

                """ + FOOT);
        assertTrue(body.contains("Rubinrot"), body);
        assertFalse(body.contains("Maria Berger"), body);
        assertFalse(body.contains("Spanien, Eichenfass"), body);
    }
}
