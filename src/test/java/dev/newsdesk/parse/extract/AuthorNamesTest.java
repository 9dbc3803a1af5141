package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Author values as pages write them, reduced to the names. */
class AuthorNamesTest {

    @Test
    void dropsBylineLabelsInFrontOfTheName() {
        assertEquals(List.of("Jana Berger"), AuthorNames.clean(List.of("Veröffentlicht von Jana Berger")));
        assertEquals(List.of("Marie Martin"), AuthorNames.clean(List.of("Publié par Marie Martin")));
        assertEquals(List.of("Ana Ruiz"), AuthorNames.clean(List.of("Posted by: Ana Ruiz")));
    }

    @Test
    void dropsListingsAfterTheName() {
        assertEquals(List.of("Jana Berger"), AuthorNames.clean(List.of("Jana Berger Alle Artikel")));
        assertEquals(List.of("Luis Soto"), AuthorNames.clean(List.of("Luis Soto hace 3 horas")));
    }

    @Test
    void splitsSeveralNamesInOneValue() {
        assertEquals(List.of("Glen Owen", "Brendan Carlin"), AuthorNames.clean(List.of("By Glen Owen and Brendan Carlin")));
        assertEquals(List.of("Anna Roth", "Ben Kahl"), AuthorNames.clean(List.of("Anna Roth; Ben Kahl")));
        assertEquals(List.of("Anna Roth", "Ben Kahl"), AuthorNames.clean(List.of("Anna Roth e Ben Kahl")));
        assertEquals(List.of("Anna Roth", "Ben Kahl"), AuthorNames.clean(List.of("Anna Roth en Ben Kahl")));
        assertEquals(List.of("Anna Roth", "Ben Kahl"), AuthorNames.clean(List.of("Anna Roth i Ben Kahl")));
        assertEquals(List.of("Anna E Roth"), AuthorNames.clean(List.of("Anna E Roth")), "an initial");
        assertEquals(List.of("José Volta e Pinto"), AuthorNames.clean(List.of("José Volta e Pinto")), "two surnames");
        assertEquals(List.of("Anna Roth", "Ben Kahl", "abc"), AuthorNames.clean(List.of("Anna Roth / Ben Kahl/abc")));
    }

    @Test
    void readsAReferenceInAMetaTagAsItsCharacterNotAsASeparator() throws Exception {
        String page = "<html><head><title>Council votes</title><meta name=author content='Redacci&amp;oacute;n Central'>"
                + "</head><body><p>The council met on Tuesday evening to vote on the budget for the coming year, and"
                + " the debate went on until well past midnight, as members argued over every line.</p></body></html>";
        assertEquals(List.of("Redacción Central"), new dev.newsdesk.parse.ArticleParser()
                .parse(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.html").authors());
    }

    @Test
    void dropsInvisibleCharactersInsideAName() {
        assertEquals(List.of("Matthias Berg"), AuthorNames.clean(List.of("Mat\u00adthi\u00adas Berg")));
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("Jane\u200c Doe\u2060")));
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("Jane\u200b Doe\ufeff")));
        assertEquals(List.of(), AuthorNames.clean(List.of("\u00ad", "\u200b\u2060", "")), "nothing that shows");
        assertEquals(List.of("علی\u200cرضا کریمی"), AuthorNames.clean(List.of("علی\u200cرضا کریمی")),
                "a joiner Persian spells with");
    }

    @Test
    void dropsTheOutletAWriterFiledForAfterAPersonsName() {
        assertEquals(List.of("Jane Doe"), AuthorNames.clean(List.of("Jane Doe, For The Example Times")));
        assertEquals(List.of("Marie Martin"), AuthorNames.clean(List.of("Marie Martin pour Le Quotidien")));
        assertEquals(List.of("Erika Mustermann"), AuthorNames.clean(List.of("Erika Mustermann für Die Zeitung")));
        assertEquals(List.of("Institute for Fiscal Studies"), AuthorNames.clean(List.of("Institute for Fiscal Studies")),
                "an organisation's name");
    }

    @Test
    void dropsWhatNamesNoOne() {
        assertEquals(List.of(), AuthorNames.clean(List.of("Von", "por", "news.example.com", "stern.de", "...")));
        assertEquals(List.of("Redaktion", "edilson.la.rosa"), AuthorNames.clean(List.of("Redaktion",
                "edilson.la.rosa")), "a newsroom and a user name are someone");
    }

    @Test
    void keepsEachNameOnce() {
        assertEquals(List.of("Ana Ruiz"), AuthorNames.clean(List.of("Ana Ruiz", "By Ana Ruiz")));
    }

    @Test
    void dropsWhatABylineLeavesAroundTheName() {
        assertEquals(List.of("Tomas Berg"), AuthorNames.clean(List.of("Tomas Berg Fr")), "a weekday of the date after");
        assertEquals(List.of("The Mail On Sunday"), AuthorNames.clean(List.of("The Mail On Sunday")),
                "a weekday's full name is a word");
        assertEquals(List.of("José Miguel Soto"), AuthorNames.clean(List.of("José Miguel Soto Hace")));
        assertEquals(List.of("Raphael Feld"), AuthorNames.clean(List.of("Raphael Feld'")), "a quote left over");
        assertEquals(List.of("Williams Pardo"), AuthorNames.clean(List.of("Williams Pardo @wpardo")), "a handle");
        assertEquals(List.of("Katja Kern"), AuthorNames.clean(List.of("Pressemitteilung von Katja Kern")));
        assertEquals(List.of(), AuthorNames.clean(List.of("Alle Beiträge", "Veröffentlicht")), "a label alone");
        assertEquals(List.of(), AuthorNames.clean(List.of("wordpressadmin", "Administrator", "Super User", "Login")),
                "a CMS account, a button");
        assertEquals(List.of(), AuthorNames.clean(List.of("Staff", "Staff Writer", "Agencies",
                "Staff, news service reports")), "a role or a wire credit alone");
        assertEquals(List.of(), AuthorNames.clean(List.of("Senior Editor", "Chefredakteurin", "Rédactrice en chef",
                "Corresponsal", "Dziennikarka")), "a title alone");
        assertEquals(List.of("Example News Staff", "Jane Staff"), AuthorNames.clean(List.of("Example News Staff",
                "Jane Staff")), "with a name among the words");
    }
}
