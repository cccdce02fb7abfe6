package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.MessageKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] withAt(int size, int offset, byte[] part, byte[] head) {
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(part, 0, bytes, offset, part.length);
        return bytes;
    }

    @Test
    void imagesAreKnownByTheirBytesWhateverTheyAreCalled() {
        assertThat(AttachmentTypes.sniff(TestFiles.png(4, 4), "photo.jpg")).isEqualTo("image/png");
        assertThat(AttachmentTypes.sniff(TestFiles.jpeg(4, 4), null)).isEqualTo("image/jpeg");
        assertThat(AttachmentTypes.sniff(withAt(30, 8, ascii("WEBPVP8 "), ascii("RIFF")), "x")).isEqualTo("image/webp");
        assertThat(AttachmentTypes.kindOf("image/png", null)).isEqualTo(MessageKind.IMAGE);
    }

    @Test
    void voiceNotesInTheUsualContainersAreVoice() {
        byte[] opus = withAt(64, 28, ascii("OpusHead"), new byte[] {'O', 'g', 'g', 'S', 0, 2});
        assertThat(AttachmentTypes.sniff(opus, "note.ogg")).isEqualTo("audio/opus");
        byte[] mp3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfb, (byte) 0x90, 0};
        assertThat(AttachmentTypes.sniff(mp3, null)).isEqualTo("audio/mpeg");
        byte[] m4a = withAt(32, 4, ascii("ftypM4A \0\0\0\0M4A mp42isom"), new byte[] {0, 0, 0, 0x20});
        assertThat(AttachmentTypes.sniff(m4a, null)).isEqualTo("audio/mp4");
        assertThat(AttachmentTypes.sniff(TestFiles.wav(), null)).isEqualTo("audio/vnd.wave");
        for (String type : new String[] {"audio/opus", "audio/mpeg", "audio/mp4", "audio/vnd.wave"}) {
            assertThat(AttachmentTypes.kindOf(type, null)).isEqualTo(MessageKind.VOICE);
        }
        assertThat(AttachmentTypes.served("audio/vnd.wave")).isEqualTo("audio/wav");
    }

    @Test
    void aVoiceNoteRecordedIntoAVideoContainerIsKeptAsAudio() {
        assertThat(AttachmentTypes.storedAs("video/webm", MessageKind.VOICE)).isEqualTo("audio/webm");
        assertThat(AttachmentTypes.storedAs("video/mp4", MessageKind.VOICE)).isEqualTo("audio/mp4");
        assertThat(AttachmentTypes.storedAs("audio/ogg", MessageKind.VOICE)).isEqualTo("audio/ogg");
        assertThat(AttachmentTypes.storedAs("image/png", MessageKind.IMAGE)).isEqualTo("image/png");
        assertThat(AttachmentTypes.extensionsOf("audio/webm")).containsExactly(".webm");
    }

    @Test
    void aNameOnlyTellsApartMembersOfAContainerTheBytesProved() throws IOException {
        byte[] ebml = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x86, (byte) 0x81, 1};
        assertThat(AttachmentTypes.sniff(ebml, "recording.webm")).isEqualTo("video/webm");
        assertThat(AttachmentTypes.kindOf("video/webm", null)).isEqualTo(MessageKind.VOICE);

        byte[] docx = zip("[Content_Types].xml", "<Types/>");
        assertThat(AttachmentTypes.sniff(docx, "letter.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AttachmentTypes.sniff(docx, "letter.docm")).isEqualTo("application/vnd.ms-word.document.macroenabled.12");
        assertThatThrownBy(() -> AttachmentTypes.kindOf(AttachmentTypes.sniff(docx, "letter.docm"), null))
                .isInstanceOf(AttachmentTypeNotAllowed.class);
        assertThat(AttachmentTypes.sniff(docx, "letter.html")).isEqualTo("application/x-tika-ooxml");

        byte[] unknown = {1, 2, 3, 4, 5, (byte) 200, (byte) 201, 0, 0, 9};
        assertThat(AttachmentTypes.sniff(unknown, "report.pdf")).isEqualTo("application/octet-stream");
    }

    @Test
    void markupScriptsAndProgramsAreNeverAllowed() {
        byte[][] refused = {
            TestFiles.html(), TestFiles.svg(),
            ascii("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"),
            ascii("#!/bin/sh\nrm -rf /\n"),
            {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0},
            {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0},
            {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0, 0, 0},
        };
        for (byte[] bytes : refused) {
            String type = AttachmentTypes.sniff(bytes, "innocent.png");
            assertThatThrownBy(() -> AttachmentTypes.kindOf(type, null)).as(type).isInstanceOf(AttachmentTypeNotAllowed.class);
            assertThatThrownBy(() -> AttachmentTypes.kindOf(type, MessageKind.FILE)).as(type).isInstanceOf(AttachmentTypeNotAllowed.class);
        }
    }

    @Test
    void documentsAreFilesAndMayNotPassAsAnotherKind() {
        assertThat(AttachmentTypes.sniff(TestFiles.pdf("x"), null)).isEqualTo("application/pdf");
        assertThat(AttachmentTypes.sniff(ascii("just some words\n"), "a.txt")).isEqualTo("text/plain");
        assertThat(AttachmentTypes.kindOf("application/pdf", null)).isEqualTo(MessageKind.FILE);
        assertThat(AttachmentTypes.kindOf("image/png", MessageKind.FILE)).isEqualTo(MessageKind.FILE);
        assertThatThrownBy(() -> AttachmentTypes.kindOf("application/pdf", MessageKind.IMAGE))
                .isInstanceOf(AttachmentTypeNotAllowed.class);
        assertThatThrownBy(() -> AttachmentTypes.kindOf("text/plain", MessageKind.VOICE))
                .isInstanceOf(AttachmentTypeNotAllowed.class);
    }

    private static byte[] zip(String entry, String content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
