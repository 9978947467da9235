#include "idle_lock.h"

#include <QCoreApplication>
#include <QEvent>

namespace casedesk {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    restart();
}

void IdleLock::setPaused(bool paused)
{
    m_paused = paused;
    restart();
}

void IdleLock::restart()
{
    if (m_minutes == 0 || m_paused)
        m_timer.stop();
    else
        m_timer.start(m_minutes * 60 * 1000);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_paused && m_timer.isActive())
            m_timer.start(); // restarts with the same interval
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casedesk
