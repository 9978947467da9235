#include "intake_draft.h"

#include "export/complaint_json.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace casedesk {

IntakeDraft::IntakeDraft(const QString &databasePath, const QString &userName)
{
    // Drafts belong to one database and one signed-in user: a case typed for one office must
    // not turn up in another's, nor one colleague's half-typed complaint on the next one's screen.
    const QByteArray key = QCryptographicHash::hash(
                               (QFileInfo(databasePath).absoluteFilePath() + QLatin1Char('\n') + userName).toUtf8(),
                               QCryptographicHash::Sha1)
                               .toHex()
                               .left(12);
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    m_path = folder.filePath(QStringLiteral("drafts/intake-%1.json").arg(QString::fromLatin1(key)));
}

void IntakeDraft::save(const Complaint &complaint, const std::optional<PrepaidCard> &card)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(complaintToJson(complaint, card)).toJson(QJsonDocument::Compact));
    if (file.commit())
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // personal data
}

std::optional<Complaint> IntakeDraft::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return std::nullopt;
    auto complaint = complaintFromJson(document.object());
    if (!complaint)
        return std::nullopt;
    return complaint.value();
}

std::optional<PrepaidCard> IntakeDraft::loadCard() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    auto card = prepaidCardFromJson(document.object());
    return card ? card.value() : std::nullopt;
}

QDateTime IntakeDraft::savedAt() const { return QFileInfo(m_path).lastModified(); }

void IntakeDraft::discard() { QFile::remove(m_path); }

} // namespace casedesk
