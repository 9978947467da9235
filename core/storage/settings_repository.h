#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace casedesk {

// Settings that belong to the office's database (shared by every desk using the file),
// as opposed to a desk's own preferences kept in QSettings by the UI.
class SettingsRepository {
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    static inline const QString kCaseNumberPrefix = QStringLiteral("case_number_prefix");
    static inline const QString kCouncilName = QStringLiteral("council_name");
    // The prefix a new file starts with (written by the first schema step).
    static inline const QString kDefaultCaseNumberPrefix = QStringLiteral("消保");

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    // The prefix of new case numbers, e.g. 长宁 in 长宁-2026-000123.
    Result<QString> caseNumberPrefix() const;
    Status setCaseNumberPrefix(const QString &prefix);

    // The council's name as printed on its documents (调解协议书, 诉调对接移送函), e.g.
    // 上海市长宁区消费者权益保护委员会. Changed through DeskAdministration::setCouncilName, which
    // owns its rule, checks the permission and writes the desk event.
    Result<QString> councilName() const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
