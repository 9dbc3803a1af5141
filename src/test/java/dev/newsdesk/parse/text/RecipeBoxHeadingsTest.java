package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The heading of a recipe page's box of other recipes ("Similar recipes", "Podobne przepisy"): what stands under it,
 * the site's long blurb on the dish included, is not the recipe, however much longer it runs than the steps.
 */
class RecipeBoxHeadingsTest {

    private static final String RECIPE = """
            Leek and potato soup

            Step 1

            Melt the butter in a large pan, add the sliced leeks and the onion and cook them gently for ten minutes.

            Step 2

            Add the diced potatoes and the stock, bring it to the boil and let it simmer for twenty minutes.

            Step 3

            Blend the soup until smooth, season it with salt and pepper and serve it hot with crusty bread.

            """;

    private static final String BOX_AND_BLURB = """

            Carrot cake

            45 min.

            Tomato salad

            15 min.

            Leek and potato soup

            Leek and potato soup is one of the classics of home cooking, and for good reason: it needs only a few \
            cheap ingredients that are easy to find in any season, and it is ready in well under an hour. The leeks \
            give it a mild sweetness that the potatoes round off, and once it is blended it turns silky without any \
            cream at all. You can make a big pot of it on Sunday and keep it in the fridge for several days, or \
            freeze it in portions for the busy evenings of the week. Try it with a spoonful of yoghurt, a few chives \
            or some crispy bacon on top, and it will soon become a favourite of the whole family.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"Similar recipes", "Related recipes", "Ähnliche Rezepte", "Recettes similaires",
            "Podobne przepisy", "Polecane przepisy"})
    void theBlurbUnderTheBoxOfOtherRecipesIsNotTheRecipe(String heading) {
        String body = DumpBody.of(RECIPE + heading + "\n" + BOX_AND_BLURB);
        assertTrue(body.contains("serve it hot with crusty bread"), body);
        assertFalse(body.contains("one of the classics of home cooking"), body);
    }

    @Test
    void aSubheadingThatSaysMoreIsTheStorysOwn() {
        String story = """
                Soups of the northern coast

                The fishing villages of the northern coast have their own soups, made with what the boats bring in \
                on the day, thickened with potatoes and finished with a good splash of cream and a handful of dill.

                Similar recipes from the south

                Further south the same soups are made with tomatoes and peppers, which grow well in the warm valleys \
                there, and the cooks add more garlic and a little chilli, so that a fish soup from the south tastes \
                quite different from the pale, creamy bowls of the north, even when the fish in it are the same ones \
                and the recipe was carried down the coast by the same families who moved there long ago.
                """;
        String body = DumpBody.of(story);
        assertTrue(body.contains("the cooks add more garlic"), body);
    }
}
