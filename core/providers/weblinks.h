#pragma once

#include <QUrl>

/// Where an item lives on its service's website, for "Open in browser". Empty for items
/// that have no page (local repositories). Any thread.
namespace WebLinks {

/// `kind`: "commit" (reference: the full sha), "pull" or "issue" (reference: the number).
QUrl itemUrl(const QString &provider, const QString &baseUrl, const QString &repoFullName,
             const QString &kind, const QString &reference);

} // namespace WebLinks
