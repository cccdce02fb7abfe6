package io.lifeline.command.attachment;

import io.lifeline.contracts.conversation.MessageKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where attachments are kept and what they may weigh ({@code lifeline.attachment.*}).
 *
 * @param dir            the directory of the filesystem store
 * @param maxImagePixels width times height an image may declare; larger ones are refused unread
 * @param thumbnailSize  the long side of an image's thumbnail, in pixels
 */
@ConfigurationProperties("lifeline.attachment")
public record AttachmentProperties(Store store, String dir, long maxImageBytes, long maxVoiceBytes, long maxFileBytes,
                                   long maxImagePixels, int thumbnailSize, S3 s3) {
    /** The kinds of store: a local (or mounted) directory, or an S3-compatible bucket. */
    public enum Store { FILESYSTEM, S3 }

    /**
     * An S3-compatible bucket. Without an endpoint the SDK's AWS endpoint for the region is used;
     * without an access key, the SDK's default credential chain (environment, profile, instance role).
     */
    public record S3(String endpoint, String bucket, String region, String accessKey, String secretKey,
                     boolean pathStyle) {
        @Override
        public String toString() { // keeps the secret out of logs
            return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
        }
    }

    public AttachmentProperties {
        if (store == null) {
            throw new IllegalArgumentException("lifeline.attachment.store must be filesystem or s3");
        }
        if (store == Store.FILESYSTEM && (dir == null || dir.isBlank())) {
            throw new IllegalArgumentException("set LIFELINE_ATTACHMENT_DIR (lifeline.attachment.dir) for the filesystem store");
        }
        if (store == Store.S3 && (s3 == null || s3.bucket() == null || s3.bucket().isBlank())) {
            throw new IllegalArgumentException("set LIFELINE_ATTACHMENT_S3_BUCKET (lifeline.attachment.s3.bucket) for the s3 store");
        }
        if (maxImageBytes < 1 || maxVoiceBytes < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("lifeline.attachment.max-*-bytes must be at least 1");
        }
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("lifeline.attachment.max-image-pixels must be at least 1");
        }
        if (thumbnailSize < 16 || thumbnailSize > 2048) {
            throw new IllegalArgumentException("lifeline.attachment.thumbnail-size must be 16 to 2048 pixels");
        }
    }

    /** The most an attachment of this kind may weigh. */
    long maxBytes(MessageKind kind) {
        return switch (kind) {
            case IMAGE -> maxImageBytes;
            case VOICE -> maxVoiceBytes;
            case FILE -> maxFileBytes;
            default -> throw new IllegalArgumentException(kind + " messages carry no attachment");
        };
    }

    /** The most any upload may weigh: the multipart limit, so larger bodies are cut off while they arrive. */
    long largestUpload() {
        return Math.max(maxImageBytes, Math.max(maxVoiceBytes, maxFileBytes));
    }
}
