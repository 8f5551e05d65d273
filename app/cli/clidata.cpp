// devpulse query, search, metrics and import: the cache's data for scripts, computed by the
// same core functions the dashboard calls.
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/clifilter.h"
#include "app/cli/cliinterrupt.h"
#include "app/cli/clioutput.h"
#include "core/export/dashboardtables.h"
#include "core/metrics/activitymetrics.h"
#include "core/metrics/codemetrics.h"
#include "core/metrics/commitactivity.h"
#include "core/metrics/deliverymetrics.h"
#include "core/metrics/mergedelay.h"
#include "core/metrics/metricssql.h"
#include "core/metrics/reviewmetrics.h"
#include "core/metrics/search.h"
#include "core/people/teams.h"
#include "core/providers/csv/csvactivityimport.h"
#include "core/query/cachequery.h"
#include "core/storage/cachedatabase.h"
#include "core/sync/syncmanager.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace CliCommands {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// YYYY-MM-DD, or a usage error.
bool dateOption(CliContext &context, const QCommandLineParser &parser, const QString &name,
                QDate *date, int *exitCode)
{
    if (!parser.isSet(name))
        return true;
    *date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date->isValid()) {
        *exitCode = context.usageError(
            Tr::tr("--%1 wants a date like 2026-11-25, not “%2”.").arg(name, parser.value(name)));
        return false;
    }
    return true;
}

} // namespace

