// The dashboard window on a big cache as a user meets it (offscreen): cold start to the first
// painted charts, each filter change until every chart is repainted, the longest stall of the
// GUI thread meanwhile, and the process's peak memory.
//   build/bench/bench/bench_dashboard_gui [commits]
#include "bigcache.h"
#include "mainwindow.h"
#include "pages/dashboardpage.h"
#include "testservices.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

// VmHWM: the most resident memory the process has had.
long peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong() / 1024;
    }
    return -1;
}

// The longest time between two ticks of a 5 ms timer on the GUI thread: how long the window
// could not react to input.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_clock.start();
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.elapsed();
        m_longest = 0;
    }
    qint64 longest() const { return m_longest; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("devpulse-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_dashboard_gui"));
    QSettings().clear();
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    TestCache cache;
    const QList<qint64> repos = fillBigCache(cache, total);
    std::printf("cache: %d commits, %d pull requests; peak RSS so far %ld MiB\n", total, total / 10,
                peakRssMiB());

    StallMeter stalls;
    QElapsedTimer timer;
    timer.start();
    TestServices services(cache.address());
    MainWindow window(cache.dataDir(), cache.report(), &services.accounts,
                      &services.providerAccounts, &services.sync);
    window.resize(1400, 1000);
    window.show();
    auto *page = window.findChild<DashboardPage *>();
    auto painted = [&] {
        const bool shown = QTest::qWaitFor(
            [&] { return page->shownFilter() && *page->shownFilter() == page->filter(); }, 120000);
        window.grab(); // paints every chart now, as the screen would
        return shown;
    };
    if (!painted())
        std::printf("the dashboard never showed its charts\n");
    std::printf("first start (no snapshot kept yet) to painted dashboard: %lld ms (longest GUI "
                "stall %lld ms)\n",
                timer.elapsed(), stalls.longest());

    const QDate today = QDate::currentDate();
    auto range = [&today](int days) {
        MetricsFilter filter;
        filter.from = today.addDays(1 - days);
        filter.to = today;
        return filter;
    };
    MetricsFilter oneRepo = range(365);
    oneRepo.repoIds = {repos.first()};
    MetricsFilter onePerson = range(365);
    onePerson.authors = {QStringLiteral("dev7")};
    const QList<std::pair<const char *, MetricsFilter>> cases{
        {"last 90 days", range(90)}, {"last 12 months", range(365)}, {"one repository", oneRepo},
        {"one person", onePerson},   {"all time", MetricsFilter{}},  {"last 30 days", range(30)}};
    for (const auto &[name, filter] : cases) {
        stalls.reset();
        timer.restart();
        page->setFilter(filter);
        const bool shown = painted();
        std::printf("%-16s %6lld ms to repainted charts%s; longest GUI stall %lld ms\n", name,
                    timer.elapsed(), shown ? "" : " (timed out)", stalls.longest());
    }

    // A start as on every later day: the commit snapshot the first window kept beside the
    // cache is read instead of every commit.
    {
        stalls.reset();
        timer.restart();
        TestServices servicesAgain(cache.address());
        MainWindow again(cache.dataDir(), cache.report(), &servicesAgain.accounts,
                         &servicesAgain.providerAccounts, &servicesAgain.sync);
        again.resize(1400, 1000);
        again.show();
        auto *pageAgain = again.findChild<DashboardPage *>();
        const bool shown = QTest::qWaitFor(
            [&] {
                return pageAgain->shownFilter() && *pageAgain->shownFilter() == pageAgain->filter();
            },
            120000);
        again.grab();
        std::printf("start again (snapshot kept): %lld ms to painted dashboard%s (longest GUI "
                    "stall %lld ms)\n",
                    timer.elapsed(), shown ? "" : " (timed out)", stalls.longest());
    }
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
