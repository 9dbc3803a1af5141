package dev.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdesk.parse.ArticleParser;
import dev.newsdesk.parse.RejectedFileException;
import java.nio.file.Path;

/** Prints what the parser makes of each file given (a {@code .gz} is unpacked first): a developer's preview. */
public final class ParseFile {

    public static void main(String[] args) throws Exception {
        ArticleParser parser = new ArticleParser();
        ObjectMapper json = new ObjectMapper();
        for (String arg : args) {
            Path p = Path.of(arg);
            byte[] bytes = BenchPages.bytes(p);
            String name = p.getFileName().toString();
            if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
            try {
                System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(parser.parse(bytes, name)));
            } catch (RejectedFileException e) {
                System.out.println(arg + ": rejected (" + e.reason().code() + "): " + e.getMessage());
            }
        }
    }
}
