package io.lifeline.bridge.browserfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The widget's size budget: everything a page downloads for it (the widget's modules and
 * stylesheet, and the JavaScript client they import), each file gzipped as a server sends it,
 * under 40 KB together.
 */
class WidgetSizeTest {
    static final int BUDGET_BYTES = 40 * 1024;

    @Test
    void theWidgetWithTheClientItImportsStaysUnder40KilobytesGzipped() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Resource[] widget = resolver.getResources("classpath:/lifeline/widget/*.*");
        Resource[] client = resolver.getResources("classpath:/lifeline/client/*.js");
        assertThat(Arrays.stream(widget).map(Resource::getFilename)).contains("widget.js", "widget.css");
        assertThat(Arrays.stream(client).map(Resource::getFilename)).contains("lifeline-client.js");

        long total = Arrays.stream(widget).mapToLong(WidgetSizeTest::gzipped).sum()
                + Arrays.stream(client).mapToLong(WidgetSizeTest::gzipped).sum();
        System.out.printf("widget and client, gzipped: %,d bytes of a %,d byte budget%n", total, BUDGET_BYTES);
        assertThat(total).isLessThan(BUDGET_BYTES);
    }

    private static long gzipped(Resource file) {
        try (var in = file.getInputStream()) {
            var bytes = new ByteArrayOutputStream();
            try (var gzip = new GZIPOutputStream(bytes)) {
                in.transferTo(gzip);
            }
            return bytes.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
