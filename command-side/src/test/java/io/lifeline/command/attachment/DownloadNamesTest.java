package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadNamesTest {

    @Test
    void aNameLosesItsDirectoriesAndUnsafeCharacters() {
        assertThat(DownloadNames.sanitise("../../etc/passwd.txt", "text/plain")).isEqualTo("passwd.txt");
        assertThat(DownloadNames.sanitise("C:\\Users\\me\\photo.png", "image/png")).isEqualTo("photo.png");
        assertThat(DownloadNames.sanitise("a\"b;c\r\nd.png", "image/png")).isEqualTo("a_b_c__d.png");
        assertThat(DownloadNames.sanitise("  ..hidden.png ", "image/png")).isEqualTo("hidden.png");
    }

    @Test
    void directionOverridesCannotDisguiseAnExtension() {
        // "invoice\u202Egnp.exe" shows as "invoiceexe.png" in a right-to-left override
        assertThat(DownloadNames.sanitise("invoice\u202Egnp.exe", "application/pdf")).isEqualTo("invoice_gnp.exe.pdf");
    }

    @Test
    void theExtensionAlwaysMatchesTheSniffedType() {
        assertThat(DownloadNames.sanitise("run.bat", "text/plain")).isEqualTo("run.bat.txt");
        assertThat(DownloadNames.sanitise("IMG_1.JPEG", "image/jpeg")).isEqualTo("IMG_1.JPEG");
        assertThat(DownloadNames.sanitise("photo.png", "image/jpeg")).isEqualTo("photo.png.jpg");
        assertThat(DownloadNames.sanitise(null, "audio/vnd.wave")).isEqualTo("attachment.wav");
        assertThat(DownloadNames.sanitise(".png", "image/png")).isEqualTo("png.png");
    }

    @Test
    void longNamesAreCutButKeepTheirExtension() {
        String name = DownloadNames.sanitise("ü".repeat(300) + ".pdf", "application/pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(DownloadNames.MAX_LENGTH);
        assertThat(name).endsWith("ü.pdf");
    }

    @Test
    void contentDispositionHasAnAsciiNameAndAnRfc8187OneWhenNeeded() {
        assertThat(DownloadNames.contentDisposition("report.pdf")).isEqualTo("attachment; filename=\"report.pdf\"");
        assertThat(DownloadNames.contentDisposition("Straße 1.pdf"))
                .isEqualTo("attachment; filename=\"Stra_e 1.pdf\"; filename*=UTF-8''Stra%C3%9Fe%201.pdf");
        assertThat(DownloadNames.contentDisposition("日本.txt"))
                .isEqualTo("attachment; filename=\"__.txt\"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt");
        assertThat(DownloadNames.thumbnailOf("photo.png")).isEqualTo("photo-thumbnail.jpg");
    }
}
