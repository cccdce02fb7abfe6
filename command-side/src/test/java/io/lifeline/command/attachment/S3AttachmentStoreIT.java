package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against an S3-compatible server (s3proxy) running inside the test JVM. */
class S3AttachmentStoreIT {

    private static AttachmentProperties.S3 newBucket() {
        return TestS3Server.bucket("lifeline-" + UUID.randomUUID());
    }

    @Test
    void whatIsPutCanBeOpenedUntilDeleted() throws IOException {
        AttachmentProperties.S3 bucket = newBucket();
        try (var store = new S3AttachmentStore(bucket)) {
            byte[] content = TestFiles.png(64, 64);
            store.put("conversation/attachment", new ByteArrayInputStream(content), content.length);
            try (InputStream in = store.open("conversation/attachment")) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            try (S3Client client = TestS3Server.client()) {
                var listed = client.listObjectsV2(request -> request.bucket(bucket.bucket())).contents();
                assertThat(listed).extracting(object -> object.key()).containsExactly("conversation/attachment");
            }
            store.delete("conversation/attachment");
            store.delete("conversation/attachment"); // deleting twice is fine
            assertThatThrownBy(() -> store.open("conversation/attachment")).isInstanceOf(NoSuchFileException.class);
        }
    }

    @Test
    void largeObjectsStreamThroughBothWays() throws Exception {
        try (var store = new S3AttachmentStore(newBucket())) {
            long length = 24L * 1024 * 1024;
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            try (InputStream generated = new GeneratedStream(length, sent)) {
                store.put("c/large", generated, length);
            }
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            long count = 0;
            try (InputStream in = store.open("c/large")) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) > 0; count += read) {
                    received.update(buffer, 0, read);
                }
            }
            assertThat(count).isEqualTo(length);
            assertThat(received.digest()).isEqualTo(sent.digest());
        }
    }

    @Test
    void aMissingBucketIsAnErrorNotAMissingObject() {
        var settings = new AttachmentProperties.S3(TestS3Server.endpoint().toString(), "no-such-bucket-" + UUID.randomUUID(),
                TestS3Server.REGION, TestS3Server.ACCESS_KEY, TestS3Server.SECRET_KEY, true);
        try (var store = new S3AttachmentStore(settings)) {
            assertThatThrownBy(() -> store.put("c/a", new ByteArrayInputStream(new byte[1]), 1)).isInstanceOf(IOException.class);
        }
    }

    /** Pseudo-random bytes made as they are read, so the test never holds the object in memory. */
    private static final class GeneratedStream extends InputStream {
        private final Random random = new Random(7);
        private final MessageDigest digest;
        private long remaining;

        GeneratedStream(long length, MessageDigest digest) {
            this.remaining = length;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) return -1;
            int n = (int) Math.min(length, remaining);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, n);
            digest.update(chunk);
            remaining -= n;
            return n;
        }
    }
}
