package io.github.tertib.cli;

import io.github.tertib.TertibException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reading and writing the files a command names, with errors as one sentence each: a directory, a
 * device, a binary or non-UTF-8 file and a missing directory are told apart, and a path that exists is
 * never reported as missing.
 */
final class Files {

    /** The largest file read: an SOP, an event log or a holidays file is small. */
    static final long MAX_BYTES = 64L << 20;

    private Files() {
    }

    /** Returns the text of a UTF-8 file. */
    static String read(String file) {
        byte[] bytes = bytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new TertibException(file + " is not UTF-8 text (byte 0x" + hex(bytes[in.position()]) + " at offset "
                    + in.position() + "): save it as UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            throw new TertibException(file + " is a binary file, not text (byte 0x00 at offset "
                    + text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length + ")");
        }
        return text;
    }

    /** Returns the bytes of a regular file. */
    static byte[] bytes(String file) {
        Path path = path(file);
        if (java.nio.file.Files.isDirectory(path)) {
            throw new TertibException(file + " is a directory: give a file");
        }
        if (!java.nio.file.Files.exists(path)) {
            throw new TertibException("there is no file " + file);
        }
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new TertibException(file + " is not a regular file (a device or a pipe): give a file");
        }
        try {
            if (java.nio.file.Files.size(path) > MAX_BYTES) {
                throw new TertibException(file + " has " + java.nio.file.Files.size(path) + " bytes, more than "
                        + MAX_BYTES + ": give a smaller file");
            }
            return java.nio.file.Files.readAllBytes(path);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new TertibException("cannot read " + file + ": " + reason(e));
        }
    }

    /** Writes the text as UTF-8, refusing a directory or a missing directory before writing anything. */
    static void write(String file, String text) {
        Path path = path(file);
        if (java.nio.file.Files.isDirectory(path)) {
            throw new TertibException(file + " is a directory: give the path of a file to write");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new TertibException("cannot write " + file + ": the directory " + parent
                    + (java.nio.file.Files.exists(parent) ? " is not a directory" : " does not exist")
                    + "; create it first or give another path");
        }
        try {
            java.nio.file.Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TertibException("cannot write " + file + ": " + reason(e));
        }
    }

    /** Returns whether the path names something that exists (a file, a directory, a device). */
    static boolean exists(String file) {
        try {
            return java.nio.file.Files.exists(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    static Path path(String file) {
        try {
            return Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new Cli.UsageException("\"" + file.replace("\u0000", "\\0") + "\" is not a valid path: "
                    + e.getReason());
        }
    }

    private static String hex(byte b) {
        return String.format("%02x", b & 0xff);
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it disappeared while being read";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
