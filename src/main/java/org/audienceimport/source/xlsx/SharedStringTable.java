package org.audienceimport.source.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared strings, read from sharedStrings.xml only as far as the cells have asked. The part
 * stays open and is parsed on until the highest index asked for so far is in the table. Excel and most
 * writers number strings in order of first use, so the first rows of a sheet need only the first strings:
 * a preview of a workbook with millions of strings does not wait for all of them, while a full read parses
 * the part once, interleaved with the sheet, into the same bounded {@link SharedStrings} store.
 *
 * <p>Rows of one workbook may be read on several threads in turn, so reading on is done under a lock; once
 * the part is read to its end, the table is only read and takes no lock.
 */
final class SharedStringTable implements Closeable {

    private final SharedStrings store;
    private final StringBuilder text = new StringBuilder();
    /** The part and its parser while it is being read; both null once it is read to its end, failed or closed. */
    private InputStream in;
    private XMLStreamReader reader;
    /** Why reading the part stopped short, told again to every later request. */
    private Exception failure;
    private volatile boolean complete;

    private SharedStringTable(SharedStrings store, InputStream in, XMLStreamReader reader) {
        this.store = store;
        this.in = in;
        this.reader = reader;
        this.complete = reader == null;
    }

    /** A workbook without shared strings. */
    static SharedStringTable empty() {
        return new SharedStringTable(SharedStrings.empty(), null, null);
    }

    /**
     * Takes over the sharedStrings.xml stream. Only its prolog is read now: a declared DTD (an entity
     * bomb) is refused here, before any cell is read.
     */
    static SharedStringTable open(XmlParts xml, InputStream in, long spillThreshold, SpillCipher cipher)
            throws XMLStreamException, IOException {
        return open(xml, in, spillThreshold, SharedStrings.DEFAULT_BLOCK_BYTES, cipher);
    }

    static SharedStringTable open(XmlParts xml, InputStream in, long spillThreshold, int blockBytes, SpillCipher cipher)
            throws XMLStreamException, IOException {
        XMLStreamReader reader;
        try {
            reader = xml.openAtRoot(in);
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw e;
        }
        return new SharedStringTable(new SharedStrings(spillThreshold, blockBytes, cipher), in, reader);
    }

    /** The string at this index, or null where the index lies outside the table. */
    String get(int index) throws XMLStreamException {
        if (complete) {
            return store.get(index);
        }
        synchronized (this) {
            readUpTo(index);
            return store.get(index);
        }
    }

    /** True when the text lives in a temporary file rather than on the heap (for tests). */
    synchronized boolean spilled() {
        return store.spilled();
    }

    /** How many strings have been parsed so far (for tests: a preview must not read them all). */
    synchronized int parsedSoFar() {
        return store.size();
    }

    private void readUpTo(int index) throws XMLStreamException {
        if (index < store.size()) {
            return;
        }
        if (failure != null) {
            throw new XMLStreamException(failure.getMessage(), failure);
        }
        if (reader == null) {
            return;
        }
        try {
            while (store.size() <= index) {
                if (!readItem()) {
                    finishReading();
                    return;
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            failure = e;
            closeStream();
            throw e instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage(), e);
        }
    }

    /** Parses the next {@code <si>} into the store; false at the end of the part. */
    private boolean readItem() throws XMLStreamException, IOException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "si".equals(reader.getLocalName())) {
                text.setLength(0);
                SharedStringsXml.readItem(reader, text);
                store.add(ExcelText.decode(text.toString()));
                return true;
            }
        }
        return false;
    }

    private void finishReading() throws IOException {
        closeStream();
        store.finish();
        complete = true;
    }

    private void closeStream() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // closing the parser frees nothing the stream close below does not
        } finally {
            reader = null;
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException e) {
                // a part read from the workbook holds no resource its package does not release
            } finally {
                in = null;
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            closeStream();
        } finally {
            store.close();
        }
    }
}
