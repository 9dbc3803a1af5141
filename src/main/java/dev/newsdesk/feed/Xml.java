package dev.newsdesk.feed;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document with the JDK's {@code XMLStreamWriter}, which escapes every text and attribute it is
 * given. It escapes but does not filter: characters XML 1.0 cannot carry at all (most control characters,
 * U+FFFE, lone surrogates) are dropped here, so that no stored text can make a document that does not parse.
 */
final class Xml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /** The part of a document between its declaration and its end. */
    interface Body {
        void write(Xml xml) throws XMLStreamException;
    }

    private final XMLStreamWriter out;

    private Xml(XMLStreamWriter out) {
        this.out = out;
    }

    /** The document {@code body} writes, UTF-8. */
    static String document(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(text);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(new Xml(writer));
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the XML writer failed on a string", e);
        }
        return text.toString();
    }

    /** Opens {@code name} in namespace {@code uri} under {@code prefix} ("" for the default namespace). */
    Xml start(String prefix, String name, String uri) throws XMLStreamException {
        out.writeStartElement(prefix, name, uri);
        return this;
    }

    /** Declares {@code prefix} ("" for the default namespace) on the element just opened. */
    Xml namespace(String prefix, String uri) throws XMLStreamException {
        if (prefix.isEmpty()) out.writeDefaultNamespace(uri);
        else out.writeNamespace(prefix, uri);
        return this;
    }

    /** An attribute on the element just opened; nothing when {@code value} is null. */
    Xml attribute(String name, Object value) throws XMLStreamException {
        if (value != null) out.writeAttribute(name, clean(value.toString()));
        return this;
    }

    Xml end() throws XMLStreamException {
        out.writeEndElement();
        return this;
    }

    /** Text inside the element just opened. */
    Xml text(String text) throws XMLStreamException {
        out.writeCharacters(clean(text));
        return this;
    }

    /** {@code <prefix:name>text</prefix:name>}; nothing when {@code text} is null. */
    Xml element(String prefix, String name, String uri, String text) throws XMLStreamException {
        if (text == null) return this;
        return start(prefix, name, uri).text(text).end();
    }

    /** The characters XML 1.0 allows: tab, line feed, carriage return, and U+0020 up, less U+FFFE/U+FFFF. */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && kept == null) kept = new StringBuilder(text.length()).append(text, 0, i);
            if (allowed && kept != null) kept.appendCodePoint(c);
            i += width;
        }
        return kept == null ? text : kept.toString();
    }
}
