#include "core/net/requestgate.h"
#include "tests/support/manualclock.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

/// The gate that limits a sync's requests in flight across its threads (issue 20, item 6).
class TestRequestGate : public QObject
{
    Q_OBJECT

private slots:
    void neverMoreThanTheLimitInFlight();
    void slowDownMakesItSerialForAWhile();
    void pointsLeftCapThePlaces();
    void cancelEndsAWait();
};

void TestRequestGate::neverMoreThanTheLimitInFlight()
{
    RequestGate gate(3, Clock::system());
    std::atomic_int inside{0};
    std::atomic_int mostInside{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 20; ++i) {
                QVERIFY(gate.acquire(nullptr));
                const int now = ++inside;
                int seen = mostInside.load();
                while (now > seen && !mostInside.compare_exchange_weak(seen, now)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                --inside;
                gate.release();
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(mostInside.load() <= 3);
    QVERIFY(gate.mostInFlight() <= 3);
    QVERIFY(gate.mostInFlight() >= 2); // eight threads did overlap
    QCOMPARE(gate.inFlight(), 0);
}

void TestRequestGate::slowDownMakesItSerialForAWhile()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC));
    RequestGate gate(4, clock);
    QVERIFY(!gate.isSerial());
    gate.slowDown(clock.now().addSecs(60)); // "Retry-After: 60"
    QVERIFY(gate.isSerial());
    QVERIFY(gate.acquire(nullptr));
    // A second place waits while the first is held...
    std::atomic_bool second{false};
    std::thread waiter([&] { second = gate.acquire(nullptr); });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    QVERIFY(!second.load());
    // ...and gets it once the first is given back.
    gate.release();
    waiter.join();
    QVERIFY(second.load());
    gate.release();
    // Serial until two minutes after the wait; then four again.
    clock.advance(std::chrono::seconds(60) + RequestGate::SerialAfterLimit
                  - std::chrono::seconds(1));
    QVERIFY(gate.isSerial());
    clock.advance(std::chrono::seconds(2));
    QVERIFY(!gate.isSerial());
}

void TestRequestGate::pointsLeftCapThePlaces()
{
    RequestGate gate(4, Clock::system());
    gate.noteRemainingPoints(2);
    QVERIFY(gate.acquire(nullptr));
    QVERIFY(gate.acquire(nullptr));
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    std::atomic_bool third{false};
    std::thread waiter([&] { third = gate.acquire(cancelled); });
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    QVERIFY(!third.load());        // two points left: two in flight
    gate.noteRemainingPoints(500); // a later answer: plenty left
    waiter.join();
    QVERIFY(third.load());
    // None left: still one at a time (that request learns when the limit resets and waits).
    gate.release();
    gate.release();
    gate.release();
    gate.noteRemainingPoints(0);
    QVERIFY(gate.isSerial());
}

void TestRequestGate::cancelEndsAWait()
{
    RequestGate gate(1, Clock::system());
    QVERIFY(gate.acquire(nullptr));
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    std::atomic_int outcome{-1};
    std::thread waiter([&] { outcome = gate.acquire(cancelled) ? 1 : 0; });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QCOMPARE(outcome.load(), -1);
    cancelled->store(true);
    waiter.join();
    QCOMPARE(outcome.load(), 0);
    QCOMPARE(gate.inFlight(), 1); // a cancelled wait takes no place
    gate.release();
}

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_requestgate.moc"
