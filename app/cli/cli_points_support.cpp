#include "cli_points_support.h"

#include "cli_mediation_support.h"
#include "cli_support.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A text key, if given: refused when not text.
Status readText(const QJsonObject &json, const QString &key, QString &into)
{
    if (!json.contains(key) || json.value(key).isNull())
        return {};
    if (!json.value(key).isString())
        return usageError(Msg::tr("\"%1\" must be text.").arg(key));
    into = json.value(key).toString();
    return {};
}

Status readDay(const QJsonObject &json, const QString &key, QDate &into)
{
    QString text;
    if (auto s = readText(json, key, text); !s)
        return s;
    if (!json.contains(key))
        return {};
    if (text.isEmpty()) {
        into = QDate();
        return {};
    }
    auto day = parseDay(text, key);
    if (!day)
        return day.error();
    into = day.value();
    return {};
}

QString isoOrEmpty(const QDate &day) { return day.isValid() ? day.toString(Qt::ISODate) : QString(); }

} // namespace

Status onlyKnownKeys(const QJsonObject &json, const QStringList &known)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return usageError(
                Msg::tr("Unknown key \"%1\"; the keys are: %2.").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    return {};
}

std::optional<qint64> positiveId(const QString &text)
{
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    return number && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject pointToJson(const LiaisonPoint &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("type"), codeOf(p.type)},
            {QStringLiteral("host"), p.host},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("district"), p.district},
            {QStringLiteral("street"), p.street},
            {QStringLiteral("contactPerson"), p.contactPerson},
            {QStringLiteral("contactPhone"), p.contactPhone},
            {QStringLiteral("official"), p.official},
            {QStringLiteral("setUpOn"), isoOrEmpty(p.setUpOn)},
            {QStringLiteral("status"), codeOf(p.status)},
            {QStringLiteral("modelTitle"), p.modelTitle},
            {QStringLiteral("modelYear"), p.modelYear},
            {QStringLiteral("version"), p.version},
            {QStringLiteral("updatedBy"), p.updatedBy}};
}

Result<LiaisonPoint> pointFromJson(const QJsonObject &json, LiaisonPoint p)
{
    if (auto s = onlyKnownKeys(json, {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("host"),
                                      QStringLiteral("address"), QStringLiteral("district"), QStringLiteral("street"),
                                      QStringLiteral("contactPerson"), QStringLiteral("contactPhone"),
                                      QStringLiteral("official"), QStringLiteral("setUpOn"), QStringLiteral("status"),
                                      QStringLiteral("modelTitle"), QStringLiteral("modelYear"), QStringLiteral("version")});
        !s)
        return s.error();
    const std::pair<const char *, QString *> texts[] = {
        {"name", &p.name},     {"host", &p.host},       {"address", &p.address},
        {"district", &p.district}, {"street", &p.street}, {"contactPerson", &p.contactPerson},
        {"contactPhone", &p.contactPhone}, {"official", &p.official}, {"modelTitle", &p.modelTitle},
    };
    for (const auto &[key, into] : texts) {
        if (auto s = readText(json, QString::fromLatin1(key), *into); !s)
            return s.error();
    }
    QString type, status;
    if (auto s = readText(json, QStringLiteral("type"), type); !s)
        return s.error();
    if (!type.isEmpty()) {
        const auto known = liaisonPointTypeFromText(type);
        if (!known)
            return usageError(Msg::tr("\"%1\" is not a type of liaison point.").arg(type));
        p.type = *known;
    }
    if (auto s = readText(json, QStringLiteral("status"), status); !s)
        return s.error();
    if (!status.isEmpty()) {
        const auto known = liaisonPointStatusFromText(status);
        if (!known)
            return usageError(Msg::tr("\"%1\" is not a status of a liaison point (active, suspended, closed).").arg(status));
        p.status = *known;
    }
    if (auto s = readDay(json, QStringLiteral("setUpOn"), p.setUpOn); !s)
        return s.error();
    if (json.contains(QStringLiteral("modelYear")))
        p.modelYear = json.value(QStringLiteral("modelYear")).toInt(0);
    if (json.contains(QStringLiteral("version")))
        p.version = json.value(QStringLiteral("version")).toInt(0);
    return p;
}

QJsonObject leadToJson(const LiaisonLead &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("pointId"), l.pointId},
            {QStringLiteral("point"), l.pointName},
            {QStringLiteral("receivedOn"), isoOrEmpty(l.receivedOn)},
            {QStringLiteral("suspicion"), l.suspicion},
            {QStringLiteral("business"), l.business},
            {QStringLiteral("place"), l.place},
            {QStringLiteral("observedOn"), isoOrEmpty(l.observedOn)},
            {QStringLiteral("regulator"), l.regulator},
            {QStringLiteral("forwardedOn"), isoOrEmpty(l.forwardedOn)},
            {QStringLiteral("outcome"), codeOf(l.outcome)},
            {QStringLiteral("outcomeNote"), l.outcomeNote},
            {QStringLiteral("outcomeOn"), isoOrEmpty(l.outcomeOn)},
            {QStringLiteral("version"), l.version}};
}

Result<LiaisonLead> leadFromJson(const QJsonObject &json, LiaisonLead l)
{
    if (auto s = onlyKnownKeys(json, {QStringLiteral("pointId"), QStringLiteral("receivedOn"), QStringLiteral("suspicion"),
                                      QStringLiteral("business"), QStringLiteral("place"), QStringLiteral("observedOn"),
                                      QStringLiteral("regulator"), QStringLiteral("forwardedOn"), QStringLiteral("outcome"),
                                      QStringLiteral("outcomeNote"), QStringLiteral("outcomeOn"), QStringLiteral("version")});
        !s)
        return s.error();
    if (json.contains(QStringLiteral("pointId"))) {
        l.pointId = json.value(QStringLiteral("pointId")).toInteger(0);
        if (l.pointId <= 0)
            return usageError(Msg::tr("\"pointId\" must be the id of a liaison point."));
    }
    const std::pair<const char *, QString *> texts[] = {{"suspicion", &l.suspicion}, {"business", &l.business},
                                                        {"place", &l.place}, {"regulator", &l.regulator},
                                                        {"outcomeNote", &l.outcomeNote}};
    for (const auto &[key, into] : texts) {
        if (auto s = readText(json, QString::fromLatin1(key), *into); !s)
            return s.error();
    }
    const std::pair<const char *, QDate *> days[] = {{"receivedOn", &l.receivedOn}, {"observedOn", &l.observedOn},
                                                     {"forwardedOn", &l.forwardedOn}, {"outcomeOn", &l.outcomeOn}};
    for (const auto &[key, into] : days) {
        if (auto s = readDay(json, QString::fromLatin1(key), *into); !s)
            return s.error();
    }
    QString outcome;
    if (auto s = readText(json, QStringLiteral("outcome"), outcome); !s)
        return s.error();
    if (!outcome.isEmpty()) {
        const auto known = leadOutcomeFromCode(outcome);
        if (!known)
            return usageError(Msg::tr("\"%1\" is not an outcome (pending, forwarded, penalised, not_confirmed, other).")
                                  .arg(outcome));
        l.outcome = *known;
    }
    if (json.contains(QStringLiteral("version")))
        l.version = json.value(QStringLiteral("version")).toInt(0);
    return l;
}

} // namespace casedesk::cli
