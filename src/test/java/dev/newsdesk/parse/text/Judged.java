package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.BlockScorer;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import java.util.ArrayList;
import java.util.List;

/** Blocks of an English dump and the scorer's verdicts on them, for the tests of the steps that revise verdicts. */
record Judged(List<Candidate> blocks, List<Verdict> verdicts) {

    static Judged of(String... texts) {
        BlockScorer scorer = new BlockScorer("en", true);
        List<Candidate> blocks = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (String t : texts) {
            Candidate c = new Candidate(t, Candidate.Kind.PARAGRAPH, 0, false);
            blocks.add(c);
            verdicts.add(scorer.judge(c));
        }
        return new Judged(blocks, verdicts);
    }
}
