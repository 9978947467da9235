#include "storage/settings_repository.h"

#include "storage/sql_helpers.h"
#include "text/text_checks.h"

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

Status SettingsRepository::setCouncilName(const QString &name)
{
    const QString trimmed = name.trimmed();
    QString message;
    if (trimmed.isEmpty() || trimmed.size() > 60)
        message = QCoreApplication::translate("Storage", "The council's name is 1 to 60 characters, such as "
                                                         "上海市长宁区消费者权益保护委员会.");
    else if (trimmed.contains(QLatin1Char('\n')))
        message = QCoreApplication::translate("Storage", "The council's name is one line.");
    else
        message = textProblem(trimmed);
    if (!message.isEmpty())
        return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("councilName"), message}}};
    return setValue(kCouncilName, trimmed);
}

} // namespace casedesk
