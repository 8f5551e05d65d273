#include "core/common/workkind.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkKinds)
};

struct KindInfo
{
    WorkKind kind;
    const char *id;
};

// The Conventional Commits types first (their id is the type itself), then DevPulse's own.
constexpr KindInfo Kinds[] = {
    {WorkKind::Feature, "feat"},     {WorkKind::Fix, "fix"},       {WorkKind::Refactor, "refactor"},
    {WorkKind::Performance, "perf"}, {WorkKind::Docs, "docs"},     {WorkKind::Test, "test"},
    {WorkKind::Build, "build"},      {WorkKind::Ci, "ci"},         {WorkKind::Chore, "chore"},
    {WorkKind::Style, "style"},      {WorkKind::Revert, "revert"}, {WorkKind::Merge, "merge"},
    {WorkKind::Other, "other"},
};

QString subjectOf(const QString &message)
{
    const qsizetype end = message.indexOf(QLatin1Char('\n'));
    return (end < 0 ? message : message.left(end)).trimmed();
}

} // namespace

namespace WorkKinds {

WorkKind classify(const QString &message)
{
    // "type(scope)!: description", the type in any case (the specification allows it).
    static const QRegularExpression conventional(
        QStringLiteral("^(feat|fix|refactor|perf|docs|test|build|ci|chore|style|revert)"
                       "(\\([^)]*\\))?!?:\\s"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression merge(QStringLiteral(
        "^Merge (pull request|branch|remote-tracking branch|tag|commit|changes)\\b"));
    static const QRegularExpression fixWords(
        QStringLiteral("\\b(fix(es|ed|ing)?|bug(s|fix)?|hotfix)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString subject = subjectOf(message);
    if (const QRegularExpressionMatch match = conventional.match(subject); match.hasMatch())
        return fromId(match.captured(1).toLower()).value_or(WorkKind::Other);
    if (subject.startsWith(QLatin1String("Revert \"")))
        return WorkKind::Revert;
    if (merge.match(subject).hasMatch())
        return WorkKind::Merge;
    if (fixWords.match(subject).hasMatch())
        return WorkKind::Fix;
    return WorkKind::Other;
}

QList<WorkKind> all()
{
    QList<WorkKind> kinds;
    for (const KindInfo &info : Kinds)
        kinds << info.kind;
    return kinds;
}

QString id(WorkKind kind)
{
    for (const KindInfo &info : Kinds) {
        if (info.kind == kind)
            return QLatin1String(info.id);
    }
    return QStringLiteral("other");
}

std::optional<WorkKind> fromId(const QString &id)
{
    for (const KindInfo &info : Kinds) {
        if (id == QLatin1String(info.id))
            return info.kind;
    }
    return std::nullopt;
}

QString name(WorkKind kind)
{
    switch (kind) {
    case WorkKind::Feature: return Tr::tr("Features");
    case WorkKind::Fix: return Tr::tr("Fixes");
    case WorkKind::Refactor: return Tr::tr("Refactoring");
    case WorkKind::Performance: return Tr::tr("Performance");
    case WorkKind::Docs: return Tr::tr("Documentation");
    case WorkKind::Test: return Tr::tr("Tests");
    case WorkKind::Build: return Tr::tr("Build");
    case WorkKind::Ci: return Tr::tr("CI");
    case WorkKind::Chore: return Tr::tr("Chores");
    case WorkKind::Style: return Tr::tr("Style");
    case WorkKind::Revert: return Tr::tr("Reverts");
    case WorkKind::Merge: return Tr::tr("Merges");
    case WorkKind::Other: break;
    }
    return Tr::tr("Other");
}

QStringList rules()
{
    return {
        Tr::tr("A Conventional Commits type at the start of the subject gives the kind: "
               "feat, fix, refactor, perf, docs, test, build, ci, chore, style or revert, "
               "with or without a scope or “!” (“feat(ui)!: …”)."),
        Tr::tr("Otherwise a subject starting with Revert \"…\" is a revert, and one starting "
               "with “Merge pull request”, “Merge branch”, “Merge remote-tracking branch”, "
               "“Merge tag”, “Merge commit” or “Merge changes” is a merge."),
        Tr::tr("Otherwise the words fix, fixes, fixed, fixing, bug, bugs, bugfix or hotfix "
               "in the subject make it a fix."),
        Tr::tr("Everything else is other."),
    };
}

} // namespace WorkKinds
