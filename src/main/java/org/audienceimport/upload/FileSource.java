package org.audienceimport.upload;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.audienceimport.convert.Conversion;
import org.audienceimport.convert.ConvertedRow;
import org.audienceimport.mapping.Mapping;
import org.audienceimport.mapping.MappingException;
import org.audienceimport.source.ReadOptions;
import org.audienceimport.source.Row;
import org.audienceimport.source.SheetInfo;
import org.audienceimport.source.SourceException;
import org.audienceimport.source.TableSource;
import org.audienceimport.source.TableSources;
import org.audienceimport.source.Column;
import org.audienceimport.upload.http.Endpoint;
import org.audienceimport.upload.journal.UploadKey;
import org.audienceimport.upload.prepare.ObjectTooLargeException;
import org.audienceimport.upload.prepare.PrepareSettings;
import org.audienceimport.upload.prepare.Preparation;
import org.audienceimport.upload.prepare.PreparedUpload;
import org.audienceimport.upload.prepare.PreparedUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A spreadsheet sent straight from its sheet: converted through its mapping and packed, exactly as
 * {@code prepare} packs, into a scratch folder under the app's cache folder, which is removed when the
 * upload ends. Nothing is written beside the user's file.
 */
public final class FileSource implements UploadSource {

    private static final Logger LOG = LoggerFactory.getLogger(FileSource.class);
    private static final String FOLDER = "uploads";
    /** Scratch folders older than this were left by a run that crashed; they are removed. */
    private static final Duration STALE = Duration.ofDays(1);
    private static final int ROWS_BETWEEN_REPORTS = 500;

    private final Path file;
    private final ReadOptions readOptions;
    private final Mapping mapping;
    private final String canonicalMapping;
    private final Conversion conversion;
    private final PrepareSettings packing;
    private final String appVersion;
    private final Conversion.RowListener rowListener;
    private final UnaryOperator<TableSource> view;

    /**
     * @param mapping          the mapping, its segment already the one to send to
     * @param canonicalMapping the mapping as canonical JSON ({@code MappingJson.write}): part of the upload's key
     * @param packing          the request size limit (its segment is ignored: the mapping's is sent)
     * @param rowListener      sees every row (issue list, error report); may be null
     */
    public FileSource(Path file, ReadOptions readOptions, Mapping mapping, String canonicalMapping, Conversion conversion,
                      PrepareSettings packing, String appVersion, Conversion.RowListener rowListener) {
        this.file = Objects.requireNonNull(file, "file");
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.canonicalMapping = Objects.requireNonNull(canonicalMapping, "canonicalMapping");
        this.conversion = Objects.requireNonNull(conversion, "conversion");
        this.packing = Objects.requireNonNull(packing, "packing");
        this.appVersion = appVersion;
        this.rowListener = rowListener;
        this.view = UnaryOperator.identity();
    }

    private FileSource(FileSource base, UnaryOperator<TableSource> view) {
        this.file = base.file;
        this.readOptions = base.readOptions;
        this.mapping = base.mapping;
        this.canonicalMapping = base.canonicalMapping;
        this.conversion = base.conversion;
        this.packing = base.packing;
        this.appVersion = base.appVersion;
        this.rowListener = base.rowListener;
        this.view = view;
    }

    /**
     * The same upload, reading the file through {@code view}: the wizard puts the values the user corrected
     * in the check in place of the cells they replace. The file itself is never changed. Corrected batches
     * differ from the file's, so the journal (which matches batch checksums) sends them again.
     */
    public FileSource readThrough(UnaryOperator<TableSource> view) {
        return new FileSource(this, Objects.requireNonNull(view, "view"));
    }

    @Override
    public String name() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public Staged stage(Path scratchFolder, LongConsumer rowsRead, BooleanSupplier cancelled)
            throws UploadSourceException, IOException {
        Path uploads = scratchFolder.resolve(FOLDER);
        Files.createDirectories(uploads);
        removeStale(uploads);
        Path folder = uploads.resolve(UUID.randomUUID().toString());
        boolean staged = false;
        try (TableSource opened = TableSources.open(file, readOptions)) {
            Preparation.Outcome outcome = new Preparation(conversion, appVersion).run(file, view.apply(opened), mapping,
                    new ObjectMapper().readTree(canonicalMapping), folder,
                    new PrepareSettings(packing.maxRequestBytes(), packing.reservedCredentialBytes(), OptionalLong.empty()),
                    new Counting(rowListener, rowsRead, cancelled));
            PreparedUpload upload = PreparedUpload.open(folder);
            staged = true;
            return new Staged(upload, Optional.of(outcome.summary()),
                    outcome.result().skipped().stream().map(ObjectTooLargeException::text).toList(),
                    () -> deleteTree(folder));
        } catch (SourceException e) {
            throw new UploadSourceException(e.text(), e);
        } catch (MappingException e) {
            throw new UploadSourceException(e.text(), e);
        } catch (PreparedUploadException e) {
            throw new UploadSourceException(e.text(), e);
        } finally {
            if (!staged) {
                deleteTree(folder);
            }
        }
    }

    @Override
    public UploadKey key(Staged staged, Endpoint endpoint, String shopId) {
        String sha256 = staged.upload().manifest().source().orElseThrow().sha256();
        return UploadKey.file(sha256, canonicalMapping, packing.maxRequestBytes(), endpoint.base(), shopId,
                staged.upload().manifest().segmentId());
    }

    private static void removeStale(Path uploads) {
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(uploads)) {
            for (Path folder : folders) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    deleteTree(folder);
                }
            }
        } catch (IOException e) {
            LOG.debug("Old scratch folders in {} could not all be removed", uploads, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Passes rows on, counts them for the progress display, and stops the conversion on cancel. */
    private record Counting(Conversion.RowListener next, LongConsumer rowsRead, BooleanSupplier cancelled,
                            long[] rows) implements Conversion.RowListener {
        Counting(Conversion.RowListener next, LongConsumer rowsRead, BooleanSupplier cancelled) {
            this(next, rowsRead, cancelled, new long[1]);
        }

        @Override
        public void onTable(SheetInfo sheet, int headerRow, java.util.List<Column> columns) throws IOException {
            if (next != null) {
                next.onTable(sheet, headerRow, columns);
            }
        }

        @Override
        public void onRow(Row source, ConvertedRow converted) throws IOException {
            if (next != null) {
                next.onRow(source, converted);
            }
            if (++rows[0] % ROWS_BETWEEN_REPORTS == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The upload was cancelled while the file was being checked.");
                }
                rowsRead.accept(rows[0]);
            }
        }
    }
}
