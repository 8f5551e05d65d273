#include "tests/support/fakebrowser.h"

#include <QNetworkReply>

FakeBrowser::FakeBrowser(QObject *parent)
    : QObject(parent)
{}

void FakeBrowser::open(const QUrl &url)
{
    m_visited << url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &to) { m_visited << to; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_lastPage = reply->readAll();
        emit pageLoaded();
    });
}
