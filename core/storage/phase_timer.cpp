#include "storage/phase_timer.h"

#include <cstdio>

namespace casedesk {

PhaseTimer::PhaseTimer() : m_on(qEnvironmentVariableIsSet("CASEDESK_TIMING")) { m_timer.start(); }

void PhaseTimer::mark(const QString &phase)
{
    if (!m_on)
        return;
    std::fprintf(stderr, "[timing] %-40s %8.1f s\n", phase.toUtf8().constData(), double(m_timer.restart()) / 1000.0);
    std::fflush(stderr);
}

} // namespace casedesk
