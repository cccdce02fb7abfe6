package io.lifeline.command.attachment;

import io.lifeline.command.conversation.ConversationAccess;
import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads and downloads of a conversation's attachments. Downloads are served so that no browser
 * renders or runs them in Lifeline's origin: always as a download, with the sniffed type, no
 * sniffing by the browser, and a sandboxing content security policy.
 */
@RestController
@RequestMapping("/api/conversations/{id}/attachments")
@Tag(name = "Attachments")
class AttachmentController {
    private static final Logger log = LoggerFactory.getLogger(AttachmentController.class);
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

    private final AttachmentUploads uploads;
    private final AttachmentTable table;
    private final AttachmentStore store;
    private final ConversationAccess access;

    AttachmentController(AttachmentUploads uploads, AttachmentTable table, AttachmentStore store, ConversationAccess access) {
        this.uploads = uploads;
        this.table = table;
        this.store = store;
        this.access = access;
    }

    /** The answer to an upload: what a message then points at, and what was found out about the file. */
    record UploadedAttachment(String attachmentId, MessageKind kind, String contentType, long size, String filename,
                              Integer width, Integer height) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a photo, voice note or file to the conversation (participants)",
            description = "One multipart part named file. The type is sniffed from the bytes; the kind follows from it "
                    + "(an image is an IMAGE unless kind=FILE is asked for); a voice note in a WebM or MP4 container is kept and "
                    + "served as audio/webm or audio/mp4. 201 with the attachmentId a message of that "
                    + "kind then names; 413 attachment-too-large or image-too-many-pixels, 415 attachment-type-not-allowed.",
            responses = {@ApiResponse(responseCode = "201", description = "Stored; Location names its download",
                    useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "413", description = "Larger than its kind allows (`attachment-too-large`), or "
                            + "an image with too many pixels (`image-too-many-pixels`)"),
                    @ApiResponse(responseCode = "415", description = "A type attachments may not have "
                            + "(`attachment-type-not-allowed`)")})
    ResponseEntity<UploadedAttachment> upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                                              @RequestParam(required = false) MessageKind kind, Acting acting)
            throws IOException {
        if (kind != null && !kind.needsAttachment()) {
            throw new IllegalArgumentException("kind must be IMAGE, VOICE or FILE");
        }
        StoredAttachment stored = uploads.upload(new ConversationId(id), acting, file, kind);
        return ResponseEntity.created(URI.create("/api/conversations/" + id + "/attachments/" + stored.id().value()))
                .body(new UploadedAttachment(stored.id().value(), stored.kind(), AttachmentTypes.served(stored.contentType()),
                        stored.size(), stored.filename(), stored.width(), stored.height()));
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download an attachment (participants)",
            description = "Streamed as a download with its sniffed type. Anything not served, for whatever reason, is the same 404.",
            responses = @ApiResponse(responseCode = "200", description = "The file, with its sniffed type",
                    content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable String attachmentId, Acting acting)
            throws IOException {
        StoredAttachment attachment = visible(new ConversationId(id), attachmentId, acting);
        return serve(attachment.key(), AttachmentTypes.served(attachment.contentType()), attachment.size(),
                attachment.filename());
    }

    @GetMapping("/{attachmentId}/thumbnail")
    @Operation(summary = "Download an image's thumbnail (participants)", description = "A JPEG at most 320 pixels on its long side.",
            responses = @ApiResponse(responseCode = "200", description = "The thumbnail",
                    content = @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<Resource> thumbnail(@PathVariable UUID id, @PathVariable String attachmentId, Acting acting)
            throws IOException {
        StoredAttachment attachment = visible(new ConversationId(id), attachmentId, acting);
        if (!attachment.hasThumbnail()) {
            throw new AttachmentNotFound();
        }
        return serve(attachment.thumbnailKey(), MediaType.IMAGE_JPEG_VALUE, -1, DownloadNames.thumbnailOf(attachment.filename()));
    }

    /** The attachment if the caller may see this conversation and it was uploaded to it; one 404 for all else. */
    private StoredAttachment visible(ConversationId conversation, String attachmentId, Acting acting) {
        AttachmentRef ref;
        try {
            ref = new AttachmentRef(attachmentId).validated();
        } catch (IllegalArgumentException malformed) {
            throw new AttachmentNotFound();
        }
        try {
            access.requireMaySeeFiles(conversation, acting);
        } catch (CommandRefused refused) {
            throw new AttachmentNotFound();
        }
        return table.find(conversation, ref).orElseThrow(AttachmentNotFound::new);
    }

    private ResponseEntity<Resource> serve(String key, String contentType, long size, String filename) throws IOException {
        InputStream content;
        try {
            content = store.open(key);
        } catch (NoSuchFileException e) {
            log.warn("Attachment {} has metadata but nothing in the store", key);
            throw new AttachmentNotFound();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        if (size >= 0) {
            headers.setContentLength(size);
        }
        headers.set(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.contentDisposition(filename));
        headers.setCacheControl("private");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        return new ResponseEntity<>(new InputStreamResource(content), headers, HttpStatus.OK);
    }
}
