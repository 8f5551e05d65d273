#pragma once

#include "core/common/result.h"

#include <QUrl>

/// Where one GitHub lives: github.com, or a GitHub Enterprise Server (and, in tests, a fake
/// server on 127.0.0.1). The web URL serves sign-in pages, the API URL the REST API.
/// Value type, any thread.
struct GitHubHost
{
    QUrl webUrl; ///< https://github.com or https://ghe.example.com
    QUrl apiUrl; ///< https://api.github.com or https://ghe.example.com/api/v3

    static GitHubHost gitHubCom();
    /// From what a user typed ("ghe.example.com", "https://ghe.example.com/"); empty text or
    /// github.com itself gives gitHubCom(). Rejects what is not an http(s) URL.
    static Result<GitHubHost> fromUserInput(const QString &text);
    /// From the value stored in accounts.base_url ("" for github.com).
    static GitHubHost fromStoredBaseUrl(const QString &baseUrl);

    bool isGitHubCom() const;
    /// "" for github.com, else the web URL: the value kept in accounts.base_url.
    QString storedBaseUrl() const;
    /// "github.com", "ghe.example.com:8443": for people and keychain entry names.
    QString displayName() const;

    QUrl webEndpoint(const QString &path) const;
    QUrl apiEndpoint(const QString &path) const;
    /// https://api.github.com/graphql, or https://host/api/graphql on an Enterprise Server.
    QUrl graphqlEndpoint() const;
};
