package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;

/**
 * Refused because the image declares more pixels than allowed: decoding it could take gigabytes
 * (a decompression bomb), so it is refused from its header, unread.
 */
class ImageTooLarge extends CommandRefused {
    ImageTooLarge(long width, long height, long maxPixels) {
        super(Reason.TOO_LARGE, "image-too-many-pixels",
                "the image has " + width + " x " + height + " pixels; at most " + maxPixels + " pixels are allowed");
    }
}
