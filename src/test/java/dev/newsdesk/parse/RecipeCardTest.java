package dev.newsdesk.parse;

import static dev.newsdesk.parse.ParserTestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A recipe card's ingredients and steps, each in a box of its own beside the story, are the article's. */
class RecipeCardTest {

    private static final String STORY = "<p>My grandmother baked this lemon cake every Sunday, and the whole house "
            + "smelled of it by noon. It is simple, quick, and it keeps for days in a tin.</p>"
            + "<p>The trick is to pour the syrup over the cake while it is still warm, so that it soaks in and the "
            + "crumb stays moist, with a thin crust of sugar on the top.</p>"
            + "<p>We have tried it with limes and with oranges too, and each version has its fans around the table, "
            + "but the lemon one is still the family's favourite after all these years.</p>";
    private static final String INGREDIENTS = "<div class=recipeIngredients><h2>Ingredients</h2><ul>"
            + "<li>200 g flour</li><li>150 g sugar</li><li>3 eggs</li><li>2 lemons</li></ul></div>";
    private static final String STEPS = "<div class=recipe-instructions><h2>Steps</h2><ol>"
            + "<li>Heat the oven to 180 °C and butter a loaf tin well.</li>"
            + "<li>Beat the eggs with the sugar, then fold in the flour and the zest.</li>"
            + "<li>Bake for forty minutes, then pour the lemon syrup over the warm cake.</li></ol></div>";
    private static final String CHROME = "<div class=recipe-rating><p>4.5 stars, 120 ratings</p></div>"
            + "<div class=recipe-nutrition><p>Calories 320</p></div>";

    @Test
    void takesTheIngredientsAndTheStepsBoxesWithTheStory() throws RejectedFileException {
        String html = "<html><body><nav><a href=/>Home</a> <a href=/cakes>Cakes</a></nav><h1>Lemon cake</h1>"
                + "<div class=recipe><div class=columns>" + INGREDIENTS + STEPS + CHROME
                + "<div class=recipe-story>" + STORY + "</div></div></div>"
                + "<footer><p>More recipes</p></footer></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("150 g sugar"), body);
        assertTrue(body.contains("Heat the oven to 180 °C"), body);
        assertTrue(body.contains("still the family's favourite"), body);
        assertFalse(body.contains("ratings"), body);
        assertFalse(body.contains("Calories"), body);
    }

    /** The cook's tips in a box of their own beside the steps are the recipe's too; its ratings still are not. */
    @Test
    void takesTheTipsBoxOfTheCard() throws RejectedFileException {
        String tips = "<div class=recipe-tips><h3>Tips</h3><ul><li>Wrapped in foil, the cake keeps moist for three "
                + "days in a cool place.</li></ul></div>";
        String html = "<html><body><h1>Lemon cake</h1><div class=recipe><div class=columns>" + INGREDIENTS + STEPS
                + tips + CHROME + "<div class=recipe-story>" + STORY + "</div></div></div></body></html>";
        String body = parse(html, "a.html").body();
        assertTrue(body.contains("keeps moist for three days"), body);
        assertFalse(body.contains("ratings"), body);
    }

    @Test
    void leavesAnIngredientsBoxFarFromTheArticle() throws RejectedFileException {
        String html = "<html><body><h1>Lemon cake</h1><div class=page><div class=main><div class=a><div class=b>"
                + "<div class=c><div class=d><div class=e><div class=story>" + STORY + "</div></div></div></div>"
                + "</div></div></div><aside class=sidebar><div class=x><div class=y><div class=z>" + INGREDIENTS
                + "</div></div></div></aside></div></body></html>";
        String body = parse(html, "a.html").body();
        assertFalse(body.contains("150 g sugar"), body);
    }
}
