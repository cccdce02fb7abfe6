package io.lifeline.command.attachment;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The attachment store the configuration names, and multipart uploads sized by the attachment limits. */
@Configuration
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfig {

    @Bean
    AttachmentStore attachmentStore(AttachmentProperties properties) throws IOException {
        return switch (properties.store()) {
            case FILESYSTEM -> new FileSystemAttachmentStore(Path.of(properties.dir()));
            case S3 -> new S3AttachmentStore(properties.s3());
        };
    }

    /**
     * Every part goes to a temporary file as it arrives (threshold 0), so no upload is held in
     * memory; a body larger than the largest attachment allowed is cut off while it arrives. The
     * files live in the servlet container's temporary directory and are deleted after the request.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long largest = properties.largestUpload();
        return new MultipartConfigElement("", largest, largest + 64 * 1024, 0);
    }
}
