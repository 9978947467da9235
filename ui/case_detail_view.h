#pragma once

#include "deadlines/case_deadlines.h"
#include "domain/complaint.h"

#include <QTextBrowser>

namespace casedesk {

// The selected case, read-only, laid out for reading: parties, the complaint, demand and facts.
class CaseDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void showCase(const Complaint &complaint, const QList<Deadline> &deadlines = {});
    void showMessage(const QString &message);

private:
    QString deadlineState(const Deadline &deadline) const;
};

} // namespace casedesk
