package se.platslage.planimport;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where uploaded workbooks wait while they are imported: one directory per running process under
 * {@code <java.io.tmpdir>/platslage-imports/}, named by the process's node id and held by a file lock.
 *
 * <p>IMPLEMENTATION NOTE: the operating system releases a lock when its process dies, however it dies. So at
 * start-up every directory whose lock can be taken belongs to a process that is gone (killed during an
 * import, say): its uploads are deleted and the jobs it ran are marked failed at once. A directory still locked
 * belongs to a live process, also another instance on the same machine or another application context in the
 * same JVM (tests), and is left alone. This JVM's own directories are never probed: on Linux, closing any
 * channel to a file releases every lock the JVM holds on it, so probing a sibling context's lock would free it
 * for other processes to take (and delete the sibling's uploads).
 */
@Component
class ImportUploads {

    private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);
    private static final String LOCK = ".lock";
    private static final String STAGING = ".starting-";
    /** The directories of this JVM's live instances (application contexts), whose locks must not be probed. */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final String node = UUID.randomUUID().toString();
    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    ImportUploads(ImportJobStore jobs) throws IOException {
        Path root = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "platslage-imports"));
        // Locked before it gets the name others look at: a directory seen under its node id is never a live
        // process's that has not taken its lock yet (two instances starting at once).
        Path staging = Files.createDirectories(root.resolve(STAGING + node));
        lockChannel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.lock();
        directory = Files.move(staging, root.resolve(node), StandardCopyOption.ATOMIC_MOVE);
        OWN.add(directory);
        try (DirectoryStream<Path> others = Files.newDirectoryStream(root,
                p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(STAGING))) {
            for (Path other : others) {
                if (!OWN.contains(other) && abandoned(other)) {
                    int failed = jobs.failAbandoned(other.getFileName().toString());
                    log.warn("a process died during {} plan import(s); its uploads in {} are deleted", failed, other);
                    deleteTree(other);
                }
            }
        }
    }

    /** This process's id, written with each job it runs. */
    String node() {
        return node;
    }

    /** Saves an upload for an import; the caller deletes it with {@link ImportJobs#deleteQuietly} when done. */
    Path save(MultipartFile file) {
        try {
            Path path = Files.createTempFile(directory, "platslage-import-", ".xlsx");
            file.transferTo(path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean abandoned(Path other) {
        Path lockFile = other.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return false;
            }
            taken.release();
            return true;
        } catch (OverlappingFileLockException sameJvm) {
            return false;
        } catch (IOException e) {
            log.warn("could not check the upload directory {}", other, e);
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.warn("could not delete the abandoned upload directory {}", dir, e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        OWN.remove(directory);
        lock.release();
        lockChannel.close();
        deleteTree(directory);
    }
}
