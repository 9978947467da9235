#include "storage/settings_repository.h"

#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    auto stored = queryScalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored)
        return stored.error();
    return stored->isNull() ? fallback : stored->toString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto done = runQuery(m_db,
                         QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {key, value});
    if (!done)
        return done.error();
    return {};
}

Result<QString> SettingsRepository::caseNumberPrefix() const { return value(kCaseNumberPrefix); }

Status SettingsRepository::setCaseNumberPrefix(const QString &prefix)
{
    // Letters (any script) and digits only, so a case number stays one unbroken token.
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}]{1,12}$"));
    if (!allowed.match(prefix).hasMatch()) {
        const QString message = QCoreApplication::translate(
            "Storage", "A case number prefix is 1 to 12 letters or digits, such as 长宁.");
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("prefix"), message}}};
    }
    return setValue(kCaseNumberPrefix, prefix);
}

Result<QString> SettingsRepository::councilName() const { return value(kCouncilName); }

} // namespace casedesk
