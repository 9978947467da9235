#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// One complainant whose personal data retention would anonymise: every one of their cases
// left the council's hands (closed, refused or returned) more than the retention period ago.
struct RetentionItem {
    qint64 consumerId = 0;
    QString maskedName;  // as the preview shows it (张**)
    QString maskedPhone; // 138****1234
    bool hadIdNumber = false;
    QStringList caseNumbers;
    QDateTime lastClosedAt;
};

struct RetentionPreview {
    int years = 0;     // the retention period used
    QDateTime cutoff;  // cases closed before this are past it
    QList<RetentionItem> items;
    int caseCount() const;
};

// Anonymising personal data once the retention period after closing has ended
// (个人信息保护法: delete or anonymise when no longer needed). The complainant's name
// becomes kAnonymisedName and phone, ID number and address are emptied; the cases keep
// their facts, amounts, dates and statuses for statistics. Each case gets an audit line
// "anonymised" and the run a desk event. A complainant with any case still open or closed
// recently is left alone.
class RetentionService {
public:
    static inline const QString kAnonymisedName = QStringLiteral("（已匿名）");

    explicit RetentionService(QSqlDatabase db) : m_db(std::move(db)) {}

    // What apply() would change now (needs Permission::ManageBackups, as apply does: the
    // preview lists who is affected).
    Result<RetentionPreview> preview(const QString &actor, const QDateTime &now = QDateTime::currentDateTime()) const;
    // Anonymises everything preview() lists, in one transaction; returns what was changed.
    Result<RetentionPreview> apply(const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

private:
    Result<RetentionPreview> collect(const QDateTime &now) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
