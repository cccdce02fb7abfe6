package io.lifeline.support.revocation;

import io.lifeline.contracts.stream.Revocation;

/** Told of every revocation the feed reads, after it is in force (a bridge closes connections). */
public interface RevocationListener {
    void revoked(Revocation revocation);
}
