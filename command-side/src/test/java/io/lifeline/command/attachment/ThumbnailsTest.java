package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {

    @Test
    void aLargePhotoBecomesAJpegOfTheConfiguredLongSide() throws IOException {
        var inspected = Thumbnails.inspect(new ByteArrayInputStream(TestFiles.jpeg(3000, 2000)), "image/jpeg", 50_000_000, 320);
        assertThat(inspected.width()).isEqualTo(3000);
        assertThat(inspected.height()).isEqualTo(2000);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(inspected.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(213);
    }

    @Test
    void aSmallImageKeepsItsSize() throws IOException {
        var inspected = Thumbnails.inspect(new ByteArrayInputStream(TestFiles.png(40, 30)), "image/png", 50_000_000, 320);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(inspected.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(40);
        assertThat(thumbnail.getHeight()).isEqualTo(30);
    }

    @Test
    void webpImagesAreReadToo() throws IOException {
        // The smallest lossy and lossless WebP images (1 x 1), as browsers' feature tests use them.
        for (String base64 : new String[] {"UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA",
                "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="}) {
            byte[] webp = java.util.Base64.getDecoder().decode(base64);
            assertThat(AttachmentTypes.sniff(webp, null)).isEqualTo("image/webp");
            var inspected = Thumbnails.inspect(new ByteArrayInputStream(webp), "image/webp", 50_000_000, 320);
            assertThat(inspected.width()).isEqualTo(1);
            assertThat(inspected.height()).isEqualTo(1);
            assertThat(ImageIO.read(new ByteArrayInputStream(inspected.thumbnail())).getWidth()).isEqualTo(1);
        }
    }

    @Test
    void aHeaderClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        byte[] bomb = TestFiles.pngClaiming(100_000, 100_000);
        assertThatThrownBy(() -> Thumbnails.inspect(new ByteArrayInputStream(bomb), "image/png", 50_000_000, 320))
                .isInstanceOf(ImageTooLarge.class)
                .hasMessageContaining("100000 x 100000");
    }

    @Test
    void bytesThatAreNotTheClaimedImageAreUnreadable() {
        assertThatThrownBy(() -> Thumbnails.inspect(new ByteArrayInputStream(TestFiles.png(10, 10)), "image/jpeg", 50_000_000, 320))
                .isInstanceOf(AttachmentUnreadable.class);
        byte[] truncated = java.util.Arrays.copyOf(TestFiles.pngClaiming(100, 100), 40);
        assertThatThrownBy(() -> Thumbnails.inspect(new ByteArrayInputStream(truncated), "image/png", 50_000_000, 320))
                .isInstanceOf(AttachmentUnreadable.class);
    }
}
