package dev.newsdesk.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsdesk.article.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads feeds and sitemaps back the way their consumers do: RSS and Atom with ROME, a real feed parser; JSON Feed
 * against its schema (src/test/resources/feeds/jsonfeed-1.1.schema.json); the news sitemap against the sitemap and
 * Google News schemas (sitemap.xsd, sitemap-news.xsd beside it). Each throws when the document does not pass.
 */
public final class FeedValidators {

    private static final Path RESOURCES = Path.of("src/test/resources/feeds");
    private static final JsonSchema JSON_FEED = jsonFeedSchema();
    private static final Schema SITEMAP = sitemapSchema();

    private FeedValidators() {
    }

    /** An RSS or Atom document as ROME reads it. */
    public static SyndFeed rome(String xml) {
        try {
            return new SyndFeedInput().build(new StringReader(xml));
        } catch (FeedException e) {
            throw new AssertionError("ROME does not read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** A JSON Feed document, parsed, after it passed the schema. */
    public static JsonNode jsonFeed(String json) {
        JsonNode feed;
        try {
            feed = ArticleJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        Set<ValidationMessage> errors = JSON_FEED.validate(feed);
        if (!errors.isEmpty()) throw new AssertionError("JSON Feed 1.1 schema: " + errors + "\n" + json);
        return feed;
    }

    /** A news sitemap, parsed, after it passed the sitemap and Google News schemas. */
    public static Document sitemap(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            SITEMAP.newValidator().validate(new DOMSource(document));
            return document;
        } catch (SAXException e) {
            throw new AssertionError("the sitemap does not pass its schemas: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema jsonFeedSchema() {
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("jsonfeed-1.1.schema.json"))) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema sitemapSchema() {
        try {
            // The news schema first: the core schema's url validates news:news strictly against it.
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource[] {
                    new StreamSource(RESOURCES.resolve("sitemap-news.xsd").toFile()),
                    new StreamSource(RESOURCES.resolve("sitemap.xsd").toFile())});
        } catch (SAXException e) {
            throw new IllegalStateException("the test schemas do not load", e);
        }
    }
}
