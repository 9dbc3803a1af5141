package dev.newsdesk.bench;

import dev.newsdesk.parse.RejectedFileException;
import dev.newsdesk.parse.html.DocumentOutline;
import dev.newsdesk.parse.input.TextDecoder;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * How often our HTML parser builds the document jsoup's builds, on real pages: {@code ./newsdesk bench documents
 * DIR...} reads every {@code .html}, {@code .htm} and {@code .html.gz} file under the folders, parses each with
 * both, and compares their {@link DocumentOutline outlines} (every element with the attributes the reader reads,
 * every text as written). Prints the count and, for each page that differs, the first line that does.
 */
public final class DocumentsBench {

    public static void main(String[] args) throws IOException {
        int same = 0;
        int total = 0;
        List<String> differ = new ArrayList<>();
        for (String dir : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                files = walk.filter(DocumentsBench::isPage).sorted().toList();
            }
            for (Path file : files) {
                byte[] bytes = BenchPages.bytes(file);
                Charset charset;
                try {
                    charset = TextDecoder.detect(bytes);
                } catch (RejectedFileException e) {
                    continue; // not text: neither parser is asked
                }
                int bom = TextDecoder.bomLength(bytes);
                List<String> ours = DocumentOutline.of(DocumentOutline.parse(bytes, bom, charset));
                Document theirs = Jsoup.parse(new String(bytes, bom, bytes.length - bom, charset));
                List<String> jsoup = DocumentOutline.of(theirs);
                total++;
                if (ours.equals(jsoup)) {
                    same++;
                } else {
                    int line = 0;
                    while (line < ours.size() && line < jsoup.size() && ours.get(line).equals(jsoup.get(line))) line++;
                    differ.add(String.format("%s, line %d of %d: jsoup %s | ours %s", file.getFileName(), line + 1,
                            jsoup.size(), at(jsoup, line), at(ours, line)));
                }
            }
        }
        System.out.printf("%d of %d pages: the same document as jsoup's%n", same, total);
        for (String d : differ) System.out.println("  " + d);
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz"));
    }

    private static String at(List<String> outline, int line) {
        if (line >= outline.size()) return "(end)";
        String s = outline.get(line).strip();
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
