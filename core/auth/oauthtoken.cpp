#include "core/auth/oauthtoken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace OAuthTokenResponse {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokenResponse)
};
} // namespace

Error errorFor(const QString &code, const QString &description)
{
    const QString detail = description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    if (code == QLatin1String("access_denied"))
        return Error{Tr::tr("Sign-in was cancelled on GitHub. Nothing was connected; start again "
                            "whenever you like."),
                     detail, ErrorKind::Cancelled};
    if (code == QLatin1String("bad_verification_code"))
        return Error{
            Tr::tr("GitHub did not accept the sign-in code; it may have expired. Start the "
                   "sign-in again."),
            detail, ErrorKind::AuthenticationRequired};
    if (code == QLatin1String("incorrect_client_credentials"))
        return Error{
            Tr::tr("GitHub rejected DevPulse's OAuth App credentials. Check the client id "
                   "and secret (DEVPULSE_GITHUB_CLIENT_ID and DEVPULSE_GITHUB_CLIENT_SECRET, "
                   "see the README), or paste a personal access token instead."),
            detail};
    if (code == QLatin1String("redirect_uri_mismatch"))
        return Error{
            Tr::tr("GitHub refused DevPulse's return address. The OAuth App's callback URL "
                   "must be http://127.0.0.1/callback (see the README)."),
            detail};
    if (code == QLatin1String("expired_token"))
        return Error{
            Tr::tr("The sign-in code expired before it was entered. Start the sign-in again "
                   "to get a new code."),
            detail, ErrorKind::AuthenticationRequired};
    if (code == QLatin1String("device_flow_disabled"))
        return Error{
            Tr::tr("Sign-in with a code is not enabled for this OAuth App. Use the browser "
                   "sign-in or paste a personal access token."),
            detail};
    if (code == QLatin1String("unsupported_grant_type")
        || code == QLatin1String("incorrect_device_code"))
        return Error{Tr::tr("GitHub did not accept the sign-in request. Start the sign-in again."),
                     detail};
    return Error{
        Tr::tr("GitHub refused the sign-in: %1").arg(description.isEmpty() ? code : description),
        detail};
}

QString errorCode(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object().value(QLatin1String("error")).toString();
}

Result<OAuthToken> parse(const HttpResponse &response)
{
    if (response.error)
        return *response.error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{
            Tr::tr("GitHub's sign-in server sent an answer DevPulse cannot read (HTTP %1). "
                   "Try again in a moment.")
                .arg(response.status),
            QStringLiteral("token response is not a JSON object: %1")
                .arg(parseError.errorString())};
    }
    const QJsonObject object = document.object();
    const QString errorCode = object.value(QLatin1String("error")).toString();
    if (!errorCode.isEmpty())
        return errorFor(errorCode, object.value(QLatin1String("error_description")).toString());
    const QString token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty() || response.status != 200) {
        return Error{Tr::tr("GitHub's sign-in server answered without a token (HTTP %1). Try again "
                            "in a moment.")
                         .arg(response.status),
                     QStringLiteral("no access_token in the answer")};
    }
    return OAuthToken{token, object.value(QLatin1String("scope")).toString()};
}

} // namespace OAuthTokenResponse
