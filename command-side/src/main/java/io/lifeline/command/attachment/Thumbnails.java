package io.lifeline.command.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileCacheImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Checks an uploaded image and makes its thumbnail. The pixel limit is enforced from the header
 * alone (the reader's width and height), so a small file claiming a gigapixel image is refused
 * before any pixel is decoded; allowed images are decoded subsampled, never at full size.
 */
final class Thumbnails {
    private Thumbnails() {
    }

    /** An image's size and its thumbnail, a JPEG whose long side is at most the configured size. */
    record Inspected(int width, int height, byte[] thumbnail) {}

    /**
     * @param content the image, read once from its start; the caller closes it
     * @throws ImageTooLarge        if the header declares more than {@code maxPixels}
     * @throws AttachmentUnreadable if it does not decode as {@code type}
     */
    static Inspected inspect(InputStream content, String type, long maxPixels, int thumbnailSize) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new AttachmentUnreadable(type);
        }
        ImageReader reader = readers.next(); // the reader of the sniffed type, not whichever claims the bytes
        // A file cache, not memory: an image may be megabytes, and the reader may seek back a little.
        try (ImageInputStream input = new FileCacheImageInputStream(content, null)) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new AttachmentUnreadable(type);
            }
            if ((long) width * height > maxPixels) {
                throw new ImageTooLarge(width, height, maxPixels);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * thumbnailSize)); // about twice the size, then smoothed down
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage decoded = reader.read(0, param);
            return new Inspected(width, height, jpeg(scaled(decoded, thumbnailSize)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageTooLarge || e instanceof AttachmentUnreadable) {
                throw e;
            }
            throw new AttachmentUnreadable(type); // corrupt, truncated, or a format variant ImageIO cannot decode
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage scaled(BufferedImage image, int size) {
        double scale = Math.min(1.0, (double) size / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE); // JPEG has no transparency: transparent pixels show white
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(); // a thumbnail is some kilobytes
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
