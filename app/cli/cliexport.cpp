// devpulse export: the dashboard's charts as PDF, PNG or CSV, rendered offscreen by the same
// DashboardPage and DashboardExport code as the window.
#include "cli/clicommands.h"
#include "cli/clicontext.h"
#include "export/dashboardexport.h"
#include "metrics/metricsrunner.h"
#include "pages/dashboardpage.h"
#include "people/identities.h"
#include "people/teams.h"
#include "providers/providercatalog.h"
#include "storage/cachedatabase.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace CliCommands {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
constexpr int MetricsTimeoutMs = 120000;
} // namespace

int exportDashboard(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("pdf, csv or png."),
                                          QStringLiteral("format"));
    const QCommandLineOption chartOption(
        QStringLiteral("chart"),
        Tr::tr("One chart (%1) or all (default).")
            .arg(DashboardTables::chartIds().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("all"));
    const QCommandLineOption rangeOption(QStringLiteral("range"),
                                         Tr::tr("7d, 30d, 90d, 1y or all (default 90d)."),
                                         QStringLiteral("range"), QStringLiteral("90d"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         Tr::tr("From this day (instead of --range)."),
                                         QStringLiteral("date"));
    const QCommandLineOption untilOption(QStringLiteral("until"), Tr::tr("Up to this day."),
                                         QStringLiteral("date"));
    const QCommandLineOption repoOption(QStringLiteral("repo"),
                                        Tr::tr("Only this repository (owner/name); repeatable."),
                                        QStringLiteral("owner/name"));
    const QCommandLineOption zoneOption(QStringLiteral("tz"), Tr::tr("local (default) or author."),
                                        QStringLiteral("zone"), QStringLiteral("local"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("The file to write; a folder for --chart all with csv or png."),
        QStringLiteral("path"));
    const QCommandLineOption pageOption(
        QStringLiteral("page-size"),
        Tr::tr("a4 or letter (default: the locale's, as in the window)."), QStringLiteral("size"));
    const QCommandLineOption pdfAOption(QStringLiteral("pdf-a"),
                                        Tr::tr("Write PDF/A-1b (for archiving)."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), Tr::tr("PNG scale (default 2)."),
                                         QStringLiteral("factor"), QStringLiteral("2"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       Tr::tr("Start CSV files with a byte order mark (Excel)."));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          Tr::tr("Only this person's work; repeatable."),
                                          QStringLiteral("login"));
    const QCommandLineOption teamOption(QStringLiteral("team"),
                                        Tr::tr("Only this team's people; repeatable."),
                                        QStringLiteral("name"));
    parser.addOptions({formatOption, chartOption, rangeOption, sinceOption, untilOption, repoOption,
                       authorOption, teamOption, zoneOption, outputOption, pageOption, scaleOption,
                       bomOption, pdfAOption});
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse export --format pdf|csv|png [--chart NAME|all] "
                              "[--range 90d | --since D --until D] [--repo owner/name]... -o PATH"),
                       &exitCode))
        return exitCode;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")
        && format != QLatin1String("png"))
        return context.usageError(Tr::tr("--format takes pdf, csv or png."));
    const QString chart = parser.value(chartOption);
    if (chart != QLatin1String("all") && !DashboardTables::chartIds().contains(chart))
        return context.usageError(
            Tr::tr("Unknown chart “%1”. Charts: %2.")
                .arg(chart, DashboardTables::chartIds().join(QStringLiteral(", "))));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return context.usageError(Tr::tr("Where to? Add -o PATH."));
    const QString pageSize = parser.value(pageOption);
    if (parser.isSet(pageOption) && pageSize != QLatin1String("a4")
        && pageSize != QLatin1String("letter"))
        return context.usageError(Tr::tr("--page-size takes a4 or letter."));
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || scale < 0.5 || scale > 8)
        return context.usageError(Tr::tr("--scale takes a number from 0.5 to 8."));

    MetricsFilter filter;
    const QHash<QString, int> ranges{{QStringLiteral("7d"), 7},
                                     {QStringLiteral("30d"), 30},
                                     {QStringLiteral("90d"), 90},
                                     {QStringLiteral("1y"), 365},
                                     {QStringLiteral("all"), 0}};
    if (parser.isSet(sinceOption) || parser.isSet(untilOption)) {
        filter.from = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
        filter.to = QDate::fromString(parser.value(untilOption), Qt::ISODate);
        if ((parser.isSet(sinceOption) && !filter.from.isValid())
            || (parser.isSet(untilOption) && !filter.to.isValid()))
            return context.usageError(Tr::tr("--since and --until want dates like 2026-11-25."));
    } else {
        if (!ranges.contains(parser.value(rangeOption)))
            return context.usageError(Tr::tr("--range takes 7d, 30d, 90d, 1y or all."));
        const int days = ranges.value(parser.value(rangeOption));
        if (days > 0) {
            filter.to = QDate::currentDate();
            filter.from = filter.to.addDays(1 - days);
        }
    }
    if (parser.value(zoneOption) != QLatin1String("local")
        && parser.value(zoneOption) != QLatin1String("author"))
        return context.usageError(Tr::tr("--tz takes local or author."));
    filter.timeZone = parser.value(zoneOption) == QLatin1String("author")
                          ? TimeZoneMode::AuthorOffset
                          : TimeZoneMode::Local;
    filter.authors = parser.values(authorOption);
    if (!context.openCache(&exitCode))
        return exitCode;

    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    QSqlDatabase &db = connection.database();
    const Result<QList<QPair<qint64, QString>>> repos = CacheOverview::repositories(db);
    const Result<CacheCounts> counts = CacheOverview::counts(db);
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(db);
    if (!repos || !counts || !accounts)
        return context.fail(!repos ? repos.error() : !counts ? counts.error() : accounts.error());
    for (const QString &name : parser.values(repoOption)) {
        const auto found = std::find_if(repos.value().cbegin(), repos.value().cend(),
                                        [&name](const auto &repo) { return repo.second == name; });
        if (found == repos.value().cend())
            return context.usageError(Tr::tr("No repository “%1” in the cache.").arg(name));
        filter.repoIds << found->first;
    }
    for (const QString &teamName : parser.values(teamOption)) {
        const Result<Team> team = Teams::byName(db, teamName);
        if (!team)
            return context.fail(team.error());
        filter.authors << team.value().members;
    }
    if (counts.value().isEmpty())
        return context.fail(
            Error{Tr::tr("The cache is empty: sync an account first (devpulse sync)."),
                  QStringLiteral("empty cache")});

    // The dashboard itself, laid out offscreen at a report-friendly size.
    MetricsRunner runner(context.cacheAddress());
    DashboardPage page(&runner);
    page.resize(1100, 2600);
    page.setRepositories(repos.value());
    if (!filter.authors.isEmpty()) {
        // The People filter needs its list only to hold the people asked for; reading it
        // scans every commit (4 s of a 6 s report at 1M commits), so only when asked.
        const Result<QList<Person>> people = Identities::people(db);
        const Result<QList<Team>> teams = Teams::all(db);
        if (people && teams)
            page.setPeople(people.value(), teams.value());
    }
    page.setAccounts(accounts.value());
    QEventLoop loop;
    QString metricsError;
    QObject::connect(&runner, &MetricsRunner::metricsReady, &loop,
                     [&](const DashboardMetrics &metrics) {
                         // The page's own filter: it completes an open range (--since
                         // without --until ends today), so `filter` itself never came back.
                         if (metrics.filter == page.filter()) {
                             metricsError = metrics.error;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(MetricsTimeoutMs, &loop, [&] {
        metricsError = Tr::tr("Computing the charts took too long.");
        loop.quit();
    });
    page.setCounts(counts.value());
    page.setFilter(filter);
    page.show();
    loop.exec();
    if (!metricsError.isEmpty())
        return context.fail(Error{metricsError, QStringLiteral("metrics")});
    QCoreApplication::processEvents(); // let the charts lay out their new data

    const QStringList charts
        = chart == QLatin1String("all") ? DashboardTables::chartIds() : QStringList{chart};
    DashboardExport::ReportInfo info;
    info.generatedAt = QDateTime::currentDateTimeUtc();
    info.filterText = page.describeShownFilter();
    for (const AccountSummary &summary : accounts.value())
        info.accounts << DashboardTables::accountName(
            ProviderCatalog::info(summary.account.provider).displayName,
            summary.account.displayName, summary.account.login);

    if (format == QLatin1String("pdf")) {
        const Result<int> pages = DashboardExport::writePdf(
            output, page, info,
            !parser.isSet(pageOption)             ? DashboardExport::defaultPageSize()
            : pageSize == QLatin1String("letter") ? QPageSize::Letter
                                                  : QPageSize::A4,
            parser.isSet(pdfAOption));
        if (!pages)
            return context.fail(pages.error());
        context.out() << Tr::tr("Wrote %1 (%2 pages).").arg(output).arg(pages.value()) << "\n";
        return Cli::Ok;
    }
    const bool intoFolder = charts.size() > 1 || QFileInfo(output).isDir();
    if (intoFolder && !QDir().mkpath(output))
        return context.fail(Error{Tr::tr("Cannot create the folder %1.").arg(output), QString()});
    const QList<ChartTable> tables = page.tables();
    for (const QString &id : charts) {
        const QString path
            = intoFolder ? QDir(output).filePath(DashboardExport::fileNameFor(id, format)) : output;
        Result<void> written = Result<void>();
        if (format == QLatin1String("csv"))
            written = DashboardExport::writeCsv(path, DashboardTables::find(tables, id),
                                                parser.isSet(bomOption));
        else if (page.chartWidget(id))
            written = DashboardExport::writePng(path, page.chartWidget(id), scale);
        else
            continue; // numbers only (merge-delay-weekly): nothing to draw
        if (!written)
            return context.fail(written.error());
        context.out() << Tr::tr("Wrote %1.").arg(path) << "\n";
    }
    return Cli::Ok;
}

} // namespace CliCommands
