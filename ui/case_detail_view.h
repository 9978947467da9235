#pragma once

#include "domain/complaint.h"

#include <QTextBrowser>

namespace casedesk {

// The selected case, read-only, laid out for reading: parties, the complaint, demand and facts.
class CaseDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseDetailView(QWidget *parent = nullptr);

    void showCase(const Complaint &complaint);
    void showMessage(const QString &message);
};

} // namespace casedesk
