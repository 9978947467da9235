#include "storage/trigger_pause.h"

#include "storage/sql_helpers.h"

namespace casedesk {

Status TriggerPause::pause()
{
    auto triggers = runQuery(m_db,
                             QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                                            " AND substr(name, 1, ?) = ? ORDER BY name"),
                             {m_prefix.size(), m_prefix});
    if (!triggers)
        return triggers.error();
    QStringList names;
    while (triggers->next()) {
        names << triggers->value(0).toString();
        m_triggers << triggers->value(1).toString();
    }
    triggers->finish();
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = runQuery(m_db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return {};
}

Status TriggerPause::resume()
{
    for (const QString &sql : std::as_const(m_triggers)) {
        if (auto created = runQuery(m_db, sql); !created)
            return created.error();
    }
    m_triggers.clear();
    return {};
}

} // namespace casedesk
