#include "data_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace casedesk {

QString defaultDatabasePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("CaseDesk/casedesk.db"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
}

} // namespace casedesk
