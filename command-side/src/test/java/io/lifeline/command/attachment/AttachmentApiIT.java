package io.lifeline.command.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AttachmentApiIT extends CommandSideIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ID_SHAPE = "[A-Za-z0-9_-]{43}";

    /** A device with its own open conversation. */
    private record Participant(String token, String conversation) {
        String attachments() {
            return "/api/conversations/" + conversation + "/attachments";
        }

        String messages() {
            return "/api/conversations/" + conversation + "/messages";
        }
    }

    private Participant deviceWithConversation(TestApi api) {
        String token = api.deviceToken(newDeviceId());
        String conversation = api.post("/api/conversations", token, Map.of("channel", "MOBILE", "startNew", true))
                .expectStatus(201).text("conversationId");
        return new Participant(token, conversation);
    }

    private static Map<String, Object> message(String clientId, String kind, String attachmentId) {
        return Map.of("clientMessageId", clientId, "kind", kind, "attachment", attachmentId);
    }

    @Test
    void deviceUploadsAPhotoSendsItAndDownloadsItWithSafeHeaders() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] photo = TestFiles.png(640, 480);

        var uploaded = api.upload(device.attachments(), device.token(), "Unfallstelle A7.png", photo).expectStatus(201);
        String id = uploaded.text("attachmentId");
        assertThat(id).matches(ID_SHAPE);
        assertThat(uploaded.text("kind")).isEqualTo("IMAGE");
        assertThat(uploaded.text("contentType")).isEqualTo("image/png");
        assertThat(uploaded.body().path("size").asLong()).isEqualTo(photo.length);
        assertThat(uploaded.body().path("width").asInt()).isEqualTo(640);
        assertThat(uploaded.body().path("height").asInt()).isEqualTo(480);
        assertThat(uploaded.text("filename")).isEqualTo("Unfallstelle A7.png");

        var sent = api.post(device.messages(), device.token(), message("c-1", "IMAGE", id)).expectStatus(201);
        assertThat(sent.body().path("sequence").asLong()).isEqualTo(1);

        HttpResponse<byte[]> download = api.download(device.attachments() + "/" + id, device.token());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        assertThat(header(download, "Content-Type")).isEqualTo("image/png");
        assertThat(header(download, "Content-Length")).isEqualTo(String.valueOf(photo.length));
        assertThat(header(download, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(download, "Content-Disposition")).isEqualTo("attachment; filename=\"Unfallstelle A7.png\"");
        assertThat(header(download, "Cache-Control")).isEqualTo("private");
        assertThat(header(download, "Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
    }

    @Test
    void anImageGetsAJpegThumbnailOfAtMost320PixelsOnItsLongSide() throws IOException {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        String id = api.upload(device.attachments(), device.token(), "wide.png", TestFiles.png(1000, 500))
                .expectStatus(201).text("attachmentId");

        HttpResponse<byte[]> thumbnail = api.download(device.attachments() + "/" + id + "/thumbnail", device.token());
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(header(thumbnail, "Content-Type")).isEqualTo("image/jpeg");
        assertThat(header(thumbnail, "Content-Disposition")).isEqualTo("attachment; filename=\"wide-thumbnail.jpg\"");
        assertThat(header(thumbnail, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(thumbnail, "Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(thumbnail.body()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF); // the JPEG start-of-image marker
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(160);
    }

    @Test
    void aJpegPhotoIsAnImageAndAPhotoMayAlsoBeSentAsAFile() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        var jpeg = api.upload(device.attachments(), device.token(), "IMG_0001.JPG", TestFiles.jpeg(300, 400)).expectStatus(201);
        assertThat(jpeg.text("contentType")).isEqualTo("image/jpeg");
        assertThat(jpeg.text("kind")).isEqualTo("IMAGE");
        assertThat(jpeg.body().path("width").asInt()).isEqualTo(300);

        var asFile = api.upload(device.attachments() + "?kind=FILE", device.token(), "scan.png", TestFiles.png(50, 50))
                .expectStatus(201);
        assertThat(asFile.text("kind")).isEqualTo("FILE");
        api.post(device.messages(), device.token(), message("c-1", "FILE", asFile.text("attachmentId"))).expectStatus(201);
    }

    @Test
    void pdfAndPlainTextAreFilesAndSaveUnderANameThatMatchesTheirType() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] pdf = TestFiles.pdf("Incident report");
        var report = api.upload(device.attachments(), device.token(), "report.pdf", pdf).expectStatus(201);
        assertThat(report.text("kind")).isEqualTo("FILE");
        assertThat(report.text("contentType")).isEqualTo("application/pdf");
        assertThat(report.body().path("width").isMissingNode() || report.body().path("width").isNull()).isTrue();
        api.post(device.messages(), device.token(), message("c-1", "FILE", report.text("attachmentId"))).expectStatus(201);
        HttpResponse<byte[]> downloaded = api.download(device.attachments() + "/" + report.text("attachmentId"), device.token());
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(header(downloaded, "Content-Type")).isEqualTo("application/pdf");

        byte[] text = "Licence plate: B-LL 1234\nBlue estate car\n".getBytes(StandardCharsets.UTF_8);
        var notes = api.upload(device.attachments(), device.token(), "..\\..\\notes.bat", text).expectStatus(201);
        assertThat(notes.text("contentType")).isEqualTo("text/plain");
        assertThat(notes.text("filename")).isEqualTo("notes.bat.txt"); // no directories, and never saved as a script
        assertThat(notes.text("kind")).isEqualTo("FILE");
        HttpResponse<byte[]> saved = api.download(device.attachments() + "/" + notes.text("attachmentId"), device.token());
        assertThat(header(saved, "Content-Disposition")).isEqualTo("attachment; filename=\"notes.bat.txt\"");
    }

    @Test
    void nonAsciiNamesAreOfferedWithAnRfc6266FilenameStar() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        String id = api.upload(device.attachments(), device.token(), "Straße \"Ost\".pdf", TestFiles.pdf("x"))
                .expectStatus(201).text("attachmentId");
        HttpResponse<byte[]> downloaded = api.download(device.attachments() + "/" + id, device.token());
        assertThat(header(downloaded, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"Stra_e _Ost_.pdf\"; filename*=UTF-8''Stra%C3%9Fe%20_Ost_.pdf");
    }

    @Test
    void aWavIsAVoiceNoteAndCannotBeSentAsAnImage() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] wav = TestFiles.wav();
        var voice = api.upload(device.attachments(), device.token(), "voice.wav", wav).expectStatus(201);
        assertThat(voice.text("kind")).isEqualTo("VOICE");
        assertThat(voice.text("contentType")).isEqualTo("audio/wav");
        String id = voice.text("attachmentId");

        var wrongKind = api.post(device.messages(), device.token(), message("c-1", "IMAGE", id)).expectStatus(400);
        assertThat(wrongKind.text("code")).isEqualTo("attachment-kind-mismatch");
        api.post(device.messages(), device.token(), message("c-2", "VOICE", id)).expectStatus(201);
        HttpResponse<byte[]> downloaded = api.download(device.attachments() + "/" + id, device.token());
        assertThat(downloaded.body()).isEqualTo(wav);
        assertThat(header(downloaded, "Content-Type")).isEqualTo("audio/wav");
        assertThat(api.download(device.attachments() + "/" + id + "/thumbnail", device.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void htmlDisguisedAsAPngIsRefusedAsATypeNotAllowed() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        var refused = api.upload(device.attachments(), device.token(), "cute-cat.png", TestFiles.html()).expectStatus(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("attachment-type-not-allowed");
        assertThat(refused.text("detail")).contains("text/html");
    }

    @Test
    void svgIsRefusedEvenAsAFile() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        var refused = api.upload(device.attachments(), device.token(), "logo.svg", TestFiles.svg()).expectStatus(415);
        assertThat(refused.text("code")).isEqualTo("attachment-type-not-allowed");
        api.upload(device.attachments() + "?kind=FILE", device.token(), "logo.svg", TestFiles.svg()).expectStatus(415);
    }

    @Test
    void aFileOfTheWrongTypeForTheRequestedKindIsRefused() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        var refused = api.upload(device.attachments() + "?kind=VOICE", device.token(), "x.pdf", TestFiles.pdf("x"))
                .expectStatus(415);
        assertThat(refused.text("detail")).contains("application/pdf").contains("VOICE");
        api.upload(device.attachments() + "?kind=TEXT", device.token(), "x.pdf", TestFiles.pdf("x")).expectStatus(400);
    }

    @Test
    void anImageOverItsSizeLimitIsRefusedAsTooLarge() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] big = TestFiles.noisyPng(300, 300);
        assertThat(big.length).isGreaterThan(MAX_IMAGE_BYTES);
        var refused = api.upload(device.attachments(), device.token(), "big.png", big).expectStatus(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("attachment-too-large");
        assertThat(refused.text("detail")).contains(String.valueOf(MAX_IMAGE_BYTES));
    }

    @Test
    void anUploadLargerThanAnyAttachmentIsCutOffAsTooLarge() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] huge = new byte[1024 * 1024]; // over the largest limit (512 KiB for files in these tests)
        java.util.Arrays.fill(huge, (byte) 'a');
        var refused = api.upload(device.attachments(), device.token(), "huge.txt", huge).expectStatus(413);
        assertThat(refused.text("code")).isEqualTo("attachment-too-large");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        byte[] bomb = TestFiles.pngClaiming(100_000, 100_000);
        assertThat(bomb.length).isLessThan(200);
        var refused = api.upload(device.attachments(), device.token(), "bomb.png", bomb).expectStatus(413);
        assertThat(refused.text("code")).isEqualTo("image-too-many-pixels");
        assertThat(refused.text("detail")).contains("100000 x 100000");
    }

    @Test
    void anEmptyFileOrAMissingPartIsABadRequest() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        assertThat(api.upload(device.attachments(), device.token(), "empty.txt", new byte[0]).expectStatus(400).text("code"))
                .isEqualTo("attachment-empty");
        var notMultipart = api.post(device.attachments(), device.token(), Map.of("file", "x"));
        assertThat(notMultipart.status()).isIn(400, 415);
    }

    @Test
    void anotherDeviceCanNeitherUploadNorDownloadAndLearnsNothing() {
        TestApi api = api();
        Participant owner = deviceWithConversation(api);
        String id = api.upload(owner.attachments(), owner.token(), "photo.png", TestFiles.png(20, 20))
                .expectStatus(201).text("attachmentId");
        String stranger = api.deviceToken(newDeviceId());

        HttpResponse<byte[]> theirs = api.download(owner.attachments() + "/" + id, stranger);
        HttpResponse<byte[]> theirThumbnail = api.download(owner.attachments() + "/" + id + "/thumbnail", stranger);
        HttpResponse<byte[]> missing = api.download(owner.attachments() + "/" + AttachmentUploads.newId().value(), owner.token());
        HttpResponse<byte[]> nowhere = api.download("/api/conversations/" + UUID.randomUUID() + "/attachments/" + id, stranger);
        for (HttpResponse<byte[]> answer : java.util.List.of(theirs, theirThumbnail, missing, nowhere)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(withoutInstance(answer)).isEqualTo(withoutInstance(missing));
        }
        assertThat(problem(missing).path("code").asString()).isEqualTo("attachment-not-found");

        var upload = api.upload(owner.attachments(), stranger, "x.png", TestFiles.png(20, 20)).expectStatus(404);
        String randomConversation = UUID.randomUUID().toString();
        var uploadNowhere = api.upload("/api/conversations/" + randomConversation + "/attachments", stranger, "x.png",
                TestFiles.png(20, 20)).expectStatus(404);
        assertThat(upload.text("code")).isEqualTo("conversation-not-found").isEqualTo(uploadNowhere.text("code"));
        assertThat(upload.text("detail")).isEqualTo("no conversation " + owner.conversation());
        assertThat(uploadNowhere.text("detail")).isEqualTo("no conversation " + randomConversation);
    }

    @Test
    void aMessageCannotPointAtAnAttachmentOfAnotherConversation() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        String other = api.post("/api/conversations", device.token(), Map.of("channel", "MOBILE", "startNew", true))
                .expectStatus(201).text("conversationId");
        String id = api.upload(device.attachments(), device.token(), "photo.png", TestFiles.png(20, 20))
                .expectStatus(201).text("attachmentId");

        var refused = api.post("/api/conversations/" + other + "/messages", device.token(), message("c-1", "IMAGE", id))
                .expectStatus(400);
        assertThat(refused.text("code")).isEqualTo("unknown-attachment");
        var neverUploaded = api.post(device.messages(), device.token(),
                message("c-2", "IMAGE", AttachmentUploads.newId().value())).expectStatus(400);
        assertThat(neverUploaded.text("code")).isEqualTo("unknown-attachment");
        assertThat(api.download("/api/conversations/" + other + "/attachments/" + id, device.token()).statusCode()).isEqualTo(404);
        var firstMessage = api.post("/api/conversations", device.token(), Map.of("channel", "MOBILE", "startNew", true,
                "firstMessage", message("c-3", "IMAGE", id))).expectStatus(400);
        assertThat(firstMessage.text("code")).isEqualTo("unknown-attachment");
    }

    @Test
    void staffSeeFilesOnceTheyTakePartAndShareTheirOwn() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        String id = api.upload(device.attachments(), device.token(), "photo.png", TestFiles.png(20, 20))
                .expectStatus(201).text("attachmentId");
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, Map.of("username", username, "displayName", "Agent", "role", "AGENT",
                "password", "a long enough passphrase for files")).expectStatus(201);
        String agent = api.staffToken(username, "a long enough passphrase for files");

        assertThat(api.download(device.attachments() + "/" + id, agent).statusCode()).isEqualTo(404);
        api.upload(device.attachments(), agent, "map.png", TestFiles.png(20, 20)).expectStatus(404);
        api.put("/api/conversations/" + device.conversation() + "/participants/me", agent, null).expectStatus(200);
        assertThat(api.download(device.attachments() + "/" + id, agent).statusCode()).isEqualTo(200);
        String map = api.upload(device.attachments(), agent, "map.png", TestFiles.png(20, 20)).expectStatus(201).text("attachmentId");
        api.post(device.messages(), agent, message("a-1", "IMAGE", map)).expectStatus(201);
        assertThat(api.download(device.attachments() + "/" + map, device.token()).statusCode()).isEqualTo(200);
        assertThat(api.download(device.attachments() + "/" + id, admin).statusCode()).isEqualTo(200); // admins manage every conversation
    }

    @Test
    void nothingMoreIsUploadedToAClosedConversationButItsFilesStayReadable() {
        TestApi api = api();
        Participant device = deviceWithConversation(api);
        String id = api.upload(device.attachments(), device.token(), "photo.png", TestFiles.png(20, 20))
                .expectStatus(201).text("attachmentId");
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        api.post("/api/conversations/" + device.conversation() + "/close", admin, null).expectStatus(200);

        var refused = api.upload(device.attachments(), device.token(), "more.png", TestFiles.png(20, 20)).expectStatus(409);
        assertThat(refused.text("code")).isEqualTo("conversation-closed");
        assertThat(api.download(device.attachments() + "/" + id, device.token()).statusCode()).isEqualTo(200);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static JsonNode problem(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    /** A problem detail without its {@code instance}, which names the path asked for. */
    private static JsonNode withoutInstance(HttpResponse<byte[]> response) {
        var problem = (tools.jackson.databind.node.ObjectNode) problem(response);
        problem.remove("instance");
        return problem;
    }
}
