package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead a paywalled page shows above its box of offers, while the whole text travels only in schema.org's
 * {@code articleBody}, which often leaves the lead out: when that body replaces the markup's, the markup's opening
 * paragraph opens it, if it reads as a lead (a sentence or more) and the structured text does not hold it already
 * (nor its opening words: a markup's lead may be the first paragraph cut short).
 */
final class PaywalledLead {

    private static final int MIN_WORDS = 10;
    /** How many of the lead's opening words, found in the structured text, show that it holds the lead. */
    private static final int OPENING_WORDS = 6;

    private PaywalledLead() {
    }

    /** {@code structured}, the blocks of the structured body, opened by the lead of {@code fromMarkup} if it lacks it. */
    static List<Block> opening(List<Block> fromMarkup, List<Block> structured) {
        Block lead = fromMarkup.isEmpty() ? null : fromMarkup.get(0);
        if (lead == null || !lead.isText() || Words.count(lead.text()) < MIN_WORDS
                || !BlockScorer.endsLikeSentence(lead.text())) {
            return structured;
        }
        String leadText = Words.squash(lead.text());
        // a text without spaces (Chinese counts a word a character) is its own opening
        List<String> words = List.of(leadText.split(" "));
        String opening = String.join(" ", words.subList(0, Math.min(OPENING_WORDS, words.size())));
        for (Block b : structured) {
            if (b.isText() && Words.squash(b.text()).contains(opening)) return structured;
        }
        List<Block> withLead = new ArrayList<>(structured.size() + 1);
        withLead.add(Block.paragraph(leadText));
        withLead.addAll(structured);
        return withLead;
    }
}
