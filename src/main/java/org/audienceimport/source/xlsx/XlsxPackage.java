package org.audienceimport.source.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;

/**
 * The zip package of a workbook, with its parts found through relationships. Relationship types are
 * matched by their last segment so that transitional ({@code http://schemas.openxmlformats.org/...})
 * and Strict ({@code http://purl.oclc.org/ooxml/...}) workbooks are found alike.
 */
final class XlsxPackage implements Closeable {

    private final OPCPackage opc;
    /** Set only for a package decrypted into memory, whose streams POI does not guard against zip bombs. */
    private final ZipFile inMemoryZip;

    private XlsxPackage(OPCPackage opc, ZipFile inMemoryZip) {
        this.opc = opc;
        this.inMemoryZip = inMemoryZip;
    }

    /** Opens read-only through POI's ZipSecureFile, which refuses zip bombs as parts are read. */
    static XlsxPackage open(Path file) throws InvalidFormatException {
        return new XlsxPackage(OPCPackage.open(file.toFile(), PackageAccess.READ), null);
    }

    /** Opens a package held in memory (a decrypted workbook): nothing of it touches the disk. */
    static XlsxPackage openInMemory(byte[] zipBytes) throws IOException, InvalidFormatException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zipBytes)).get();
        try {
            return new XlsxPackage(OPCPackage.open(new ZipFileZipEntrySource(zip)), zip);
        } catch (InvalidFormatException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    PackagePart workbookPart() throws InvalidFormatException {
        for (PackageRelationship relationship : opc.getRelationships()) {
            if (hasType(relationship, "officeDocument")) {
                PackagePart part = opc.getPart(relationship);
                if (part != null) {
                    return part;
                }
            }
        }
        throw new InvalidFormatException("The package has no workbook part");
    }

    /** The first part the source relates to with this relationship type (last segment), if any. */
    Optional<PackagePart> related(PackagePart source, String typeName) throws InvalidFormatException {
        for (PackageRelationship relationship : source.getRelationships()) {
            if (hasType(relationship, typeName)) {
                PackagePart part = source.getRelatedPart(relationship);
                if (part != null) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    /** The part behind a relationship id, such as a sheet's r:id in workbook.xml. */
    Optional<PackagePart> relatedById(PackagePart source, String relationshipId) throws InvalidFormatException {
        PackageRelationship relationship = source.getRelationship(relationshipId);
        if (relationship == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(source.getRelatedPart(relationship));
    }

    InputStream read(PackagePart part) throws IOException {
        InputStream in = part.getInputStream();
        if (inMemoryZip != null && part instanceof ZipPackagePart zipPart) {
            ZipArchiveEntry entry = zipPart.getZipArchive();
            return new ExpansionGuard(in, entry.getCompressedSize());
        }
        return in;
    }

    private static boolean hasType(PackageRelationship relationship, String typeName) {
        String type = relationship.getRelationshipType();
        return type != null && type.endsWith("/" + typeName);
    }

    @Override
    public void close() throws IOException {
        try {
            // READ access: POI reverts instead of saving, so the file is never written.
            opc.revert();
        } finally {
            if (inMemoryZip != null) {
                inMemoryZip.close();
            }
        }
    }
}
