package se.platslage.planfile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens an uploaded file as an xlsx package, or says plainly why not: not a spreadsheet, an old .xls, a
 * password-protected workbook, too large, a zip bomb.
 *
 * IMPLEMENTATION NOTE: an encrypted xlsx is not a zip but an OLE2 container holding "EncryptionInfo" (ECMA-376
 * Agile Encryption), which is how it is told from an old .xls. POI's zip-bomb guards (ZipSecureFile) are
 * JVM-wide static settings; they are set here from {@link PlanFileLimits} before each open. The package is
 * opened from a file, read-only, so POI reads parts on demand instead of unzipping everything into memory.
 */
final class XlsxFile {

    private XlsxFile() {
    }

    static OPCPackage open(Path file, PlanFileLimits limits) {
        long size = size(file);
        if (size > limits.maxFileBytes()) {
            throw new PlanFileException("Filen är " + mb(size) + " MB; högst " + mb(limits.maxFileBytes())
                    + " MB kan läsas in.");
        }
        FileMagic magic = magic(file);
        if (magic == FileMagic.OLE2) {
            throw new PlanFileException(isEncrypted(file)
                    ? "Filen är lösenordsskyddad (krypterad). Spara den utan lösenord och försök igen."
                    : "Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) och försök igen.");
        }
        if (magic != FileMagic.OOXML) {
            throw new PlanFileException("Filen är inte en Excel-arbetsbok (.xlsx).");
        }
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new PlanFileException(bombOrBroken(e), e);
        }
    }

    /** POI reports zip-bomb limits as IOExceptions deep in the cause chain, also when a part is read later. */
    static String bombOrBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("ZipSecureFile")
                    || message.contains("exceeds the max") || message.contains("max entry size")) {
                return "Filen packas upp till mer än vad en åtgärdsplan kan vara (misstänkt zip-bomb); den läses inte in.";
            }
        }
        return "Filen är inte en giltig Excel-arbetsbok (.xlsx): " + e.getMessage();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PlanFileException("Filen kunde inte läsas: " + e.getMessage(), e);
        }
    }

    private static FileMagic magic(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new PlanFileException("Filen kunde inte läsas: " + e.getMessage(), e);
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException e) {
            return false;
        }
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1_048_576.0);
    }
}
