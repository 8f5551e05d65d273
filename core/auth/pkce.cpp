#include "core/auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Pkce {

QByteArray randomUrlSafe(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    for (int i = bytes - bytes % 4; i < bytes; ++i)
        random[i] = char(QRandomGenerator::system()->generate() & 0xff);
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pair generate()
{
    const QByteArray verifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    return {verifier, challengeFor(verifier)};
}

} // namespace Pkce
