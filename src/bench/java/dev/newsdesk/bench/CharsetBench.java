package dev.newsdesk.bench;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.input.TextDecoder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Charset guessing on Lingua's test sentences (the first 500 of each language, as {@link LanguageBench} reads
 * them): each language's texts of five sentences saved in each older code page the language was written in, with
 * nothing to declare it, as an editor's old files are. A text is read right when the charset guessed decodes it to
 * the text saved. ICU4J's {@code CharsetDetector}, the detector Java libraries commonly use, reads the same bytes in
 * the same run. Texts a code page cannot hold, or that it writes in ASCII only, are left out.
 *
 * <pre>./newsdesk bench charsets LINGUA_CLONE_OR_SENTENCES_DIR</pre>
 */
public final class CharsetBench {

    /** The code pages each language's older files were saved in. */
    private static final Map<String, List<String>> CODE_PAGES = Map.ofEntries(
            western("en"), western("de"), western("fr"), western("es"), western("pt"), western("it"), western("nl"),
            western("sv"), western("da"), western("nb"), western("fi"), western("is"), western("ca"), western("eu"),
            western("ga"), western("af"), western("id"), western("ms"), western("sw"), western("so"), western("tl"),
            Map.entry("pl", List.of("windows-1250", "ISO-8859-2")), Map.entry("cs", List.of("windows-1250", "ISO-8859-2")),
            Map.entry("sk", List.of("windows-1250", "ISO-8859-2")), Map.entry("hu", List.of("windows-1250", "ISO-8859-2")),
            Map.entry("hr", List.of("windows-1250")), Map.entry("sl", List.of("windows-1250")),
            Map.entry("bs", List.of("windows-1250")), Map.entry("ro", List.of("windows-1250")),
            Map.entry("sq", List.of("windows-1250")), Map.entry("tr", List.of("windows-1254")),
            Map.entry("az", List.of("windows-1254")), Map.entry("lt", List.of("windows-1257")),
            Map.entry("lv", List.of("windows-1257")), Map.entry("et", List.of("windows-1257")),
            Map.entry("ru", List.of("windows-1251", "KOI8-R", "IBM866")), Map.entry("uk", List.of("windows-1251", "KOI8-U")),
            Map.entry("be", List.of("windows-1251")), Map.entry("bg", List.of("windows-1251")),
            Map.entry("mk", List.of("windows-1251")), Map.entry("sr", List.of("windows-1251")),
            Map.entry("kk", List.of("windows-1251")), Map.entry("mn", List.of("windows-1251")),
            Map.entry("el", List.of("windows-1253", "ISO-8859-7")), Map.entry("he", List.of("windows-1255")),
            Map.entry("ar", List.of("windows-1256")), Map.entry("fa", List.of("windows-1256")),
            Map.entry("ur", List.of("windows-1256")), Map.entry("th", List.of("x-windows-874")),
            Map.entry("ja", List.of("Shift_JIS", "EUC-JP")), Map.entry("ko", List.of("EUC-KR")),
            Map.entry("zh", List.of("GBK", "Big5")));

    /** What an older code page lacks, written as its writers wrote it. */
    private static final Map<Character, Character> STAND_INS = Map.ofEntries(Map.entry('„', '"'), Map.entry('“', '"'),
            Map.entry('”', '"'), Map.entry('«', '"'), Map.entry('»', '"'), Map.entry('ș', 'ş'), Map.entry('ț', 'ţ'),
            Map.entry('Ș', 'Ş'), Map.entry('Ț', 'Ţ'), Map.entry('ی', 'ي'), Map.entry('ک', 'ك'),
            Map.entry('\u200C', ' '));

    private CharsetBench() {
    }

    public static void main(String[] args) throws IOException, RejectedFileException {
        Path dir = LanguageBench.sentencesDir(Path.of(args[0]));
        System.out.printf("%-4s %-13s %6s %9s %9s%n", "lang", "code page", "texts", "newsdesk", "ICU4J");
        int texts = 0;
        int ours = 0;
        int icu = 0;
        for (String language : CODE_PAGES.keySet().stream().sorted().toList()) {
            Path file = dir.resolve(language + ".txt");
            if (!Files.exists(file)) continue;
            List<String> paragraphs = LanguageBench.paragraphs(LanguageBench.development(file));
            for (String name : CODE_PAGES.get(language)) {
                Charset codePage = Charset.forName(name);
                int n = 0;
                int right = 0;
                int peerRight = 0;
                for (String paragraph : paragraphs) {
                    String text = inCodePage(paragraph, codePage);
                    if (text == null) continue;
                    byte[] bytes = text.getBytes(codePage);
                    if (isAscii(bytes)) continue;
                    n++;
                    if (text.equals(TextDecoder.decode(bytes, TextDecoder.detect(bytes)))) right++;
                    if (text.equals(icuReading(bytes))) peerRight++;
                }
                if (n == 0) continue;
                System.out.printf("%-4s %-13s %6d %9.3f %9.3f%n", language, name, n, (double) right / n,
                        (double) peerRight / n);
                texts += n;
                ours += right;
                icu += peerRight;
            }
        }
        System.out.printf("%-18s %6d %9.3f %9.3f   (%d and %d read right)%n", "all", texts, (double) ours / texts,
                (double) icu / texts, ours, icu);
    }

    private static Map.Entry<String, List<String>> western(String language) {
        return Map.entry(language, List.of("windows-1252"));
    }

    /** {@code text} with the stand-ins for what {@code codePage} lacks; null when it still cannot hold it. */
    private static String inCodePage(String text, Charset codePage) {
        CharsetEncoder encoder = codePage.newEncoder();
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) s.append(encoder.canEncode(c) ? c : STAND_INS.getOrDefault(c, c));
        return encoder.canEncode(s) ? s.toString() : null;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    private static String icuReading(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match == null || !Charset.isSupported(match.getName())) return null;
        return new String(bytes, Charset.forName(match.getName()));
    }
}
