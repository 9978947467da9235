#pragma once

#include "domain/codes.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace casedesk {

// The buttons under the selected case: only the status changes the workflow allows now
// for the current user's role.
class CaseActionsBar : public QWidget {
    Q_OBJECT
public:
    explicit CaseActionsBar(QWidget *parent = nullptr);

    // `allowed` in the workflow's order; an empty list with a reason shows the reason instead.
    void showActions(const QList<CaseStatus> &allowed, const QString &reasonWhenNone = {});

signals:
    void transitionRequested(casedesk::CaseStatus to);

private:
    QHBoxLayout *m_buttons;
    QLabel *m_reason;
};

// The verb on the button that moves a case into `to` (受理, 调解, 办结 ...).
QString actionLabelFor(CaseStatus to);

} // namespace casedesk
