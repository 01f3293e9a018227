package org.audienceimport.source.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLInputFactory2;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Creates the StAX readers for the parts of a workbook. A workbook's XML never has a document type
 * declaration, so one is refused outright: that is how "billion laughs" entity bombs are built, and
 * refusing it means no entity is ever expanded and nothing outside the file is ever fetched.
 */
final class XmlParts {

    private static final int PROLOG_BYTES = 4096;

    private final XMLInputFactory factory;

    XmlParts() {
        InputFactoryImpl aalto = new InputFactoryImpl();
        aalto.configureForSpeed();
        aalto.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        aalto.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        aalto.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        aalto.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        aalto.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        this.factory = aalto;
    }

    /** A reader positioned on the root element of the part. */
    XMLStreamReader openAtRoot(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(refusingDeclarations(in));
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RefusedXmlException();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader;
                }
            }
            throw new XMLStreamException("The part has no root element");
        } catch (XMLStreamException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Looks at the prolog before the parser does: a parser may choke on (or worse, process) a crafted
     * internal subset before it ever reports the DTD, and we want such a file refused, not "damaged".
     */
    private static InputStream refusingDeclarations(InputStream in) throws XMLStreamException {
        PushbackInputStream head = new PushbackInputStream(in, PROLOG_BYTES);
        try {
            byte[] bytes = head.readNBytes(PROLOG_BYTES);
            if (declaresDoctype(bytes)) {
                throw new RefusedXmlException();
            }
            head.unread(bytes);
            return head;
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    static boolean declaresDoctype(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFF);
        String text = utf16
                ? new String(bytes, (bytes[0] & 0xFF) == 0xFE || bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE)
                : new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.length();
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (next != '?' && next != '!') {
                end = i;
                break;
            }
        }
        return text.substring(0, end).toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }

    /** Moves past the current element's end; the reader must be on its start. */
    static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The value of the attribute with this local name, whatever its namespace; null where absent. */
    static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
            if (localName.equals(reader.getAttributeLocalName(i))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * The most text one cell may hold. Excel allows 32,767 characters; other writers a little more. A
     * longer text is how "text expansion" bombs multiply a small shared string into gigabytes of cells.
     */
    static final int MAX_CELL_TEXT = 100_000;

    /** Thrown for a cell text longer than {@link #MAX_CELL_TEXT}. */
    static final class TextTooLongException extends XMLStreamException {
        TextTooLongException() {
            super("A cell text is longer than " + MAX_CELL_TEXT + " characters");
        }
    }

    /** Thrown for XML that declares a DTD: an entity bomb or an external-entity attack. */
    static final class RefusedXmlException extends XMLStreamException {
        RefusedXmlException() {
            super("The part declares a DTD, which workbooks never do");
        }
    }
}
