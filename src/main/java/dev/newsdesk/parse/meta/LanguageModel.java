package dev.newsdesk.parse.meta;

import com.carrotsearch.labs.langid.Model;
import java.lang.reflect.Field;

/**
 * langid.py's naive Bayes model of 97 languages (the copy langid-java ships), laid out for scoring: each byte n-gram
 * feature's weights for all the languages side by side. langid-java keeps them a language at a time, so scoring a
 * text gathered one float from a different cache line for every feature and language (~50,000 lines for a
 * paragraph, most of them cold after the page's parse); side by side they are a few lines a feature. The scores are
 * the same floats, added in the same order.
 */
final class LanguageModel {

    /** The floats of a 64-byte cache line. */
    private static final int FLOATS_PER_LINE = 16;

    /** The model langid-java reads from its jar, read once. */
    static final LanguageModel DEFAULT = of(Model.defaultModel());

    /** The ISO 639-1 code of each language, by its index in the scores. */
    private final String[] languages;
    /** The automaton that finds the features. */
    private final FeatureAutomaton finder;
    /** The log prior of each language. */
    private final float[] prior;
    /** The log probability of each feature in each language, at {@code feature * languages + language}. */
    private final float[] weights;
    private final ThreadLocal<Counts> counts;

    private LanguageModel(String[] languages, FeatureAutomaton finder, float[] prior, float[] weights, int features) {
        this.languages = languages;
        this.finder = finder;
        this.prior = prior;
        this.weights = weights;
        this.counts = ThreadLocal.withInitial(() -> new Counts(features, languages.length));
    }

    /**
     * The tables of langid-java's model. They are package-private there and the library offers no scoring that
     * does not read them language by language, so they are read once by reflection (the version is pinned).
     */
    private static LanguageModel of(Model model) {
        String[] languages = (String[]) field(model, "langClasses");
        int features = (Integer) field(model, "numFeatures");
        float[] byLanguage = (float[]) field(model, "nb_ptc");
        int n = languages.length;
        float[] byFeature = new float[byLanguage.length];
        for (int lang = 0; lang < n; lang++) {
            for (int f = 0; f < features; f++) byFeature[f * n + lang] = byLanguage[lang * features + f];
        }
        return new LanguageModel(languages, automaton(model), (float[]) field(model, "nb_pc"), byFeature, features);
    }

    /** The automaton of langid-java's model, kept compact. */
    static FeatureAutomaton automaton(Model model) {
        return FeatureAutomaton.of(denseAutomaton(model), completed(model));
    }

    /** langid-java's automaton: the state after a byte is {@code next[state << 8 | byte]}. */
    static short[] denseAutomaton(Model model) {
        return (short[]) field(model, "dsa");
    }

    /** The features each state of {@link #denseAutomaton} completes, in the order they are counted; null if none. */
    static int[][] completed(Model model) {
        return (int[][]) field(model, "dsaOutput");
    }

    private static Object field(Model model, String name) {
        try {
            Field f = Model.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("langid-java's model has no readable " + name, e);
        }
    }

    /** How many languages the model tells apart. */
    int languages() {
        return languages.length;
    }

    /** The ISO 639-1 code of the language at {@code index} of the scores. */
    String language(int index) {
        return languages[index];
    }

    /**
     * The log-likelihood of {@code utf8[0, length)} in each language, by index (not normalized). The array is this
     * thread's own and is overwritten by its next call.
     */
    float[] scores(byte[] utf8, int length) {
        Counts c = counts.get();
        c.clear();
        int state = FeatureAutomaton.root();
        for (int i = 0; i < length; i++) {
            state = finder.next(state, utf8[i] & 0xFF);
            for (int k = 0, done = finder.featureCount(state); k < done; k++) c.add(finder.feature(state, k));
        }
        int n = languages.length;
        float[] sums = c.sums;
        c.touched = touch(c, n);
        java.util.Arrays.fill(sums, 0f);
        // feature by feature, so that each language's sum adds the features in the order they were first found
        for (int k = 0; k < c.size; k++) {
            float count = c.counts[k];
            int row = c.features[k] * n;
            for (int lang = 0; lang < n; lang++) sums[lang] += count * weights[row + lang];
        }
        for (int lang = 0; lang < n; lang++) sums[lang] = prior[lang] + sums[lang];
        return sums;
    }

    /**
     * Reads one weight of every cache line of the text's rows, loads that do not wait on one another, so that the
     * memory fetches them side by side before the sums need them (the rows are cold by the time a page is scored).
     */
    private float touch(Counts c, int n) {
        float any = 0;
        for (int k = 0; k < c.size; k++) {
            int row = c.features[k] * n;
            for (int lang = 0; lang < n; lang += FLOATS_PER_LINE) any += weights[row + lang];
        }
        return any;
    }

    /** The features of a text with how often each occurs, in the order first found: a sparse set of counts. */
    private static final class Counts {
        /** Where each feature is in {@link #features}, if it is there (stale entries are checked against it). */
        private final int[] slot;
        private final int[] features;
        private final int[] counts;
        private final float[] sums;
        private int size;
        /** What {@link #touch} read, kept so that its loads are not dropped as unused. */
        private float touched;

        Counts(int featureCount, int languageCount) {
            slot = new int[featureCount];
            features = new int[featureCount];
            counts = new int[featureCount];
            sums = new float[languageCount];
        }

        void clear() {
            size = 0;
        }

        void add(int feature) {
            int at = slot[feature];
            if (at < size && features[at] == feature) {
                counts[at]++;
            } else {
                slot[feature] = size;
                features[size] = feature;
                counts[size++] = 1;
            }
        }
    }
}
