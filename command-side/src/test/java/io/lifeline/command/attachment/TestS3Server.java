package io.lifeline.command.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server inside the test JVM: s3proxy on a loopback port, keeping objects in a
 * temporary directory. One per test JVM; a bucket per caller.
 */
final class TestS3Server {
    static final String ACCESS_KEY = "lifeline-test-access";
    static final String SECRET_KEY = "lifeline-test-secret";
    static final String REGION = "us-east-1";
    private static URI endpoint;

    private TestS3Server() {
    }

    static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    private static URI start() {
        try {
            Properties properties = new Properties();
            properties.setProperty("jclouds.filesystem.basedir",
                    Files.createTempDirectory("lifeline-s3").toFile().getCanonicalPath());
            properties.setProperty("jclouds.identity", ACCESS_KEY);
            properties.setProperty("jclouds.credential", SECRET_KEY);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(BlobStores.create("filesystem", properties))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
                Thread.sleep(10);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    proxy.stop();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }));
            return URI.create("http://127.0.0.1:" + proxy.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start s3proxy", e);
        }
    }

    /** Creates a bucket and returns settings that reach it, path-style as S3-compatible servers expect. */
    static AttachmentProperties.S3 bucket(String name) {
        try (S3Client client = client()) {
            client.createBucket(request -> request.bucket(name));
        }
        return new AttachmentProperties.S3(endpoint().toString(), name, REGION, ACCESS_KEY, SECRET_KEY, true);
    }

    /** A plain SDK client, for looking into the bucket behind the store's back. */
    static S3Client client() {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.of(REGION)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }
}
