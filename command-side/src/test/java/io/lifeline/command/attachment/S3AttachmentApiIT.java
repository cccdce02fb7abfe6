package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;

/** The command side with {@code LIFELINE_ATTACHMENT_STORE=s3}: uploads land in the bucket and come back from it. */
class S3AttachmentApiIT extends CommandSideIntegrationTest {
    private static final String BUCKET = "lifeline-attachments";

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        AttachmentProperties.S3 bucket = TestS3Server.bucket(BUCKET);
        registry.add("lifeline.attachment.store", () -> "s3");
        registry.add("lifeline.attachment.s3.endpoint", bucket::endpoint);
        registry.add("lifeline.attachment.s3.bucket", bucket::bucket);
        registry.add("lifeline.attachment.s3.region", bucket::region);
        registry.add("lifeline.attachment.s3.access-key", bucket::accessKey);
        registry.add("lifeline.attachment.s3.secret-key", bucket::secretKey);
        registry.add("lifeline.attachment.s3.path-style", () -> "true");
    }

    @Test
    void aPhotoAndItsThumbnailAreKeptInTheBucketAndServedFromIt() {
        TestApi api = api();
        String device = api.deviceToken(newDeviceId());
        String conversation = api.post("/api/conversations", device, Map.of("channel", "MOBILE", "startNew", true))
                .expectStatus(201).text("conversationId");
        String attachments = "/api/conversations/" + conversation + "/attachments";
        byte[] photo = TestFiles.png(800, 600);

        String id = api.upload(attachments, device, "photo.png", photo).expectStatus(201).text("attachmentId");
        api.post("/api/conversations/" + conversation + "/messages", device,
                Map.of("clientMessageId", "c-1", "kind", "IMAGE", "attachment", id)).expectStatus(201);

        try (S3Client client = TestS3Server.client()) {
            var keys = client.listObjectsV2(request -> request.bucket(BUCKET).prefix(conversation + "/")).contents();
            assertThat(keys).extracting(object -> object.key())
                    .containsExactlyInAnyOrder(conversation + "/" + id, conversation + "/" + id + ".thumbnail");
        }
        HttpResponse<byte[]> download = api.download(attachments + "/" + id, device);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        HttpResponse<byte[]> thumbnail = api.download(attachments + "/" + id + "/thumbnail", device);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");

        String stranger = api.deviceToken(newDeviceId());
        assertThat(api.download(attachments + "/" + id, stranger).statusCode()).isEqualTo(404);
    }
}
