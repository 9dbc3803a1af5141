package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line of code or config between the article's paragraphs is the article's example; a menu's line is not. */
class CodeLinesTest {

    @Test
    void aLineOfCodeBetweenTheParagraphsStays() {
        String body = DumpBody.of("""
                Home

                Blog

                Reading a file line by line

                Most scripts that read a log do not need the whole file in memory at once, and reading it line by \
                line keeps even a very large log cheap to go through on a small machine.

                with open(log_path) as f: for line in f: count = count + len(line.split())

                The loop above never holds more than one line, so the file may be as large as the disk allows, and \
                the count is ready as soon as the last line has been read.

                Tags

                Python

                Files
                """);
        assertTrue(body.contains("with open(log_path) as f"), body);
        assertTrue(body.contains("the count is ready"), body);
        assertFalse(body.contains("Tags"), body);
    }

    @Test
    void eineKonfigurationszeileZwischenDenAbsätzenBleibt() {
        String body = DumpBody.of("""
                Startseite

                Anleitungen

                Den Zwischenspeicher des Servers einrichten

                Der Server hält die Ergebnisse langsamer Abfragen nur dann vor, wenn man ihm sagt, wo er sie \
                ablegen soll und wie lange sie gültig bleiben, und beides steht in einer kleinen Datei.

                cache_dir = /var/cache/server max_age = 86400 log_level = warn max_entries = 10000 compress = true

                Nach einem Neustart liest der Server die Datei ein und behält jedes Ergebnis einen Tag lang, was \
                für die meisten Abfragen genügt und trotzdem keine veralteten Daten liefert.

                Kontakt

                Impressum
                """);
        assertTrue(body.contains("cache_dir = /var/cache/server"), body);
        assertTrue(body.contains("einen Tag lang"), body);
        assertFalse(body.contains("Impressum"), body);
    }

    @Test
    void wordsWithoutCodeAreNoCode() {
        assertFalse(CodeLines.isCode("Weather (today) and tomorrow in the north"));
        assertFalse(CodeLines.isCode("snake_case, camel_case, kebab_case"));
        assertFalse(CodeLines.isCode("<form class=\"consent_form\" action=\"/user/settings/\" data-id=\"f(1)\">"));
        assertTrue(CodeLines.isCode("deref(id(29), ctypes.c_int)[4] = 100"));
    }
}
