#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

/// The value axis of a bar chart: round tick values, numbers the locale's way, and where to
/// cut the axis so that one outlier does not flatten every other bar. Pure, any thread.
namespace ValueScale {

/// A bar is an outlier when it is more than this many times the 95th percentile of the
/// non-zero bars.
inline constexpr double OutlierFactor = 3.0;
/// Fewer non-zero bars than this are never cut: with so few, every bar is worth its height.
inline constexpr int OutlierMinimumBars = 12;

/// Tick values 1, 2, 2.5 or 5 × 10^n apart covering [low, high] (0 always among them when the
/// range spans it), at most `maxTicks` (at least 2); whole numbers when the values are.
QList<double> niceTicks(double low, double high, int maxTicks);
/// Where to cut the axis of bars reaching `totals` (one per bar, ≥ 0): a round value above
/// the 95th percentile of the non-zero bars, when the tallest is an outlier (see above);
/// nothing when every bar fits honestly.
std::optional<double> outlierCut(const QList<double> &totals);
/// "950", "12,345" and, past `longFrom`, "12k", "1.2M" in the locale's digits and separators.
QString shortNumber(double value, const QLocale &locale = QLocale(), double longFrom = 10000);

} // namespace ValueScale
