// The dashboard window on a big cache as a user meets it (offscreen): cold start to the first
// painted charts, each filter change until every chart is repainted, the longest stall of the
// GUI thread meanwhile, and the process's peak memory.
//   build/bench/bench/bench_dashboard_gui [commits]
#include "bench/bigcache.h"
#include "tests/support/testservices.h"
#include "ui/mainwindow.h"
#include "ui/pages/dashboardpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
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
        m_timer.setTimerType(Qt::PreciseTimer);
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

// Times every event the GUI thread handles (outermost dispatch only): the longest is the
// window's own work, where StallMeter's gaps also hold the time the system ran other threads
// (on the shared 2-core machine the metrics thread and other processes take the cores).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type(); // the event may be gone after dispatch
        const char *receiverClass = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (clock.elapsed() > m_longest) {
            m_longest = clock.elapsed();
            m_what = QStringLiteral("event %1 to %2").arg(type).arg(QLatin1String(receiverClass));
        }
        return result;
    }
    void reset()
    {
        m_longest = 0;
        m_what.clear();
    }
    QByteArray longest() const
    {
        return QStringLiteral("%1 ms (%2)").arg(m_longest).arg(m_what).toLocal8Bit();
    }

private:
    int m_depth = 0;
    qint64 m_longest = 0;
    QString m_what;
};

// Runs the event loop until `done` holds (checked every millisecond) or two minutes pass.
// Not QTest::qWaitFor: it sleeps 10 ms between rounds of events, which the stall meter would
// count as the window's own.
template<typename Predicate>
bool waitFor(Predicate done)
{
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
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
                      &services.providerAccounts, &services.sync, &services.cacheSession);
    // Building the window is part of the start, but no stall: nothing is on screen yet.
    const qint64 built = timer.elapsed();
    stalls.reset();
    app.reset();
    window.resize(1400, 1000);
    window.show();
    auto *page = window.findChild<DashboardPage *>();
    // Split in two: the metrics answer applied to the cards, then one paint of the whole window.
    qint64 answeredAt = 0;
    auto painted = [&] {
        const bool shown = waitFor(
            [&] { return page->shownFilter() && *page->shownFilter() == page->filter(); });
        answeredAt = timer.elapsed();
        window.grab(); // paints every chart now, as the screen would
        return shown;
    };
    if (!painted())
        std::printf("the dashboard never showed its charts\n");
    std::printf("first start (no snapshot kept yet) to painted dashboard: %lld ms (window built "
                "in %lld ms; longest GUI stall once shown %lld ms, longest event %s)\n",
                timer.elapsed(), built, stalls.longest(), app.longest().constData());

    // The same measures with the window idle: what the machine alone adds to a gap.
    stalls.reset();
    app.reset();
    waitFor([&timer, idleFrom = timer.elapsed()] { return timer.elapsed() - idleFrom >= 2000; });
    std::printf("idle for 2 s: longest GUI stall %lld ms, longest event %s\n", stalls.longest(),
                app.longest().constData());

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
        app.reset();
        timer.restart();
        page->setFilter(filter);
        const bool shown = painted();
        const qint64 total = timer.elapsed();
        std::printf("%-16s %6lld ms to repainted charts%s (answer shown at %lld ms, paint %lld "
                    "ms); longest GUI stall %lld ms, longest event %s\n",
                    name, total, shown ? "" : " (timed out)", answeredAt, total - answeredAt,
                    stalls.longest(), app.longest().constData());
    }

    // Later starts, twice each: as on every later day (the snapshot the last window kept is
    // read instead of every commit), and as after a sync by the command line (the kept file no
    // longer matches; here: removed), which reads every commit like the first start.
    auto startAgain = [&](bool keptSnapshot) {
        if (!keptSnapshot)
            QFile::remove(cache.address() + QStringLiteral(".snapshot"));
        stalls.reset();
        timer.restart();
        TestServices servicesAgain(cache.address());
        MainWindow again(cache.dataDir(), cache.report(), &servicesAgain.accounts,
                         &servicesAgain.providerAccounts, &servicesAgain.sync,
                         &servicesAgain.cacheSession);
        const qint64 builtAgain = timer.elapsed();
        stalls.reset();
        app.reset();
        again.resize(1400, 1000);
        again.show();
        auto *pageAgain = again.findChild<DashboardPage *>();
        const bool shown = waitFor([&] {
            return pageAgain->shownFilter() && *pageAgain->shownFilter() == pageAgain->filter();
        });
        again.grab();
        std::printf("start again (%s): %lld ms to painted dashboard%s (window built in %lld ms; "
                    "longest GUI stall once shown %lld ms, longest event %s)\n",
                    keptSnapshot ? "snapshot kept" : "no snapshot kept", timer.elapsed(),
                    shown ? "" : " (timed out)", builtAgain, stalls.longest(),
                    app.longest().constData());
    }; // the window's destructor waits for it to keep its snapshot
    for (const bool kept : {true, false, true, false})
        startAgain(kept);
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
