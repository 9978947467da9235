#pragma once

#include "result.h"

#include <QDate>
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

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
