#include "storage/evidence_repository.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"

#include "storage/audit_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};

const QString kAuditField = QStringLiteral("evidence");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// "25 MB" in the caseworker's language, for messages about sizes.
QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

Error tooLarge(const QString &fileName, qint64 size)
{
    return {ErrorCode::InvalidInput,
            Msg::tr("%1 is %2; files larger than %3 cannot be attached.")
                .arg(fileName, sizeText(size), sizeText(kMaxEvidenceBytes)),
            {}};
}

} // namespace

QString evidenceMediaType(const QString &fileName)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("jpeg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("png"), QStringLiteral("image/png")},
        {QStringLiteral("gif"), QStringLiteral("image/gif")},
        {QStringLiteral("webp"), QStringLiteral("image/webp")},
        {QStringLiteral("bmp"), QStringLiteral("image/bmp")},
        {QStringLiteral("pdf"), QStringLiteral("application/pdf")},
        {QStringLiteral("txt"), QStringLiteral("text/plain")},
        {QStringLiteral("doc"), QStringLiteral("application/msword")},
        {QStringLiteral("docx"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
        {QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel")},
        {QStringLiteral("xlsx"), QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("mp3"), QStringLiteral("audio/mpeg")},
        {QStringLiteral("m4a"), QStringLiteral("audio/mp4")},
        {QStringLiteral("amr"), QStringLiteral("audio/amr")},
        {QStringLiteral("mp4"), QStringLiteral("video/mp4")},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), QStringLiteral("application/octet-stream"));
}

Result<EvidenceItem> EvidenceRepository::add(qint64 caseId, const QString &fileName, const QByteArray &content,
                                             const QString &note, const QString &actor, const QDateTime &now)
{
    const QString name = fileName.trimmed();
    if (name.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("The file has no name."), {}};
    if (const QString problem = textProblem(name); !problem.isEmpty())
        return Error{ErrorCode::InvalidInput, problem, {{QStringLiteral("fileName"), problem}}};
    if (const QString problem = textProblem(note); !problem.isEmpty())
        return Error{ErrorCode::InvalidInput, problem, {{QStringLiteral("note"), problem}}};
    if (content.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("%1 is empty; there is nothing to attach.").arg(name), {}};
    if (content.size() > kMaxEvidenceBytes)
        return tooLarge(name, content.size());

    EvidenceItem item;
    item.complaintId = caseId;
    item.fileName = name;
    item.mediaType = evidenceMediaType(name);
    item.sizeBytes = content.size();
    item.sha256 = sha256Hex(content);
    item.note = note.trimmed();
    item.addedAt = now;
    item.addedBy = actor;

    return inRetriedTransaction(m_db, [&]() -> Result<EvidenceItem> {
        if (auto allowed = authorize(m_db, actor, Permission::WorkCase); !allowed)
            return allowed.error();
        auto known = queryScalar(m_db, QStringLiteral("SELECT 1 FROM complaints WHERE id = ?"), {caseId});
        if (!known)
            return known.error();
        if (known->isNull())
            return Error{ErrorCode::NotFound, Msg::tr("Case %1 does not exist.").arg(caseId), {}};
        auto id =
            queryScalar(m_db,
                        QStringLiteral("INSERT INTO evidence(complaint_id, file_name, media_type, size_bytes, sha256, "
                                       "content, note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                       "RETURNING id"),
                        {caseId, item.fileName, item.mediaType, item.sizeBytes, item.sha256, content,
                         bindable(item.note), storedDateTime(now), bindable(actor)});
        if (!id)
            return id.error();
        item.id = id->toLongLong();
        if (auto logged = AuditRepository(m_db).record(
                {0, caseId, now, actor, QStringLiteral("evidence_added"), kAuditField, QString(), item.fileName});
            !logged)
            return logged.error();
        return item;
    });
}

Result<EvidenceItem> EvidenceRepository::addFile(qint64 caseId, const QString &path, const QString &note,
                                                 const QString &actor, const QDateTime &now)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{ErrorCode::Io, Msg::tr("%1 cannot be found or is not a file.").arg(path), {}};
    // Checked before reading, so a huge file is refused at once instead of filling memory.
    if (info.size() > kMaxEvidenceBytes)
        return tooLarge(info.fileName(), info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    // Reads at most one byte past the limit: a file that grew since the check is still refused.
    const QByteArray content = file.read(kMaxEvidenceBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::Io, Msg::tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    return add(caseId, info.fileName(), content, note, actor, now);
}

Result<QList<EvidenceItem>> EvidenceRepository::list(qint64 caseId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, complaint_id, file_name, media_type, size_bytes, sha256, note, "
                                         "added_at, added_by FROM evidence WHERE complaint_id = ? ORDER BY id"),
                          {caseId});
    if (!query)
        return query.error();
    QList<EvidenceItem> items;
    while (query->next())
        items.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                      query->value(3).toString(), query->value(4).toLongLong(), query->value(5).toString(),
                      query->value(6).toString(), dateTimeFromStored(query->value(7)), query->value(8).toString()});
    return items;
}

Result<QByteArray> EvidenceRepository::content(qint64 evidenceId) const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT file_name, sha256, content FROM evidence WHERE id = ?"),
                          {evidenceId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("The evidence file no longer exists."), {}};
    const QString name = query->value(0).toString();
    const QByteArray bytes = query->value(2).toByteArray();
    // The stored hash was taken when the file was attached: a mismatch means the bytes were
    // edited outside CaseDesk (or the disk damaged them) and must not be shown as evidence.
    if (sha256Hex(bytes) != query->value(1).toString())
        return Error{ErrorCode::Storage,
                     Msg::tr("%1 has changed since it was attached: its SHA-256 no longer matches. "
                             "It cannot be relied on as evidence.")
                         .arg(name),
                     {}};
    return bytes;
}

} // namespace casedesk
