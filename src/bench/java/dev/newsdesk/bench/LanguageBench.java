package dev.newsdesk.bench;

import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.newsdesk.parse.meta.LanguageDetector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Language accuracy on Lingua's test sentences ({@code src/accuracyReport/resources/language-testdata/sentences/
 * <code>.txt} of github.com/pemistahl/lingua, one sentence a line, 79 languages): each language's share of texts
 * told right, for single sentences and for texts of five sentences in a row (a news paragraph's length), with no
 * declared language and with {@code en} declared (a template's default over foreign prose); optimaize's
 * language-detector, the other library measured, reads the five-sentence texts in the same run.
 *
 * <p>Only sentences 1 to {@value #DEVELOPMENT_SENTENCES} of each file are read: the others are held out to check
 * that nothing was tuned on them.
 *
 * <pre>./newsdesk bench language LINGUA_CLONE_OR_SENTENCES_DIR</pre>
 */
public final class LanguageBench {

    /** Sentences 501-1000 of each file are held out: never read here. */
    static final int DEVELOPMENT_SENTENCES = 500;
    static final int PARAGRAPH_SENTENCES = 5;
    /** The goal: a language counts as handled when at least this share of its texts is told right. */
    static final double GOAL = 0.98;

    private static final String SENTENCES = "src/accuracyReport/resources/language-testdata/sentences";

    public static void main(String[] args) throws IOException {
        Path dir = sentencesDir(Path.of(args[0]));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.txt")).sorted().toList();
        }
        long loadStart = System.nanoTime();
        var optimaize = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        // Its generic Norwegian "no" counted as Bokmål, as newsdesk counts langid's.
        UnaryOperator<String> peer = t -> optimaize.detect(texts.forText(t)).transform(LdLocale::getLanguage)
                .transform(c -> c.equals("no") ? "nb" : c).or("?");

        System.out.printf("%-4s %9s %9s %13s %15s%n", "lang", "sentence", "5 sent.", "5, 'en' said", "optimaize 5");
        Tally sentence = new Tally(), paragraph = new Tally(), hinted = new Tally(), other = new Tally();
        long nanos = 0;
        long peerNanos = 0;
        int timed = 0;
        for (Path f : files) {
            String code = f.getFileName().toString().substring(0, 2);
            List<String> lines = development(f);
            List<String> paragraphs = paragraphs(lines);
            double s = share(lines, t -> LanguageDetector.detect(t, null), code);
            long start = System.nanoTime();
            double p = share(paragraphs, t -> LanguageDetector.detect(t, null), code);
            nanos += System.nanoTime() - start;
            timed += paragraphs.size();
            double h = share(paragraphs, t -> LanguageDetector.detect(t, "en"), code);
            start = System.nanoTime();
            double o = share(paragraphs, peer, code);
            peerNanos += System.nanoTime() - start;
            sentence.add(s);
            paragraph.add(p);
            hinted.add(h);
            other.add(o);
            System.out.printf(Locale.ROOT, "%-4s %9.3f %9.3f %13.3f %15.3f%n", code, s, p, h, o);
        }
        System.out.printf(Locale.ROOT, "%-4s %9s %9s %13s %15s   (languages right on >= %.0f%% of texts, of %d)%n",
                "≥98%", sentence.handled, paragraph.handled, hinted.handled, other.handled, GOAL * 100, files.size());
        System.out.printf(Locale.ROOT, "%-4s %9.4f %9.4f %13.4f %15.4f   (mean share over languages)%n", "mean",
                sentence.mean(), paragraph.mean(), hinted.mean(), other.mean());
        System.out.printf(Locale.ROOT, "per five-sentence text (wall): newsdesk %.1f µs, optimaize %.1f µs; "
                + "optimaize's profiles loaded in %d ms%n", nanos / 1000.0 / timed, peerNanos / 1000.0 / timed,
                loadMillis);
        // Texts as long as a page's sample: ten sentences, of which the detector reads SAMPLE_CHARS characters.
        List<String> pageSized = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = development(f);
            for (int i = 0; i + 10 <= Math.min(lines.size(), 40); i += 10) {
                pageSized.add(String.join(" ", lines.subList(i, i + 10)));
            }
        }
        System.out.printf(Locale.ROOT, "newsdesk per page-sized text (%d characters read) with a cold cache (CPU, "
                + "median of %d texts): %.1f µs%n", LanguageDetector.SAMPLE_CHARS, pageSized.size(),
                coldMicros(pageSized));
    }

    /**
     * The detector's CPU time per text when the model is not in the CPU's caches, as in a parse, where jsoup and
     * the extraction run between two detections: 16 MB of other memory is touched before each text.
     */
    static double coldMicros(List<String> texts) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        byte[] other = new byte[16 << 20];
        double[] micros = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            for (int b = 0; b < other.length; b += 64) other[b]++;
            long start = cpu.getCurrentThreadCpuTime();
            LanguageDetector.detect(texts.get(i), null);
            micros[i] = (cpu.getCurrentThreadCpuTime() - start) / 1000.0;
        }
        Arrays.sort(micros);
        return micros[micros.length / 2];
    }

    /** Lingua's directory of sentence files, given a clone of Lingua or the directory itself. */
    static Path sentencesDir(Path cloneOrDir) {
        return Files.isDirectory(cloneOrDir.resolve(SENTENCES)) ? cloneOrDir.resolve(SENTENCES) : cloneOrDir;
    }

    /** The file's first {@value #DEVELOPMENT_SENTENCES} lines, the only ones read. */
    static List<String> development(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; lines.size() < DEVELOPMENT_SENTENCES && (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Runs of {@value #PARAGRAPH_SENTENCES} consecutive sentences, each sentence in one run only. */
    static List<String> paragraphs(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + PARAGRAPH_SENTENCES <= sentences.size(); i += PARAGRAPH_SENTENCES) {
            out.add(String.join(" ", sentences.subList(i, i + PARAGRAPH_SENTENCES)));
        }
        return out;
    }

    /** The share of {@code texts} that {@code detector} says are in {@code code}. */
    static double share(List<String> texts, UnaryOperator<String> detector, String code) {
        if (texts.isEmpty()) return 0;
        int right = 0;
        for (String t : texts) if (code.equals(detector.apply(t))) right++;
        return right / (double) texts.size();
    }

    /** Per-language shares of one column. */
    private static final class Tally {
        int handled;
        double sum;
        int languages;

        void add(double share) {
            if (share >= GOAL) handled++;
            sum += share;
            languages++;
        }

        double mean() {
            return languages == 0 ? 0 : sum / languages;
        }
    }
}
