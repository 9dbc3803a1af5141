package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A recipe card under a story: its ingredients between the two headings are the article's, its data is not. */
class RecipePartsTest {

    private static final String STORY = """
            Home

            Recipes

            Baking

            A plum cake for the last warm week

            When the trees in the back garden start to drop their plums faster than anyone can eat them, this \
            tray cake is what we bake, and it has been the same recipe in our family for three generations now.

            The dough is a plain yeast dough, so it needs a little patience, but it keeps for two days under a \
            tea towel and tastes even better on the second morning with a spoonful of whipped cream on top.

            Plum tray cake

            Print recipe

            4.7 from 212 ratings

            Prep time 30 min

            """;

    @Test
    void theIngredientsBetweenTheHeadingsAreKept() {
        String body = DumpBody.of(STORY + """
                Ingredients

                500 g

                flour

                1 packet

                dry yeast

                80 g sugar

                250 ml warm milk

                2 kg ripe plums

                Nutrition per serving

                Calories

                310 kcal

                Method

                Mix the flour with the yeast in a large bowl, add the sugar and the warm milk and knead everything \
                into a smooth dough, then leave it to rise in a warm place for about forty minutes.

                Halve and stone the plums while the dough rises, roll the dough out onto a greased tray and set \
                the plum halves on it in tight rows, cut side up, before baking it for forty minutes.

                More recipes

                Apple crumble

                Cherry pie
                """);
        assertTrue(body.contains("Ingredients"), body);
        assertTrue(body.contains("dry yeast"), body);
        assertTrue(body.contains("250 ml warm milk"), body);
        assertTrue(body.contains("2 kg ripe plums"), body);
        assertTrue(body.contains("into a smooth dough"), body);
        assertFalse(body.contains("310 kcal"), body);
        assertFalse(body.contains("ratings"), body);
        assertFalse(body.contains("Print recipe"), body);
        assertFalse(body.contains("Cherry pie"), body);
    }

    @Test
    void theTipsUnderTheNutritionFactsAreKept() {
        String body = DumpBody.of(STORY + """
                Ingredients

                500 g flour

                80 g sugar

                2 kg ripe plums

                Method

                Mix the flour with the yeast in a large bowl, add the sugar and the warm milk and knead everything \
                into a smooth dough, then leave it to rise in a warm place for about forty minutes.

                Halve and stone the plums while the dough rises, roll the dough out onto a greased tray and set \
                the plum halves on it in tight rows, cut side up, before baking it for forty minutes.

                Nutrition facts

                Calories: 310

                Fat: 9 g

                Protein: 6 g

                Carbohydrates: 52 g

                Fibre: 3 g

                Sugar: 21 g

                Salt: 0.2 g

                Serving tips

                Serve the cake still slightly warm with a generous spoonful of whipped cream.

                Vanilla ice cream goes just as well with it on a hot afternoon.

                Popular recipes

                Apple crumble

                Cherry pie
                """);
        assertTrue(body.contains("80 g sugar"), body);
        assertTrue(body.contains("generous spoonful of whipped cream"), body);
        assertTrue(body.contains("Vanilla ice cream goes just as well"), body);
        assertFalse(body.contains("Cherry pie"), body);
    }

    @Test
    void shortLinesUnderAnIngredientsHeadingWithNoStepsStayOut() {
        String body = DumpBody.of(STORY + """
                Ingredients

                Flour

                Sugar

                Yeast

                Related posts

                Apple crumble
                """);
        assertFalse(body.contains("Yeast"), body);
    }

    @Test
    void theShortStepsOfACardUnderTheStoryAreKept() {
        String body = DumpBody.of(STORY + """
                Servings

                12

                Bake time

                40 minutes

                Ingredients

                500 g flour

                1 packet dry yeast

                80 g sugar

                250 ml warm milk

                2 kg ripe plums

                Directions

                Knead the flour, yeast, sugar and milk into a dough and let it rise for forty minutes.

                Halve and stone the plums.

                Roll out the dough on a greased tray.

                Set the plums on it in tight rows.

                Bake for forty minutes at 180 degrees.

                Related

                Share on Facebook

                Apple crumble

                Cherry pie
                """);
        assertTrue(body.contains("dry yeast"), body);
        assertTrue(body.contains("Halve and stone the plums."), body);
        assertTrue(body.contains("Bake for forty minutes"), body);
        assertFalse(body.contains("Cherry pie"), body);
        assertFalse(body.contains("Share on Facebook"), body);
    }

    @Test
    void aCardUnderTheStoryPastItsNutritionListIsKept() {
        String body = DumpBody.of(STORY + """
                Nutrition per serving

                Energy

                434 kcal

                Protein

                12 g

                (12 %)

                Fat

                19 g

                (16 %)

                Carbohydrates

                52 g

                (35 %)

                Fibre

                9 g

                (30 %)

                Calcium

                247 mg

                (25 %)

                Magnesium

                129 mg

                (43 %)

                Iron

                3,7 mg

                (25 %)

                Zinc

                2,5 mg

                (31 %)

                Folic acid

                61,4 µg

                (20 %)

                Ingredients

                500 g flour

                1 packet dry yeast

                2 kg ripe plums

                Method

                Knead the flour and yeast into a dough.

                Set the halved plums on it in rows.

                Bake for forty minutes at 180 degrees.

                Related

                Cherry pie
                """);
        assertTrue(body.contains("dry yeast"), body);
        assertTrue(body.contains("Bake for forty minutes"), body);
        assertFalse(body.contains("Magnesium"), body);
    }

    @Test
    void zubereitungsschritteHeadsTheSteps() {
        String body = DumpBody.of("""
                Startseite

                Rezepte

                Ein Pflaumenkuchen für die letzte warme Woche

                Wenn die Bäume im Garten ihre Pflaumen schneller fallen lassen, als irgendwer sie essen kann, backen \
                wir diesen Blechkuchen, und es ist seit drei Generationen dasselbe Rezept in unserer Familie.

                Der Teig ist ein einfacher Hefeteig, er braucht also etwas Geduld, hält sich aber zwei Tage unter \
                einem Geschirrtuch und schmeckt am zweiten Morgen mit einem Löffel Sahne noch besser.

                Zutaten

                500 g Mehl

                1 Päckchen Trockenhefe

                2 kg reife Pflaumen

                Zubereitungsschritte

                Mehl, Hefe und warme Milch zu einem Teig kneten und vierzig Minuten gehen lassen.

                Die Pflaumen halbieren und in Reihen auf den Teig setzen.

                Den Kuchen dann vierzig Minuten bei 180 Grad im vorgeheizten Ofen backen.

                Ähnliche Rezepte

                Kirschkuchen
                """);
        assertTrue(body.contains("Trockenhefe"), body);
        assertTrue(body.contains("Zubereitungsschritte\n\nMehl, Hefe und warme Milch"), body);
    }
}
