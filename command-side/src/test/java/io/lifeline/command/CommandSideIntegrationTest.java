package io.lifeline.command;

import io.lifeline.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side as it runs: real HTTP on a random port, real PostgreSQL, Flyway, Axon's JDBC
 * event store. Subclasses share one application context.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-side",
                "lifeline.admin.password=" + CommandSideIntegrationTest.ADMIN_PASSWORD,
                "lifeline.security.jwt-secret=" + CommandSideIntegrationTest.JWT_SECRET,
                "lifeline.scheduler.polling-interval=PT1S",
                "lifeline.attachment.dir=target/it-attachments",
                "lifeline.attachment.max-image-bytes=" + CommandSideIntegrationTest.MAX_IMAGE_BYTES,
                "lifeline.attachment.max-voice-bytes=262144",
                "lifeline.attachment.max-file-bytes=524288",
                "lifeline.attachment.max-image-pixels=4000000",
                // Every test sends from one address; RateLimitIT runs an instance of its own with tiny limits.
                "lifeline.rate-limit.enabled=false",
                "lifeline.sites.shop.secret=" + CommandSideIntegrationTest.SHOP_SECRET,
                "lifeline.sites.shop.require-verification=true",
                "lifeline.sites.blog.secret=" + CommandSideIntegrationTest.BLOG_SECRET,
                "lifeline.sites.blog.require-verification=false"})
public abstract class CommandSideIntegrationTest {
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String JWT_SECRET = "a-test-only-secret-of-more-than-thirty-two-bytes";
    /** Small attachment limits, so that tests of the limits upload little. */
    public static final int MAX_IMAGE_BYTES = 262144;
    /** Two websites with identity verification: the shop requires it, the blog does not. */
    public static final String SHOP_SECRET = "first-site-secret-of-at-least-32-bytes!!";
    public static final String BLOG_SECRET = "a-blog-secret-of-thirty-two-bytes-or-more";

    @Value("${local.server.port}")
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        TestKafka.register(registry);
    }

    protected TestApi api() {
        return new TestApi(port);
    }

    protected static String newDeviceId() {
        return "device-" + java.util.UUID.randomUUID();
    }
}
