#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What kind of work a commit is, read once from its message when it is written to the cache
/// (CacheWriter) and kept in commits.work_kind by the id below.
enum class WorkKind : qint8 {
    Feature,
    Fix,
    Refactor,
    Performance,
    Docs,
    Test,
    Build,
    Ci,
    Chore,
    Style,
    Revert,
    Merge,
    Other,
};

/// The rules that classify a commit, on its subject (first line): the Conventional Commits
/// type when it has one ("feat(ui)!: …"), else `Revert "…"`, a merge ("Merge pull request …",
/// "Merge branch …"), the words fix or bug; else other. Any thread.
namespace WorkKinds {

WorkKind classify(const QString &message);
/// Every kind, in the order charts and tables list them.
QList<WorkKind> all();
/// The stable id kept in the cache and used on the command line ("feat", "fix", …, "merge",
/// "other").
QString id(WorkKind kind);
std::optional<WorkKind> fromId(const QString &id);
/// The kind's name for people ("Features", "Fixes", …), translated.
QString name(WorkKind kind);
/// The rules above in sentences, translated, for the window to show.
QStringList rules();

} // namespace WorkKinds
