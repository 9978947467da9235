#include "recovered/recovered_entry.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Recovered)
};

} // namespace

QList<RecoverySource> allRecoverySources()
{
    return {RecoverySource::Agreement,  RecoverySource::Court,  RecoverySource::Group,  RecoverySource::Fund,
            RecoverySource::Enterprise, RecoverySource::OnSite, RecoverySource::Earlier};
}

QList<RecoverySource> directRecoverySources()
{
    return {RecoverySource::Enterprise, RecoverySource::OnSite};
}

QString codeOf(RecoverySource source)
{
    switch (source) {
    case RecoverySource::Agreement: return QStringLiteral("agreement");
    case RecoverySource::Court: return QStringLiteral("court");
    case RecoverySource::Group: return QStringLiteral("group");
    case RecoverySource::Fund: return QStringLiteral("fund");
    case RecoverySource::Enterprise: return QStringLiteral("enterprise");
    case RecoverySource::OnSite: return QStringLiteral("on_site");
    case RecoverySource::Earlier: return QStringLiteral("earlier");
    }
    return {};
}

QString labelOf(RecoverySource source)
{
    switch (source) {
    case RecoverySource::Agreement: return Msg::tr("agreement performance");
    case RecoverySource::Court: return Msg::tr("court");
    case RecoverySource::Group: return Msg::tr("group outcome");
    case RecoverySource::Fund: return Msg::tr("first-compensation payout");
    case RecoverySource::Enterprise: return Msg::tr("enterprise settlement");
    case RecoverySource::OnSite: return Msg::tr("on site");
    case RecoverySource::Earlier: return Msg::tr("recorded earlier");
    }
    return {};
}

std::optional<RecoverySource> recoverySourceFromCode(const QString &code)
{
    for (RecoverySource source : allRecoverySources()) {
        if (codeOf(source) == code)
            return source;
    }
    return std::nullopt;
}

} // namespace casedesk
