package io.lifeline.contracts.conversation;

/** A point on Earth in WGS 84 degrees, with an optional accuracy radius in metres. */
public record Location(double latitude, double longitude, Double accuracyMeters) {
    public Location {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
        if (accuracyMeters != null && !(accuracyMeters >= 0 && accuracyMeters <= 100_000)) {
            throw new IllegalArgumentException("accuracy must be between 0 and 100000 metres");
        }
    }
}
