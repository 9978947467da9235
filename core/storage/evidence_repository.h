#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace casedesk {

// The largest file CaseDesk attaches. Receipts, contracts, photos and chat screenshots are far
// smaller; the limit keeps one careless attachment (a whole video) from swelling the case
// file and its backups.
constexpr qint64 kMaxEvidenceBytes = 25 * 1024 * 1024;

// One attached file, without its bytes (see EvidenceRepository::content).
struct EvidenceItem {
    qint64 id = 0;
    qint64 complaintId = 0;
    QString fileName;  // the name it had on disk, without the folder
    QString mediaType; // e.g. "image/jpeg"; application/octet-stream if not known
    qint64 sizeBytes = 0;
    QString sha256;    // lower-case hex of the bytes as attached
    QString note;
    QDateTime addedAt;
    QString addedBy;

    bool isImage() const { return mediaType.startsWith(QLatin1String("image/")); }
};

// The media type CaseDesk records for a file name, by its suffix.
QString evidenceMediaType(const QString &fileName);

// Evidence files of a case (table evidence). Attaching writes an audit line in the same
// transaction; reading the bytes checks them against the SHA-256 taken when attaching.
class EvidenceRepository {
public:
    explicit EvidenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Refuses an empty file, one over kMaxEvidenceBytes and an unknown case.
    Result<EvidenceItem> add(qint64 caseId, const QString &fileName, const QByteArray &content, const QString &note,
                             const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // Reads the file at `path` and attaches it under its own name; a file too large is
    // refused before it is read.
    Result<EvidenceItem> addFile(qint64 caseId, const QString &path, const QString &note, const QString &actor,
                                 const QDateTime &now = QDateTime::currentDateTime());

    // The case's files, oldest first.
    Result<QList<EvidenceItem>> list(qint64 caseId) const;
    // The bytes of one file; an error if they no longer match their SHA-256.
    Result<QByteArray> content(qint64 evidenceId) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
