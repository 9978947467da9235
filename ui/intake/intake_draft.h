#pragma once

#include "domain/complaint.h"
#include "prepaid/prepaid_card.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace casedesk {

// The registration being typed, kept in a file on this desk as it is typed, so that nothing
// is lost when the window or the application closes (or the power goes) mid-call.
class IntakeDraft {
public:
    // The draft file in the desk's data folder (one per database file).
    IntakeDraft(const QString &databasePath, const QString &userName);

    // The card details typed so far travel in the same file (key "prepaidCard").
    void save(const Complaint &complaint, const std::optional<PrepaidCard> &card = std::nullopt);
    std::optional<Complaint> load() const;
    std::optional<PrepaidCard> loadCard() const;
    QDateTime savedAt() const;
    void discard();
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace casedesk
