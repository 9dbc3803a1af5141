package dev.newsdesk.parse.extract;

import java.util.Set;

/**
 * The words a recipe's parts are named by, in the languages we read: the ingredients ("Zutaten", "składniki") and
 * the steps ("Method", "Zubereitung"). A page's markup names its boxes by them, a dump heads the parts with them.
 */
public final class RecipeWords {

    public static final Set<String> INGREDIENTS = Set.of("ingredient", "ingredients", "zutaten", "zutat",
            "ingredientes", "ingrediente", "ingredienti", "ingrédients", "skladniki", "składniki", "ingredienser");
    public static final Set<String> STEPS = Set.of("instructions", "instruction", "directions", "method", "steps",
            "preparation", "zubereitung", "zubereitungsschritte", "preparacion", "preparación", "preparazione",
            "przygotowanie", "procedimento", "instrucciones");

    private RecipeWords() {
    }
}