int query(CliContext &context, const QString &collection)
{
    QCommandLineParser parser;
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          Tr::tr("Only rows whose FIELD equals VALUE; repeatable."),
                                          QStringLiteral("field=value"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), Tr::tr("From this day (UTC)."),
                                         QStringLiteral("date"));
    const QCommandLineOption untilOption(QStringLiteral("until"), Tr::tr("Up to this day (UTC)."),
                                         QStringLiteral("date"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        Tr::tr("Sort by FIELD, :asc or :desc (default desc)."),
                                        QStringLiteral("field[:desc]"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Tr::tr("Rows per page (default 50)."), QStringLiteral("n"),
                                         QStringLiteral("50"));
    const QCommandLineOption pageOption(QStringLiteral("page"), Tr::tr("Page number, from 1."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({filterOption, sinceOption, untilOption, sortOption, limitOption, pageOption,
                       CliContext::outputFormatOption()});
    int exitCode = Cli::Ok;
    const QString usage
        = Tr::tr("Usage: devpulse query %1 [--filter FIELD=VALUE]... [--since D] [--until D] "
                 "[--sort FIELD[:asc|:desc]] [--limit N] [--page N] [--format table|json|csv]\n"
                 "Fields of %1: %2")
              .arg(collection.isEmpty() ? QStringLiteral("COLLECTION") : collection,
                   CacheQuery::fields(collection).join(QStringLiteral(", ")));
    if (!context.parse(parser, usage, &exitCode))
        return exitCode;
    const std::optional<CliOutput::Format> format = context.outputFormat(parser, &exitCode);
    if (!format)
        return exitCode;
    QueryRequest request;
    request.collection = collection;
    for (const QString &filter : parser.values(filterOption)) {
        const qsizetype equals = filter.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.usageError(Tr::tr("--filter wants FIELD=VALUE, not “%1”.").arg(filter));
        request.filters.append({filter.left(equals), filter.mid(equals + 1)});
    }
    if (!dateOption(context, parser, QStringLiteral("since"), &request.since, &exitCode)
        || !dateOption(context, parser, QStringLiteral("until"), &request.until, &exitCode))
        return exitCode;
    if (parser.isSet(sortOption)) {
        const QStringList sort = parser.value(sortOption).split(QLatin1Char(':'));
        request.sortField = sort.value(0);
        const QString direction = sort.value(1, QStringLiteral("desc"));
        if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
            return context.usageError(Tr::tr("--sort wants FIELD, FIELD:asc or FIELD:desc."));
        request.sortDescending = direction == QLatin1String("desc");
    }
    bool limitOk = false;
    bool pageOk = false;
    request.limit = parser.value(limitOption).toInt(&limitOk);
    request.page = parser.value(pageOption).toInt(&pageOk);
    if (!limitOk || !pageOk)
        return context.usageError(Tr::tr("--limit and --page want whole numbers."));
    if (!context.openCache(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    const Result<QueryResult> result = CacheQuery::run(connection.database(), request);
    if (!result) {
        if (result.error().kind == ErrorKind::InvalidInput)
            return context.usageError(result.error().userMessage);
        return context.fail(result.error());
    }
    CliOutput::Rows rows{result.value().fields, result.value().rows, {}};
    rows.meta.insert(QStringLiteral("collection"), collection);
    rows.meta.insert(QStringLiteral("total"), result.value().total);
    rows.meta.insert(QStringLiteral("page"), request.page);
    rows.meta.insert(QStringLiteral("limit"), request.limit);
    CliOutput::print(context.out(), rows, *format);
    return Cli::Ok;
}

int search(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption inOption(
        QStringLiteral("in"), Tr::tr("Where to look: commits, pulls, issues (comma separated)."),
        QStringLiteral("kinds"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Tr::tr("At most N hits (default 50)."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({inOption, limitOption, CliContext::outputFormatOption()});
    parser.addPositionalArgument(QStringLiteral("text"), Tr::tr("Words to find (prefixes match)."));
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse search TEXT [--in commits,pulls,issues] [--limit N] "
                              "[--format table|json|csv]"),
                       &exitCode))
        return exitCode;
    const std::optional<CliOutput::Format> format = context.outputFormat(parser, &exitCode);
    if (!format)
        return exitCode;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return context.usageError(Tr::tr("What should DevPulse search for? devpulse search TEXT"));
    QStringList kinds;
    const QHash<QString, QString> kindNames{{QStringLiteral("commits"), QStringLiteral("commit")},
                                            {QStringLiteral("pulls"), QStringLiteral("pull")},
                                            {QStringLiteral("issues"), QStringLiteral("issue")}};
    if (parser.isSet(inOption)) {
        for (const QString &kind :
             parser.value(inOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!kindNames.contains(kind.trimmed()))
                return context.usageError(
                    Tr::tr("--in takes commits, pulls and issues, not “%1”.").arg(kind));
            kinds << kindNames.value(kind.trimmed());
        }
    }
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 10000)
        return context.usageError(Tr::tr("--limit wants a number from 1 to 10000."));
    if (!context.openCache(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    const Result<QList<SearchHit>> hits
        = Search::find(connection.database(), text, MetricsFilter{}, kinds, limit, 0);
    if (!hits)
        return context.fail(hits.error());
    CliOutput::Rows rows;
    rows.fields = {QStringLiteral("kind"), QStringLiteral("repo"), QStringLiteral("reference"),
                   QStringLiteral("time"), QStringLiteral("text"), QStringLiteral("url")};
    for (const SearchHit &hit : hits.value())
        rows.rows << QVariantList{
            hit.kind,      hit.repo,
            hit.reference, hit.time.toUTC().toString(Qt::ISODate),
            hit.text,      hit.url.isValid() ? QVariant(hit.url.toString()) : QVariant()};
    rows.meta.insert(QStringLiteral("query"), text);
    CliOutput::print(context.out(), rows, *format);
    return Cli::Ok;
}

namespace {
// Further tables of a metric in its JSON (and its table's meta): "dora-repos" as
// "dora_repos": [{field: value, ...}], dates as ISO days.
void addTablesBeside(CliOutput::Rows &rows, const QList<ChartTable> &tables, const QStringList &ids)
{
    for (const QString &id : ids) {
        const ChartTable table = DashboardTables::find(tables, id);
        QJsonArray objects;
        for (const QVariantList &row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.fields.size(); ++i) {
                const QVariant &value = row.value(i);
                object.insert(table.fields.at(i),
                              value.typeId() == QMetaType::QDate
                                  ? QJsonValue(value.toDate().toString(Qt::ISODate))
                                  : QJsonValue::fromVariant(value));
            }
            objects.append(object);
        }
        rows.meta.insert(QString(id).replace(QLatin1Char('-'), QLatin1Char('_')), objects);
    }
}
} // namespace

int metrics(CliContext &context, const QString &metric)
{
    QCommandLineParser parser;
    const CliFilterOptions filterOptions(QStringLiteral("all"));
    filterOptions.addTo(parser);
    parser.addOption(CliContext::outputFormatOption());
    int exitCode = Cli::Ok;
    const QStringList known{QStringLiteral("punchcard"),   QStringLiteral("calendar"),
                            QStringLiteral("merge-delay"), QStringLiteral("contributions"),
                            QStringLiteral("lines"),       QStringLiteral("activity"),
                            QStringLiteral("work-types"),  QStringLiteral("reviews"),
                            QStringLiteral("review-load"), QStringLiteral("dora")};
    const QString usage = Tr::tr("Usage: devpulse metrics %1 %2 [--format table|json|csv]")
                              .arg(known.join(QLatin1Char('|')), CliFilterOptions::usage());
    if (!context.parse(parser, usage, &exitCode))
        return exitCode;
    if (!known.contains(metric))
        return context.usageError(Tr::tr("Unknown metric “%1”.\n%2").arg(metric, usage));
    const std::optional<CliOutput::Format> format = context.outputFormat(parser, &exitCode);
    if (!format)
        return exitCode;
    std::optional<MetricsFilter> parsed = filterOptions.parse(context, parser, &exitCode);
    if (!parsed)
        return exitCode;
    MetricsFilter filter = *parsed;
    const QString zone = filter.timeZone == TimeZoneMode::AuthorOffset ? QStringLiteral("author")
                                                                       : QStringLiteral("local");
    if (!context.openCache(&exitCode))
        return exitCode;
    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    QSqlDatabase &db = connection.database();
    if (!filterOptions.resolve(context, parser, db, filter, &exitCode))
        return exitCode;
    if (const Result<MetricsFilter> prepared = MetricsSql::prepare(db, filter); prepared)
        filter = prepared.value();
    else
        return context.fail(prepared.error());

    CliOutput::Rows rows;
    rows.meta.insert(QStringLiteral("metric"), metric);
    rows.meta.insert(QStringLiteral("time_zone"), zone);
    auto failWith = [&context](const Error &error) { return context.fail(error); };
    if (metric == QLatin1String("punchcard")) {
        const Result<PunchCard> card = CommitActivity::punchCard(db, filter);
        if (!card)
            return failWith(card.error());
        rows.fields
            = {QStringLiteral("weekday"), QStringLiteral("hour"), QStringLiteral("commits")};
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (card.value().counts[day][hour] > 0) // ISO weekday: Monday = 1
                    rows.rows << QVariantList{day + 1, hour, card.value().counts[day][hour]};
            }
        }
        rows.meta.insert(QStringLiteral("total"), card.value().total);
    } else if (metric == QLatin1String("calendar")) {
        const Result<CalendarDays> days = CommitActivity::calendar(db, filter);
        if (!days)
            return failWith(days.error());
        rows.fields = {QStringLiteral("day"), QStringLiteral("commits")};
        for (auto it = days.value().counts.cbegin(); it != days.value().counts.cend(); ++it)
            rows.rows << QVariantList{it.key().toString(Qt::ISODate), it.value()};
    } else if (metric == QLatin1String("merge-delay")) {
        const Result<MergeDelay> delay
            = MergeDelayMetric::compute(db, filter, QDateTime::currentDateTimeUtc());
        if (!delay)
            return failWith(delay.error());
        rows.fields = {QStringLiteral("bucket"), QStringLiteral("merged"), QStringLiteral("open")};
        for (qsizetype i = 0; i < delay.value().delays.size(); ++i)
            rows.rows << QVariantList{delay.value().delays.at(i).label,
                                      delay.value().delays.at(i).count,
                                      delay.value().openAges.value(i).count};
        QJsonArray weekly;
        for (const WeeklyMergeDelay &week : delay.value().weekly)
            weekly.append(
                QJsonObject{{QStringLiteral("week"), week.weekStart.toString(Qt::ISODate)},
                            {QStringLiteral("merged"), week.merged},
                            {QStringLiteral("median_hours"), week.medianHours},
                            {QStringLiteral("p90_hours"), week.p90Hours}});
        rows.meta.insert(QStringLiteral("weekly"), weekly);
        rows.meta.insert(QStringLiteral("merged"), delay.value().merged);
        rows.meta.insert(QStringLiteral("closed_unmerged"), delay.value().closedUnmerged);
        rows.meta.insert(QStringLiteral("open"), delay.value().open);
    } else if (metric == QLatin1String("contributions")) {
        const Result<QList<Contributor>> people = CodeMetrics::contributors(db, filter);
        if (!people)
            return failWith(people.error());
        rows.fields = {QStringLiteral("name"),         QStringLiteral("commits"),
                       QStringLiteral("additions"),    QStringLiteral("deletions"),
                       QStringLiteral("pulls_opened"), QStringLiteral("pulls_merged")};
        for (const Contributor &person : people.value())
            rows.rows << QVariantList{person.name,
                                      person.commits,
                                      person.additions,
                                      person.deletions,
                                      person.pullRequestsOpened,
                                      person.pullRequestsMerged};
    } else if (metric == QLatin1String("lines")) {
        const Result<QList<WeeklyLines>> weeks = CodeMetrics::codeFrequency(db, filter);
        const Result<LinesPerPullRequest> perPull = CodeMetrics::linesPerPullRequest(db, filter);
        if (!weeks)
            return failWith(weeks.error());
        if (!perPull)
            return failWith(perPull.error());
        rows.fields
            = {QStringLiteral("week"), QStringLiteral("additions"), QStringLiteral("deletions")};
        for (const WeeklyLines &week : weeks.value())
            rows.rows << QVariantList{week.weekStart.toString(Qt::ISODate), week.additions,
                                      week.deletions};
        rows.meta.insert(QStringLiteral("pulls_merged"), perPull.value().pullRequests);
        rows.meta.insert(QStringLiteral("average_additions"), perPull.value().averageAdditions);
        rows.meta.insert(QStringLiteral("average_deletions"), perPull.value().averageDeletions);
        rows.meta.insert(QStringLiteral("median_additions"), perPull.value().medianAdditions);
        rows.meta.insert(QStringLiteral("median_deletions"), perPull.value().medianDeletions);
    } else if (metric == QLatin1String("reviews") || metric == QLatin1String("review-load")) {
        const Result<ReviewMetrics> reviews = ReviewMetricsQuery::compute(db, filter);
        if (!reviews)
            return failWith(reviews.error());
        // The window's and the report's tables: the chosen one as rows, the others beside.
        const QList<ChartTable> tables = DashboardTables::reviewTables(reviews.value());
        const bool load = metric == QLatin1String("review-load");
        const ChartTable main = DashboardTables::find(tables, load ? QStringLiteral("review-load")
                                                                   : QStringLiteral("reviews"));
        rows.fields = main.fields;
        rows.rows = main.rows;
        rows.meta.insert(QStringLiteral("summary"), main.summary);
        const QStringList beside
            = load ? QStringList{QStringLiteral("review-pairs")}
                   : QStringList{QStringLiteral("reviews-weekly"), QStringLiteral("review-size"),
                                 QStringLiteral("review-rounds")};
        addTablesBeside(rows, tables, beside);
        if (!load) {
            const ReviewMetrics &r = reviews.value();
            rows.meta.insert(QStringLiteral("reviewed"), r.reviewed);
            rows.meta.insert(QStringLiteral("first_review_median_hours"), r.firstReviewMedianHours);
            rows.meta.insert(QStringLiteral("first_review_p90_hours"), r.firstReviewP90Hours);
            rows.meta.insert(QStringLiteral("merged"), r.merged);
            rows.meta.insert(QStringLiteral("merged_without_review"), r.mergedUnreviewed);
            rows.meta.insert(QStringLiteral("approval_to_merge_median_hours"),
                             r.approvalToMergeMedianHours);
            rows.meta.insert(QStringLiteral("average_rounds"), r.averageRounds);
        }
    } else if (metric == QLatin1String("dora")) {
        const Result<DeliveryMetrics> delivery = DeliveryMetricsQuery::compute(db, filter);
        if (!delivery)
            return failWith(delivery.error());
        const QList<ChartTable> tables = DashboardTables::deliveryTables(delivery.value());
        const ChartTable keys = DashboardTables::find(tables, QStringLiteral("dora"));
        rows.fields = keys.fields;
        rows.rows = keys.rows;
        rows.meta.insert(QStringLiteral("summary"), keys.summary);
        addTablesBeside(rows, tables,
                        {QStringLiteral("dora-weekly"), QStringLiteral("dora-repos")});
        rows.meta.insert(QStringLiteral("definitions"),
                         QJsonArray::fromStringList(
                             DeliveryMetricsQuery::definitions(delivery.value().settings)));
    } else if (metric == QLatin1String("work-types")) {
        const Result<QList<DayCount>> perDay = CodeMetrics::workKindsPerDay(db, filter);
        if (!perDay)
            return failWith(perDay.error());
        // The window's and the report's table, months as ISO dates.
        const ChartTable table = DashboardTables::workKinds(perDay.value());
        rows.fields = table.fields;
        for (QVariantList row : table.rows) {
            row[0] = row.at(0).toDate().toString(Qt::ISODate);
            rows.rows << row;
        }
        rows.meta.insert(QStringLiteral("summary"), table.summary);
    } else {
        const Result<ActivitySeries> activity = ActivityMetrics::minutesByService(db, filter);
        if (!activity)
            return failWith(activity.error());
        rows.fields = {activity.value().weekly ? QStringLiteral("week") : QStringLiteral("day"),
                       QStringLiteral("service"), QStringLiteral("minutes")};
        for (qsizetype p = 0; p < activity.value().periods.size(); ++p) {
            for (qsizetype s = 0; s < activity.value().services.size(); ++s) {
                if (activity.value().minutes.at(s).at(p) > 0)
                    rows.rows << QVariantList{activity.value().periods.at(p).toString(Qt::ISODate),
                                              activity.value().services.at(s),
                                              activity.value().minutes.at(s).at(p)};
            }
        }
        rows.meta.insert(QStringLiteral("total_minutes"), activity.value().totalMinutes);
    }
    CliOutput::print(context.out(), rows, *format);
    return Cli::Ok;
}

int importFile(CliContext &context, const QString &kind)
{
    if (kind != QLatin1String("csv"))
        return context.usageError(
            Tr::tr("Unknown import “%1”: use devpulse import csv FILE.").arg(kind));
    QCommandLineParser parser;
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), Tr::tr("Check the file and print the report; write nothing."));
    parser.addOption(dryRunOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("A CSV file: date,service,minutes,title."));
    int exitCode = Cli::Ok;
    if (!context.parse(parser, Tr::tr("Usage: devpulse import csv FILE [--dry-run]"), &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().value(0);
    if (path.isEmpty())
        return context.usageError(Tr::tr("Which file? devpulse import csv FILE"));

    const Result<CsvReport> report = CsvActivityImport::validate(path);
    if (!report)
        return context.fail(report.error());
    const QLocale locale;
    if (!report.value().problems.isEmpty()) {
        CliOutput::Rows problems;
        problems.fields
            = {QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("problem")};
        for (const CsvProblem &problem : report.value().problems)
            problems.rows << QVariantList{
                problem.line, problem.column.isEmpty() ? Tr::tr("(row)") : problem.column,
                problem.message};
        CliOutput::print(context.out(), problems, CliOutput::Format::Table);
    }
    context.out() << Tr::tr("%1 valid rows, %2 rows with problems.")
                         .arg(locale.toString(report.value().validRows),
                              locale.toString(report.value().invalidRows))
                  << "\n";
    if (parser.isSet(dryRunOption))
        return report.value().invalidRows > 0 ? Cli::Failure : Cli::Ok;
    if (!context.openCacheForWriting(&exitCode))
        return exitCode;
    if (report.value().validRows == 0) // no account for a file that brings nothing
        return context.fail(CsvActivityImport::noValidRows(QFileInfo(path).absoluteFilePath()));
    // A job of the sync manager like the window's import: the lease (never beside a running
    // "Sync now" of the same account), the sync history, Ctrl+C as Cancel.
    SyncManager manager(context.cacheAddress(), &context.secrets());
    QEventLoop loop;
    qint64 accountId = 0;
    std::optional<SyncRun> finished;
    std::optional<Error> notStarted;
    QObject::connect(&manager, &SyncManager::syncFinished, &loop,
                     [&](qint64 id, const SyncRun &run) {
                         if (id == accountId) {
                             finished = run;
                             loop.quit();
                         }
                     });
    QObject::connect(&manager, &SyncManager::syncFailedToStart, &loop,
                     [&](qint64, const Error &error) {
                         notStarted = error;
                         loop.quit();
                     });
    const CliInterrupt interrupt([&](int) { manager.cancelAll(); });
    const Result<qint64> account = manager.importCsvFile(QFileInfo(path).absoluteFilePath());
    if (!account)
        return context.fail(account.error());
    accountId = account.value();
    if (!notStarted && manager.isSyncing(accountId))
        loop.exec();
    if (notStarted)
        return context.fail(*notStarted);
    if (interrupt.signal() != 0)
        return interrupt.exitCode();
    if (!finished || finished->status != SyncRunStatus::Succeeded)
        return context.fail(Error{finished ? finished->error : Tr::tr("The import did not run."),
                                  QStringLiteral("import failed"),
                                  finished ? finished->errorKind : ErrorKind::Other});
    const CsvImportSummary summary = CsvActivityImport::summaryOf(
        report.value(), finished->itemsByKind.value(QStringLiteral("activities")));
    context.out() << Tr::tr("Imported: %1 new rows, %2 already there, %3 left out.")
                         .arg(locale.toString(summary.added), locale.toString(summary.unchanged),
                              locale.toString(summary.skipped))
                  << "\n";
    return Cli::Ok;
}

} // namespace CliCommands
