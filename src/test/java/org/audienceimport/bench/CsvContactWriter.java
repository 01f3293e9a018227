package org.audienceimport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** Writes contacts as an RFC 4180 CSV: UTF-8, comma-delimited, CRLF, quoting only where needed. */
final class CsvContactWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvContactWriter() {
    }

    static void write(OutputStream out, long rows, long seed) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        ContactFaker faker = new ContactFaker(seed);
        String[] fields = new String[Contact.COLUMNS];
        writeRecord(writer, Contact.HEADER);
        for (long i = 0; i < rows; i++) {
            Contact c = faker.next();
            fields[0] = Long.toString(c.id());
            fields[1] = c.email();
            fields[2] = c.phone();
            fields[3] = Long.toString(c.phoneNumber());
            fields[4] = c.firstName();
            fields[5] = c.lastName();
            fields[6] = c.firstNameRu();
            fields[7] = c.gender();
            fields[8] = c.birthdayText();
            fields[9] = c.loyaltyId();
            fields[10] = c.bonuses();
            fields[11] = c.boughtSomething();
            fields[12] = c.city();
            fields[13] = c.segment();
            fields[14] = c.notes();
            fields[15] = c.country();
            fields[16] = c.channel();
            fields[17] = DATE_TIME.format(c.registeredAt());
            fields[18] = Integer.toString(c.ordersCount());
            fields[19] = c.subscribed() ? "TRUE" : "FALSE";
            writeRecord(writer, fields);
        }
        writer.flush();
    }

    private static void writeRecord(Writer writer, String[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writeField(writer, fields[i]);
        }
        writer.write("\r\n");
    }

    private static void writeField(Writer writer, String value) throws IOException {
        if (!needsQuotes(value)) {
            writer.write(value);
            return;
        }
        writer.write('"');
        writer.write(value.replace("\"", "\"\""));
        writer.write('"');
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }
}
