package dev.newsdesk.parse;

import dev.newsdesk.article.ArticleContent;
import dev.newsdesk.article.Format;
import dev.newsdesk.parse.html.HtmlReader;
import dev.newsdesk.parse.input.CharsetVerdict;
import dev.newsdesk.parse.input.FormatSniffer;
import dev.newsdesk.parse.input.TextDecoder;
import dev.newsdesk.parse.json.JsonArticleReader;
import dev.newsdesk.parse.markdown.MarkdownReader;
import dev.newsdesk.parse.text.TextDumpReader;
import java.nio.charset.Charset;

/**
 * Turns an uploaded file into a clean article. Thread-safe; build one and reuse it.
 * Bytes → text (charset) → format → a reader's {@link Draft} → the shared metadata steps.
 */
public final class ArticleParser {

    /** Larger than any article page we have seen by far (pages with inline images run to a few MB). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** The head of the file the format is told from. */
    private static final int SNIFF_BYTES = 8_192;

    /**
     * Parses {@code bytes}; {@code fileName} (an upload's key) is a hint for the format, used after the content
     * itself, and its folder names the section when the file names none.
     */
    public ArticleContent parse(byte[] bytes, String fileName) throws RejectedFileException {
        return parse(bytes, fileName, null);
    }

    /**
     * Parses {@code bytes} as {@link #parse(byte[], String)} does, read in the charset {@code declaredCharset} names
     * (an upload's Content-Type charset; null: none) unless a byte-order mark says otherwise or the bytes contradict
     * it; a name no charset we read goes by is ignored.
     */
    public ArticleContent parse(byte[] bytes, String fileName, String declaredCharset) throws RejectedFileException {
        return ArticleAssembler.assemble(read(bytes, fileName, declaredCharset), fileName);
    }

    /**
     * Whether {@link #parse(byte[], String, String)} reads {@code bytes} in the charset {@code declaredCharset} names,
     * and why: what ingest logs and {@code parse --charset} prints for an upload that declares one.
     */
    public static CharsetVerdict charsetVerdict(byte[] bytes, String declaredCharset) {
        return TextDecoder.verdict(bytes, declaredCharset);
    }

    /**
     * Reads {@code bytes} into a draft: the article's blocks and what the file says about it, before enrichment.
     * {@code declaredCharset}: the charset the upload declares, null when none.
     */
    public Draft read(byte[] bytes, String fileName, String declaredCharset) throws RejectedFileException {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedFileException(RejectedFileException.Reason.EMPTY, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw RejectedFileException.tooLarge(bytes.length, MAX_BYTES);
        }
        FormatSniffer.refuseBinary(bytes);
        Charset charset = TextDecoder.detect(bytes, declaredCharset);
        Format format = FormatSniffer.sniff(TextDecoder.head(bytes, charset, SNIFF_BYTES), fileName);
        return SafeText.clean(switch (format) {
            case HTML -> HtmlReader.read(bytes, TextDecoder.bomLength(bytes), charset); // decoded as it is parsed
            case MARKDOWN -> MarkdownReader.read(text(bytes, charset));
            case JSON -> JsonArticleReader.read(text(bytes, charset));
            case TEXT -> TextDumpReader.read(text(bytes, charset));
        });
    }

    private static String text(byte[] bytes, Charset charset) throws RejectedFileException {
        String text = TextDecoder.decode(bytes, charset);
        if (text.isBlank()) {
            throw new RejectedFileException(RejectedFileException.Reason.EMPTY, "the file holds only whitespace");
        }
        return text;
    }
}
