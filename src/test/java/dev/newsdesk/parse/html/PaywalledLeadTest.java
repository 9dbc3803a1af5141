package dev.newsdesk.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.parse.ArticleParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A paywalled page: its lead above a box of offers, the whole text only in schema.org's articleBody. */
class PaywalledLeadTest {

    private static final String BODY = "The council met on Tuesday evening to vote on the budget for the coming"
            + " year, and the debate went on until well past midnight, as members argued over every line.\\n"
            + "Residents who came to listen said they were tired of waiting for repairs that had been promised"
            + " for years, and several of them spoke during the public comment period.\\n"
            + "The mayor said the work on the old bridge would start in spring, once the money was in the bank and"
            + " the contracts were signed by the firms that had won the tender last autumn.";
    private static final String OFFERS = "<div class=offers><h4>Read on with a subscription</h4><p>Digital</p>"
            + "<p>Yearly plan</p><p>99.00 EUR</p><p>in the first year</p><p>Cancel any time</p><p>Subscribe now</p>"
            + "<p>Already a subscriber?</p><p>Log in</p></div>";

    private final ArticleParser parser = new ArticleParser();

    private ArticleContent page(String lead) throws Exception {
        String html = "<html><head><title>Council votes</title><script type=application/ld+json>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Council votes\",\"articleBody\":\"" + BODY
                + "\"}</script></head><body><article><header><h1>Council votes</h1><p class=intro>" + lead
                + "</p></header>" + OFFERS + "</article></body></html>";
        return parser.parse(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void opensTheStructuredBodyWithTheLeadThePageShows() throws Exception {
        String lead = "A long night at the town hall ended with a budget, and the bridge will be mended at last.";
        ArticleContent a = page(lead);
        assertEquals(lead, a.blocks().get(0).text(), a.body());
        assertTrue(a.body().contains("once the money was in the bank"), a.body());
    }

    @Test
    void leavesALeadTheStructuredBodyOpensWithAlone() throws Exception {
        String cut = "The council met on Tuesday evening to vote on the budget.";
        ArticleContent a = page(cut);
        assertTrue(a.blocks().get(0).text().startsWith("The council met on Tuesday evening to vote on the budget for"),
                a.body());
        assertEquals(1, a.body().split("The council met", -1).length - 1, a.body());
    }

    @Test
    void aLeadWithoutSpacesOpensTheBodyToo() throws Exception {
        String lead = "市议会昨晚通过了明年的预算，旧桥终于将在春天开始维修。";
        ArticleContent a = page(lead);
        assertEquals(lead, a.blocks().get(0).text(), a.body());
    }
}
