#include "storage/phase_timer.h"

#include <cstdio>
#include <ctime>

namespace casedesk {
namespace {

// The processor time of the whole process (all its threads) on POSIX systems; wall time on Windows.
double processorSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

} // namespace

PhaseTimer::PhaseTimer() : m_on(qEnvironmentVariableIsSet("CASEDESK_TIMING"))
{
    m_timer.start();
    if (m_on)
        m_cpuSeconds = processorSeconds();
}

void PhaseTimer::mark(const QString &phase)
{
    if (!m_on)
        return;
    // The processor time too: on a busy machine the wall time alone says little about a change.
    const double cpu = processorSeconds();
    std::fprintf(stderr, "[timing] %-40s %8.1f s  (cpu %6.1f s)\n", phase.toUtf8().constData(),
                 double(m_timer.restart()) / 1000.0, cpu - m_cpuSeconds);
    std::fflush(stderr);
    m_cpuSeconds = cpu;
}

} // namespace casedesk
