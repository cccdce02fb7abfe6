/** The security headers every service answers with: content security policy, HSTS behind TLS, no sniffing, no framing. */
package io.lifeline.support.headers;
