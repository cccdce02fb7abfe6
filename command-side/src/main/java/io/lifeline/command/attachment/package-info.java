/**
 * Attachments: photos, voice notes and files uploaded to a conversation, checked (type sniffed from
 * the bytes, size and pixel limits), kept in an {@code AttachmentStore} (a directory or an
 * S3-compatible bucket) with their metadata in the command side's schema, and downloaded by the
 * conversation's participants only. Depends on {@code conversation} (its participation rules),
 * {@code identity} and the contracts.
 */
package io.lifeline.command.attachment;
