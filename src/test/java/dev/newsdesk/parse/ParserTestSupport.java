package dev.newsdesk.parse;

import dev.newsdesk.article.ArticleContent;
import java.nio.charset.StandardCharsets;

/** Small helpers the parser tests share. */
final class ParserTestSupport {

    static final ArticleParser PARSER = new ArticleParser();

    /** Three paragraphs of French prose, enough for any reader to call it an article. */
    static final String FRENCH_PROSE = """
            Le gouvernement a présenté mercredi un projet de loi qui doit réformer le financement des écoles, \
            une mesure attendue depuis des années par les élus locaux et par les parents d’élèves.

            Selon le ministre, la réforme sera appliquée dès la rentrée prochaine dans toutes les régions, \
            mais les syndicats estiment que les moyens prévus ne suffiront pas à couvrir les besoins.

            Les débats commenceront à l’Assemblée nationale au début du mois prochain, et le texte pourrait \
            être adopté avant l’été si la majorité reste unie sur ce sujet.""";

    static final String ENGLISH_PROSE = """
            The city council approved a new budget on Tuesday that will fund the repair of several bridges, \
            a project that residents have been asking for since the floods of last spring.

            According to the mayor, the work will start in March and should be finished before the end of \
            the year, although some contractors have warned that costs could still rise.

            The vote was close, and several members said they would keep a close eye on the spending as the \
            repairs move forward over the coming months.""";

    private ParserTestSupport() {
    }

    /** {@code prose}'s paragraphs (a blank line apart) as {@code <p>} elements. */
    static String paragraphs(String prose) {
        StringBuilder sb = new StringBuilder();
        for (String p : prose.split("\n\n")) sb.append("<p>").append(p.strip()).append("</p>");
        return sb.toString();
    }

    static ArticleContent parse(String text, String fileName) throws RejectedFileException {
        return PARSER.parse(text.getBytes(StandardCharsets.UTF_8), fileName);
    }
}
