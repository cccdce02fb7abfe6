/**
 * Who acts: device sessions (with websites' identity verification), the signed tokens devices and staff receive, the settings of an
 * external identity provider, and the {@link io.lifeline.command.identity.Acting} every command
 * carries in its metadata. Depends only on the contracts; the features depend on it.
 */
package io.lifeline.command.identity;
