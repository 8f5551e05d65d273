#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

/// Plays the user's browser in sign-in tests: opens a URL, follows redirects (the fake
/// GitHub's consent redirects to DevPulse's loopback listener) and keeps the last page.
/// Plug it into BrowserSignIn::openBrowserRequested, or QDesktopServices::setUrlHandler
/// with the slot `open`.
class FakeBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBrowser)

public:
    explicit FakeBrowser(QObject *parent = nullptr);

    int lastStatus() const { return m_lastStatus; }
    QByteArray lastPage() const { return m_lastPage; }
    QList<QUrl> visited() const { return m_visited; }

signals:
    void pageLoaded();

public slots:
    void open(const QUrl &url);

private:
    QNetworkAccessManager m_network;
    int m_lastStatus = 0;
    QByteArray m_lastPage;
    QList<QUrl> m_visited;
};
