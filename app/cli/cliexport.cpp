// devpulse export: the dashboard's charts as PDF, PNG or CSV, rendered offscreen by the same
// DashboardPage and DashboardExport code as the window.
#include "app/cli/clicommands.h"
#include "app/cli/clicontext.h"
#include "app/cli/clifilter.h"
#include "core/metrics/metricsrunner.h"
#include "core/people/identities.h"
#include "core/people/teams.h"
#include "core/providers/providercatalog.h"
#include "core/storage/cachedatabase.h"
#include "ui/export/dashboardexport.h"
#include "ui/pages/dashboardpage.h"

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
    const CliFilterOptions filterOptions(QStringLiteral("90d"));
    parser.addOptions(
        {formatOption, chartOption, outputOption, pageOption, scaleOption, bomOption, pdfAOption});
    filterOptions.addTo(parser);
    int exitCode = Cli::Ok;
    if (!context.parse(parser,
                       Tr::tr("Usage: devpulse export --format pdf|csv|png [--chart NAME|all] %1 "
                              "-o PATH")
                           .arg(CliFilterOptions::usage()),
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

    std::optional<MetricsFilter> parsed = filterOptions.parse(context, parser, &exitCode);
    if (!parsed)
        return exitCode;
    MetricsFilter &filter = *parsed;
    if (!context.openCache(&exitCode))
        return exitCode;

    CacheConnection connection(context.cacheAddress(), QStringLiteral("cli"));
    QSqlDatabase &db = connection.database();
    const Result<QList<QPair<qint64, QString>>> repos = CacheOverview::repositories(db);
    const Result<CacheCounts> counts = CacheOverview::counts(db);
    const Result<QList<AccountSummary>> accounts = CacheOverview::accounts(db);
    if (!repos || !counts || !accounts)
        return context.fail(!repos ? repos.error() : !counts ? counts.error() : accounts.error());
    if (!filterOptions.resolve(context, parser, db, filter, &exitCode))
        return exitCode;
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
