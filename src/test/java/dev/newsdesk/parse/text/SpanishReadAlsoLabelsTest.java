package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Spanish site's label over a link to another article, set between a story's paragraphs ("Infórmate más", "Te
 * puede interesar"), is not the story's.
 */
class SpanishReadAlsoLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Infórmate más", "Informate más", "Te puede interesar"})
    void theLabelBetweenTheParagraphsGoes(String label) {
        String body = DumpBody.of("""
                Economía

                Los panaderos piden un aumento del treinta por ciento

                El sindicato de panaderos reclamó este martes un aumento salarial del treinta por ciento y amenazó \
                con un paro nacional si la cámara empresaria no presenta una oferta antes del fin de semana.

                Se trata de uno de los últimos gremios con la negociación pendiente, después de que ayer se \
                cerrara el acuerdo de los trabajadores del comercio con una suba escalonada en tres cuotas.

                %s

                Inflación que no cede: ¿podrán los salarios ganarle la carrera a los precios?

                Los dirigentes del sindicato recordaron que los precios de la harina y de la energía subieron más \
                que los salarios en los últimos seis meses, y que muchas panaderías ya redujeron sus horarios.
                """.formatted(label));
        assertTrue(body.contains("redujeron sus horarios"), body);
        assertFalse(body.contains(label), body);
    }
}
