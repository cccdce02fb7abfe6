package io.lifeline.contracts.conversation;

import io.lifeline.contracts.shape.InvalidField;

/**
 * A point on Earth in WGS 84 degrees, with an optional accuracy radius in metres. The constructor
 * takes any stored point; {@link #validated()} holds the ranges a new one must be in.
 */
public record Location(double latitude, double longitude, Double accuracyMeters) {
    public Location validated() {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidField("location.latitude", "must be between -90 and 90");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidField("location.longitude", "must be between -180 and 180");
        }
        if (accuracyMeters != null && !(accuracyMeters >= 0 && accuracyMeters <= 100_000)) {
            throw new InvalidField("location.accuracyMeters", "must be between 0 and 100000 metres");
        }
        return this;
    }
}
