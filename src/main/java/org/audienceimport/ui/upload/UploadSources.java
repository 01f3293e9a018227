package org.audienceimport.ui.upload;

import java.time.LocalDate;
import java.util.Optional;

import org.audienceimport.AppVersion;
import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.normalise.ValueNormalisers;
import org.audienceimport.mapping.FieldCatalog;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingJson;
import org.audienceimport.ui.common.ChosenTable;
import org.audienceimport.ui.common.EditedSource;
import org.audienceimport.ui.common.ValueEdits;
import org.audienceimport.ui.common.ImportSession;
import org.audienceimport.upload.FileSource;
import org.audienceimport.upload.PreparedSource;
import org.audienceimport.upload.UploadSource;
import org.audienceimport.upload.prepare.PrepareSettings;

/** What to send, from what the wizard knows: a prepared folder, or the file with its mapping (as the command line's upload does). */
public final class UploadSources {

    private final FieldCatalog catalog;
    private final PrepareSettings packing;

    public UploadSources(FieldCatalog catalog) {
        this(catalog, PrepareSettings.defaults());
    }

    /** With another request size limit, e.g. small requests so that a test sees several. */
    public UploadSources(FieldCatalog catalog, PrepareSettings packing) {
        this.catalog = catalog;
        this.packing = packing;
    }

    /** Empty while the session has neither a prepared folder nor a file with a mapping. */
    public Optional<UploadSource> from(ImportSession session) {
        if (session.preparedFolderProperty().get() != null) {
            return Optional.of(new PreparedSource(session.preparedFolderProperty().get()));
        }
        ChosenTable table = session.table();
        Mapping read = session.mappingProperty().get();
        if (table == null || read == null) {
            return Optional.empty();
        }
        Long segment = session.segmentIdProperty().get();
        Mapping mapping = segment == null ? read : new Mapping(read.sheet(), read.headerRow(), Optional.of(segment),
                read.phoneRegion(), read.dateOrder(), read.columns(), read.constants());
        FileSource source = new FileSource(table.file().path(), session.readOptionsProperty().get(), mapping,
                new MappingJson(catalog).write(mapping), new Conversion(new ValueNormalisers(), LocalDate.now(), false),
                packing, AppVersion.version(), null);
        ValueEdits edits = session.editsProperty().get();
        // The values corrected in the check are sent, not the file's.
        return Optional.of(edits.count() == 0 ? source : source.readThrough(opened -> EditedSource.of(opened, table, edits)));
    }
}
