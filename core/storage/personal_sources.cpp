#include "storage/personal_sources.h"

namespace casedesk {

QString consumersSource(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("consumers_shown") : QStringLiteral("consumers");
}

QString consumersSource(const QSqlDatabase &db) { return consumersSource(engineOf(db)); }

QString consumerIdsWithPhone(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres ? QStringLiteral("SELECT casedesk_consumers_with_phone(?)")
                                            : QStringLiteral("SELECT id FROM consumers WHERE phone = ?");
}

QString auditLogSource(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres ? QStringLiteral("audit_log_shown") : QStringLiteral("audit_log");
}

QString liaisonPointsSource(const QSqlDatabase &db)
{
    return engineOf(db) == Engine::Postgres ? QStringLiteral("liaison_points_shown") : QStringLiteral("liaison_points");
}

} // namespace casedesk
