package dev.newsdesk.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts articles per section as {@code ?section=} finds them: one section per case-folded name
 * ({@link Keys#normalize}), so "News" and "news" are one, listed under the spelling most of its articles use (the
 * first in alphabetical order on a tie). Stored sections keep the spelling their pages gave; this is read time.
 */
final class SectionTally {

    /** Articles per spelling, by case-folded name. */
    private final Map<String, Map<String, Long>> byKey = new TreeMap<>();

    /** Counts {@code articles} articles of {@code section}; a blank or missing section is none. */
    void add(String section, long articles) {
        if (section == null || section.isBlank()) return;
        byKey.computeIfAbsent(Keys.normalize(section), k -> new HashMap<>()).merge(section.strip(), articles, Long::sum);
    }

    /** Every section with its number of articles, largest first, then by name. */
    List<SectionCount> counts() {
        List<SectionCount> out = new ArrayList<>(byKey.size());
        for (Map<String, Long> counted : byKey.values()) {
            Map<String, Long> spellings = new HashMap<>(counted);
            spellings.values().removeIf(n -> n <= 0);  // spellings no article uses any more
            if (spellings.isEmpty()) continue;
            String name = spellings.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            out.add(new SectionCount(name, spellings.values().stream().mapToLong(Long::longValue).sum()));
        }
        out.sort(Comparator.comparingLong(SectionCount::articles).reversed().thenComparing(SectionCount::name));
        return out;
    }
}
