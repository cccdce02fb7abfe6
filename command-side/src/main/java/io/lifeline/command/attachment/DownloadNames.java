package io.lifeline.command.attachment;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * File names as people's devices named them, made safe to show and to save: no path, no control or
 * direction-changing characters, an extension that matches the sniffed type (so a text file named
 * {@code run.bat} is saved as {@code run.bat.txt}), and an RFC 6266 {@code Content-Disposition}.
 */
final class DownloadNames {
    static final int MAX_LENGTH = 100;
    private static final String FALLBACK = "attachment";

    private DownloadNames() {
    }

    /** A safe name for an upload of the given type, from the name the client sent (which may be absent). */
    static String sanitise(String original, String type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1); // no directories
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> clean.appendCodePoint(allowed(c) ? c : '_'));
        name = clean.toString().replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[. ]+", "").replaceAll("[. ]+$", ""); // no hidden files, no trailing dots
        name = withExtensionOf(name.isEmpty() ? FALLBACK : name, type);
        return truncate(name);
    }

    private static boolean allowed(int c) {
        int category = Character.getType(c);
        return category != Character.CONTROL && category != Character.FORMAT // FORMAT: bidi overrides and the like
                && category != Character.LINE_SEPARATOR && category != Character.PARAGRAPH_SEPARATOR
                && category != Character.PRIVATE_USE && category != Character.SURROGATE && category != Character.UNASSIGNED
                && "\"\\/:*?<>|%;".indexOf(c) < 0;
    }

    private static String withExtensionOf(String name, String type) {
        List<String> extensions = AttachmentTypes.extensionsOf(type);
        if (extensions.isEmpty()) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = extensions.stream().anyMatch(extension -> lower.endsWith(extension) && lower.length() > extension.length());
        return matches ? name : name + extensions.get(0);
    }

    /** Keeps the extension when a long name is cut to {@link #MAX_LENGTH} characters. */
    private static String truncate(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }

    /** The name of an attachment's thumbnail: its own name with {@code -thumbnail.jpg} in place of the extension. */
    static String thumbnailOf(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-thumbnail.jpg";
    }

    /**
     * {@code attachment; filename="..."} with an ASCII fallback, and for other names also
     * {@code filename*=UTF-8''...} (RFC 6266, RFC 8187), which every current browser prefers.
     */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!ascii.toString().equals(name)) {
            header += "; filename*=UTF-8''" + percentEncoded(name);
        }
        return header;
    }

    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
