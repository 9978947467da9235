#pragma once

#include <QObject>
#include <QTimer>

namespace casedesk {

// Notices when nobody has used the application for a while: any key, mouse or wheel event
// in any of its windows restarts the count. Emits idle() once per quiet period.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    // 0 turns the lock off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // While paused (the lock screen is up) input does not restart the count.
    void setPaused(bool paused);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();

    QTimer m_timer;
    int m_minutes = 0;
    bool m_paused = false;
};

} // namespace casedesk
