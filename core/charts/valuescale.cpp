#include "core/charts/valuescale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ValueScale {

QList<double> niceTicks(double low, double high, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!(high > low)) // also NaN
        high = low + 1;
    const double span = high - low;
    const double rough = span / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (std::ceil(high / step) - std::floor(low / step) + 1 <= maxTicks)
            break;
    }
    if (step < 1 && std::floor(low) == low && std::floor(high) == high)
        step = 1; // counts: no tick between two whole numbers
    QList<double> ticks;
    for (double tick = std::floor(low / step) * step; tick <= high + step * 1e-9; tick += step)
        ticks << (std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    if (ticks.constLast() < high - step * 1e-9)
        ticks << ticks.constLast() + step;
    return ticks;
}

std::optional<double> outlierCut(const QList<double> &totals)
{
    QList<double> nonZero;
    for (double value : totals) {
        if (value > 0)
            nonZero << value;
    }
    if (nonZero.size() < OutlierMinimumBars)
        return std::nullopt;
    std::sort(nonZero.begin(), nonZero.end());
    const double p95 = nonZero.at(qsizetype(std::ceil(0.95 * double(nonZero.size()))) - 1);
    if (p95 <= 0 || nonZero.constLast() <= OutlierFactor * p95)
        return std::nullopt;
    // A round value a little above the 95th percentile: the axis' top tick.
    const QList<double> ticks = niceTicks(0, p95 * 1.1, 6);
    return ticks.constLast();
}

QString shortNumber(double value, const QLocale &locale, double longFrom)
{
    const double size = std::abs(value);
    if (size < longFrom) {
        const bool whole = std::floor(value) == value;
        return locale.toString(value, 'f', whole ? 0 : (size < 10 ? 1 : 0));
    }
    const auto scaled = [&](double divisor, const char *suffix) {
        const double shown = value / divisor;
        const int decimals = std::abs(shown) < 10 && std::floor(shown) != shown ? 1 : 0;
        return locale.toString(shown, 'f', decimals) + QLatin1String(suffix);
    };
    if (size < 1e6)
        return scaled(1e3, "k");
    if (size < 1e9)
        return scaled(1e6, "M");
    return scaled(1e9, "G");
}

} // namespace ValueScale
