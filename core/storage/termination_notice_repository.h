#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// When the parties were told that mediation was terminated (table termination_notices),
// one row per termination event. SQL only: see mediation/termination_service.h.
struct TerminationNotice {
    QDate notifiedOn;
    QString method;
};

class TerminationNoticeRepository {
public:
    explicit TerminationNoticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<TerminationNotice>> noticeOf(qint64 eventId) const;
    Status save(qint64 eventId, qint64 caseId, const TerminationNotice &notice, const QString &actor);
    // The day the parties were told, by the termination's event id: of one case, or of the
    // open cases `condition` (over complaints `c`) selects, as the deadlines read them.
    Result<QHash<qint64, QDate>> noticesOf(qint64 caseId) const;
    Result<QHash<qint64, QDate>> noticesOfOpenCasesWhere(const QString &condition, const QVariantList &values) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
