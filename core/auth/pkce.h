#pragma once

#include <QByteArray>

/// Proof Key for Code Exchange (RFC 7636, S256) and the random values OAuth needs.
namespace Pkce {

struct Pair
{
    QByteArray verifier;  ///< 64 URL-safe characters, kept by DevPulse
    QByteArray challenge; ///< base64url(SHA-256(verifier)), sent in the authorize URL
};

Pair generate();
QByteArray challengeFor(const QByteArray &verifier);
/// `bytes` random bytes from the system's CSPRNG, base64url without padding.
QByteArray randomUrlSafe(int bytes);

} // namespace Pkce
