#pragma once

#include <QElapsedTimer>
#include <QString>

namespace casedesk {

// Prints how long each phase of a long job took to stderr when the environment variable
// CASEDESK_TIMING is set (profiling `casedesk-cli demo` and the bulk writer), with the processor
// time all the process's threads used meanwhile; silent otherwise.
class PhaseTimer {
public:
    PhaseTimer();
    // Reports the time since the previous mark (or construction) under `phase`.
    void mark(const QString &phase);

private:
    QElapsedTimer m_timer;
    bool m_on = false;
    double m_cpuSeconds = 0; // the process's processor time at the last mark
};

} // namespace casedesk
