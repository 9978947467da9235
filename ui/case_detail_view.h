#pragma once

#include "deadlines/case_deadlines.h"
#include "domain/complaint.h"
#include "privacy/personal_data.h"

#include <QHash>

#include <QTextBrowser>

namespace casedesk {

// The selected case, read-only, laid out for reading: parties, the complaint, demand and facts.
// The complainant's phone and ID number are masked; a user who may reveal personal data
// gets a "Show" link next to each (revealRequested), and a revealed value stays visible
// while the same case is shown. A minor's case (ID number: under 14) carries a flag.
class CaseDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void showCase(const Complaint &complaint, const QList<Deadline> &deadlines = {}, bool mayReveal = false);
    void showMessage(const QString &message);
    // The full value of `field`, revealed for the case shown (after the audit line is written).
    void showRevealed(PersonalField field, const QString &value);

signals:
    void revealRequested(PersonalField field);

private:
    QString deadlineState(const Deadline &deadline) const;
    QString personalValue(PersonalField field, const QString &full, const QString &masked) const;
    void render();

    Complaint m_complaint;
    QList<Deadline> m_deadlines;
    bool m_mayReveal = false;
    QHash<int, QString> m_revealed; // PersonalField -> full value, for m_complaint only
};

} // namespace casedesk
