#pragma once

#include "domain/codes.h"
#include "domain/grounds.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace casedesk {
class NoticeBar;

// Asks what a status change needs: the ground (when the rule takes one), a note and when
// it happened (a decision made on paper may be entered later).
class TransitionDialog : public QDialog {
    Q_OBJECT
public:
    TransitionDialog(const QString &caseNumber, CaseStatus to, bool noteRequired, QWidget *parent = nullptr);

    QString ground() const;
    QString note() const;
    QDateTime at() const;
    void showProblem(const QString &message);

private:
    GroundKind m_kind;
    QComboBox *m_ground;
    QPlainTextEdit *m_note;
    QDateTimeEdit *m_at;
    NoticeBar *m_problem;
};

} // namespace casedesk
