package io.lifeline.command.attachment;

import io.lifeline.contracts.conversation.MessageKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What an upload is, judged from its bytes, and which types each kind of message may carry. Never
 * HTML, SVG, scripts or executables: the allowlists name only types that browsers and viewers do
 * not run. A file name is consulted only to tell apart formats that share one container the bytes
 * already proved (a .docx inside OOXML, a .webm inside Matroska), never to overrule the bytes.
 */
final class AttachmentTypes {
    /** Enough of the head of a file for every magic pattern Tika knows. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

    /** Containers whose members the bytes alone do not tell apart without a full parser. */
    private static final Set<MediaType> CONTAINERS = Set.of(MediaType.parse("application/x-tika-ooxml"),
            MediaType.parse("application/x-matroska"), MediaType.parse("video/quicktime"));

    static final List<String> IMAGE_TYPES = List.of("image/jpeg", "image/png", "image/webp", "image/gif");

    /**
     * Every type allowed at all, with the extensions a saved file of it may have (the first is added
     * to a name that has none of them). Kept here rather than taken from Tika, whose lists name
     * scripting extensions for plain text.
     */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", List.of(".jpg", ".jpeg")),
            Map.entry("image/png", List.of(".png")),
            Map.entry("image/webp", List.of(".webp")),
            Map.entry("image/gif", List.of(".gif")),
            Map.entry("audio/ogg", List.of(".ogg", ".oga")),
            Map.entry("audio/opus", List.of(".opus", ".ogg")),
            Map.entry("audio/vorbis", List.of(".ogg", ".oga")),
            Map.entry("audio/mpeg", List.of(".mp3")),
            Map.entry("audio/mp4", List.of(".m4a", ".mp4", ".aac")),
            Map.entry("video/mp4", List.of(".mp4", ".m4a")),
            Map.entry("video/webm", List.of(".webm")),
            Map.entry("audio/webm", List.of(".webm")),
            Map.entry("audio/vnd.wave", List.of(".wav")),
            Map.entry("application/pdf", List.of(".pdf")),
            Map.entry("text/plain", List.of(".txt", ".text", ".log", ".csv", ".md")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of(".xlsx")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of(".pptx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of(".odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of(".ods")),
            Map.entry("application/vnd.oasis.opendocument.presentation", List.of(".odp")));

    private static final Map<MessageKind, Set<String>> ALLOWED = Map.of(
            MessageKind.IMAGE, Set.copyOf(IMAGE_TYPES),
            MessageKind.VOICE, Set.of("audio/ogg", "audio/opus", "audio/vorbis", "audio/mpeg", "audio/mp4",
                    "video/mp4", "video/webm", "audio/webm", "audio/vnd.wave"),
            // Office documents without macros: OOXML and OpenDocument, never the macro-enabled or legacy OLE formats.
            MessageKind.FILE, Set.of("application/pdf", "text/plain", "image/jpeg", "image/png", "image/webp", "image/gif",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "application/vnd.oasis.opendocument.text",
                    "application/vnd.oasis.opendocument.spreadsheet",
                    "application/vnd.oasis.opendocument.presentation"));

    /** The sound of a voice note that came in a video container: what browsers' MediaRecorder writes. */
    private static final Map<String, String> VOICE_AS_AUDIO = Map.of("video/webm", "audio/webm", "video/mp4", "audio/mp4");

    /** Names browsers understand better than Tika's canonical ones. */
    private static final Map<String, String> SERVED_AS = Map.of("audio/vnd.wave", "audio/wav");

    private AttachmentTypes() {
    }

    /** The type of an upload from the head of its bytes, refined by its file name only within a container. */
    static String sniff(byte[] head, String filename) {
        MediaType fromBytes = detect(head, null);
        if (filename != null && CONTAINERS.contains(fromBytes)) {
            MediaType named = detect(head, filename);
            if (REGISTRY.isSpecializationOf(named, fromBytes)) {
                return named.getBaseType().toString();
            }
        }
        return fromBytes.getBaseType().toString();
    }

    private static MediaType detect(byte[] head, String filename) {
        Metadata metadata = new Metadata();
        if (filename != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        }
        try {
            return REGISTRY.normalize(TYPES.detect(new ByteArrayInputStream(head), metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
    }

    /**
     * The kind an upload of this type is, or must be when the client asked for one.
     *
     * @throws AttachmentTypeNotAllowed if no kind (or not the requested one) allows the type
     */
    static MessageKind kindOf(String type, MessageKind requested) {
        if (requested != null) {
            if (!requested.needsAttachment() || !ALLOWED.get(requested).contains(type)) {
                throw new AttachmentTypeNotAllowed(type, requested);
            }
            return requested;
        }
        for (MessageKind kind : List.of(MessageKind.IMAGE, MessageKind.VOICE, MessageKind.FILE)) {
            if (ALLOWED.get(kind).contains(type)) {
                return kind;
            }
        }
        throw new AttachmentTypeNotAllowed(type, null);
    }

    /**
     * The type an upload of this kind is kept and served as: a voice note recorded into WebM or MP4
     * (Chromium's MediaRecorder writes WebM, which the bytes show only as a video container) is sound,
     * so staff get an audio download; every other upload keeps the type its bytes showed.
     */
    static String storedAs(String type, MessageKind kind) {
        return kind == MessageKind.VOICE ? VOICE_AS_AUDIO.getOrDefault(type, type) : type;
    }

    static boolean isImage(String type) {
        return IMAGE_TYPES.contains(type);
    }

    /** The Content-Type a download is served with. */
    static String served(String type) {
        return SERVED_AS.getOrDefault(type, type);
    }

    /** The extensions a saved file of this type may have, the preferred one first (such as ".jpg"). */
    static List<String> extensionsOf(String type) {
        return EXTENSIONS.getOrDefault(type, List.of());
    }
}
