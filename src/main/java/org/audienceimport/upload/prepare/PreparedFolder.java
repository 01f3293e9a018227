package org.audienceimport.upload.prepare;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.audienceimport.text.Text;

/**
 * The folder a prepared upload lives in: its file names, and the careful way files get there (written
 * under a temporary name, synced, then moved into place), so that a crash never leaves a file that
 * looks finished but is not.
 */
final class PreparedFolder {

    static final String MANIFEST = "manifest.json";
    static final String TEMP_SUFFIX = ".tmp";

    private static final Pattern BATCH = Pattern.compile("batch-\\d{5,}\\.json");
    /** Where the conversion parks objects while it merges duplicates; removed when it ends. */
    public static final String SPOOL_FILE = "objects.spool.tmp";
    private static final Pattern OURS = Pattern.compile("(batch-\\d{5,}\\.json|manifest\\.json|objects\\.spool)(\\.tmp)?");
    /** Files the system's file browser drops into folders it shows; they are left alone. */
    private static final Set<String> SYSTEM_LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final int NAMES_SHOWN = 5;

    private final Path folder;

    private PreparedFolder(Path folder) {
        this.folder = folder;
    }

    static String batchName(int number) {
        return String.format(Locale.ROOT, "batch-%05d.json", number);
    }

    static boolean isBatchName(String name) {
        return BATCH.matcher(name).matches();
    }

    static String quoted(Path path) {
        Path name = path.getFileName();
        return "\u201C" + (name == null ? path : name) + "\u201D";
    }

    /**
     * Makes {@code folder} ready for a new prepared upload: creates it, or empties it when it holds a
     * previous prepared upload (the manifest goes first, so the folder never looks complete while old
     * batches are removed). Refuses a folder that holds anything else.
     */
    static PreparedFolder claim(Path folder) throws PreparedUploadException, IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new PreparedUploadException(Text.of("upload.prepared.isAFile", quoted(folder)));
        }
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new PreparedUploadException(Text.of("upload.prepared.notAFolder", quoted(folder)), e);
        }
        List<String> foreign = new ArrayList<>();
        List<Path> ours = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (SYSTEM_LITTER.contains(name)) {
                    continue;
                }
                if (OURS.matcher(name).matches() && Files.isRegularFile(entry)) {
                    ours.add(entry);
                } else {
                    foreign.add(name);
                }
            }
        }
        if (!foreign.isEmpty()) {
            foreign.sort(null);
            List<String> shown = foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size()));
            throw new PreparedUploadException(foreign.size() > NAMES_SHOWN
                    ? Text.of("upload.prepared.folderNotEmptyMore", quoted(folder), List.copyOf(shown), foreign.size() - NAMES_SHOWN)
                    : Text.of("upload.prepared.folderNotEmpty", quoted(folder), List.copyOf(shown)));
        }
        PreparedFolder prepared = new PreparedFolder(folder);
        Path manifest = folder.resolve(MANIFEST);
        if (Files.deleteIfExists(manifest)) {
            prepared.sync();
        }
        for (Path entry : ours) {
            Files.deleteIfExists(entry);
        }
        return prepared;
    }

    Path path() {
        return folder;
    }

    Path resolve(String name) {
        return folder.resolve(name);
    }

    static Path temporary(Path target) {
        return target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    }

    /** Moves a finished, synced temporary file to its real name. */
    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a small file the same careful way batches are written. */
    void writeCarefully(String name, byte[] bytes) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = temporary(target);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        moveIntoPlace(temporary, target);
    }

    /**
     * Makes the folder's list of names durable (the renames before it). Some systems (Windows) cannot
     * open a folder for this; there the moves are as durable as the system makes them anyway.
     */
    void sync() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort by design, see above.
        }
    }
}
