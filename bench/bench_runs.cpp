#include "bench_runs.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

namespace casedesk::bench {

double medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < std::max(1, runs); ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (times.last() > kOneRunAboveMs)
            break; // far over any budget: more runs would only make the bench take hours
    }
    std::sort(times.begin(), times.end());
    const qsizetype n = times.size();
    return n % 2 ? times.at(n / 2) : (times.at(n / 2 - 1) + times.at(n / 2)) / 2;
}

namespace {
QString ms(double value) { return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', value < 10 ? 1 : 0); }
} // namespace

QString markdownTable(const QList<BenchLine> &lines, const QString &floorName)
{
    QString out = QStringLiteral("| Measure | Budget ms | CaseDesk ms (median) | %1 ms | Ratio | Within | Note |\n"
                                 "|---|---:|---:|---:|---:|---|---|\n")
                      .arg(floorName);
    for (const BenchLine &line : lines) {
        const QString ratio = line.floorMs > 0 && line.appMs >= 0 ? QString::number(line.appMs / line.floorMs, 'f', 2)
                                                                    : QStringLiteral("—");
        const QString within = line.limitMs <= 0 || line.appMs < 0 ? QStringLiteral("—")
                               : line.appMs <= line.limitMs        ? QStringLiteral("yes")
                                                                   : QStringLiteral("**no**");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(line.budget, line.limitMs > 0 ? ms(line.limitMs) : QStringLiteral("—"), ms(line.appMs),
                        ms(line.floorMs), ratio, within, line.note);
    }
    return out;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace casedesk::bench
