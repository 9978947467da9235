#include "export/complaint_json.h"

#include "domain/money.h"
#include "storage/stored_values.h"
#include "validation/complaint_validator.h"

#include <QCoreApplication>

namespace casedesk {

QJsonObject complaintToJson(const Complaint &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("caseNumber"), c.caseNumber},
        {QStringLiteral("status"), codeOf(c.status)},
        {QStringLiteral("channel"), codeOf(c.channel)},
        {QStringLiteral("platformRef"), c.platformRef},
        {QStringLiteral("liaisonPointId"), c.liaisonPointId > 0 ? QJsonValue(c.liaisonPointId) : QJsonValue()},
        {QStringLiteral("categoryId"), c.categoryId},
        {QStringLiteral("category"), c.categoryName},
        {QStringLiteral("nature"), codeOf(c.nature)},
        {QStringLiteral("amountFen"), c.amountFen},
        {QStringLiteral("amountYuan"), formatYuan(c.amountFen)},
        {QStringLiteral("recoveredFen"), c.recoveredFen},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("facts"), c.facts},
        {QStringLiteral("incidentDate"), c.incidentDate.isValid() ? c.incidentDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("receivedAt"), storedDateTime(c.receivedAt)},
        {QStringLiteral("assignee"), c.assignee},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("createdAt"), storedDateTime(c.createdAt)},
        {QStringLiteral("updatedAt"), storedDateTime(c.updatedAt)},
        {QStringLiteral("acceptedAt"), storedDateTime(c.acceptedAt)},
        {QStringLiteral("closedAt"), storedDateTime(c.closedAt)},
        {QStringLiteral("consumer"),
         QJsonObject{{QStringLiteral("name"), c.consumer.name},
                     {QStringLiteral("phone"), c.consumer.phone},
                     {QStringLiteral("idNumber"), c.consumer.idNumber},
                     {QStringLiteral("address"), c.consumer.address}}},
        {QStringLiteral("business"),
         QJsonObject{{QStringLiteral("name"), c.business.name},
                     {QStringLiteral("creditCode"), c.business.creditCode},
                     {QStringLiteral("address"), c.business.address},
                     {QStringLiteral("district"), c.business.district},
                     {QStringLiteral("street"), c.business.street}}},
    };
}

QJsonObject caseRowToJson(const CaseListRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("caseNumber"), row.caseNumber},
        {QStringLiteral("receivedAt"), storedDateTime(row.receivedAt)},
        {QStringLiteral("status"), codeOf(row.status)},
        {QStringLiteral("category"), row.categoryName},
        {QStringLiteral("channel"), codeOf(row.channel)},
        {QStringLiteral("consumer"), row.consumerName},
        {QStringLiteral("consumerPhone"), row.consumerPhone},
        {QStringLiteral("business"), row.businessName},
        {QStringLiteral("amountFen"), row.amountFen},
        {QStringLiteral("assignee"), row.assignee},
    };
}

} // namespace casedesk

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Json)
};

// Collects read problems instead of stopping at the first, so one message lists them all.
class JsonReader {
public:
    explicit JsonReader(const QJsonObject &json) : m_json(json) {}

    QString text(const QString &key, const QJsonObject *from = nullptr)
    {
        const QJsonValue value = (from ? *from : m_json).value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            problem(key, Msg::tr("\"%1\" must be text.").arg(key));
            return {};
        }
        return value.toString();
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (!value.isUndefined() && !value.isObject())
            problem(key, Msg::tr("\"%1\" must be an object.").arg(key));
        return value.toObject();
    }

    template <typename E>
    E code(const QString &key, std::optional<E> (*fromCode)(const QString &), E fallback)
    {
        const QString raw = text(key);
        if (raw.isEmpty())
            return fallback;
        const auto value = fromCode(raw);
        if (!value)
            problem(key, Msg::tr("\"%1\" is not a known code for \"%2\".").arg(raw, key));
        return value.value_or(fallback);
    }

    void problem(const QString &field, const QString &message) { problems.append({field, message}); }

    QList<FieldError> problems;

private:
    QJsonObject m_json;
};

} // namespace

Result<Complaint> complaintFromJson(const QJsonObject &json)
{
    JsonReader read(json);
    Complaint c;
    c.caseNumber = read.text(QStringLiteral("caseNumber"));
    c.status = read.code(QStringLiteral("status"), statusFromCode, CaseStatus::Registered);
    c.channel = read.code(QStringLiteral("channel"), channelFromCode, Channel::Phone);
    c.nature = read.code(QStringLiteral("nature"), natureFromCode, Nature::Other);
    c.platformRef = read.text(QStringLiteral("platformRef"));
    c.categoryName = read.text(QStringLiteral("category"));
    c.categoryId = json.value(QStringLiteral("categoryId")).toInteger(0);
    // The liaison point it came through, by its id in the directory (points list).
    if (const QJsonValue point = json.value(QStringLiteral("liaisonPointId")); !point.isUndefined() && !point.isNull()) {
        c.liaisonPointId = point.toInteger(0);
        if (c.liaisonPointId <= 0 || double(c.liaisonPointId) != point.toDouble())
            read.problem(QStringLiteral("liaisonPoint"),
                         Msg::tr("\"liaisonPointId\" must be the id of a liaison point (a whole number)."));
    }
    c.demand = read.text(QStringLiteral("demand"));
    c.facts = read.text(QStringLiteral("facts"));
    c.assignee = read.text(QStringLiteral("assignee"));

    const QJsonValue fen = json.value(QStringLiteral("amountFen"));
    if (fen.isDouble()) {
        c.amountFen = fen.toInteger(-1);
        if (double(c.amountFen) != fen.toDouble())
            read.problem(QStringLiteral("amount"), Msg::tr("\"amountFen\" must be a whole number of fen."));
    } else if (const QString yuan = read.text(QStringLiteral("amountYuan")); !yuan.isEmpty()) {
        const auto parsed = parseYuan(yuan);
        if (!parsed)
            read.problem(QStringLiteral("amount"), Msg::tr("\"%1\" is not an amount in yuan.").arg(yuan));
        c.amountFen = parsed.value_or(0);
    } else if (!fen.isUndefined() && !fen.isNull()) {
        read.problem(QStringLiteral("amount"), Msg::tr("\"amountFen\" must be a number."));
    }

    if (const QString incident = read.text(QStringLiteral("incidentDate")); !incident.isEmpty()) {
        c.incidentDate = QDate::fromString(incident, Qt::ISODate);
        if (!c.incidentDate.isValid())
            read.problem(QStringLiteral("incidentDate"), Msg::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(incident));
    }
    if (const QString received = read.text(QStringLiteral("receivedAt")); !received.isEmpty()) {
        c.receivedAt = QDateTime::fromString(received, Qt::ISODate);
        if (!c.receivedAt.isValid())
            read.problem(QStringLiteral("receivedAt"),
                         Msg::tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM:SS+08:00).").arg(received));
    }

    const QJsonObject consumer = read.object(QStringLiteral("consumer"));
    c.consumer.name = read.text(QStringLiteral("name"), &consumer);
    c.consumer.phone = read.text(QStringLiteral("phone"), &consumer);
    c.consumer.idNumber = read.text(QStringLiteral("idNumber"), &consumer);
    c.consumer.address = read.text(QStringLiteral("address"), &consumer);
    const QJsonObject business = read.object(QStringLiteral("business"));
    c.business.name = read.text(QStringLiteral("name"), &business);
    c.business.creditCode = read.text(QStringLiteral("creditCode"), &business);
    c.business.address = read.text(QStringLiteral("address"), &business);
    c.business.district = read.text(QStringLiteral("district"), &business);
    c.business.street = read.text(QStringLiteral("street"), &business);

    if (!read.problems.isEmpty())
        return invalidInput(read.problems);
    return c;
}

QJsonObject prepaidCardToJson(const PrepaidCard &card)
{
    QJsonObject json{
        {QStringLiteral("type"), codeOf(card.type)},
        {QStringLiteral("cardNumber"), card.cardNumber},
        {QStringLiteral("purchaseDate"), card.purchaseDate.isValid() ? card.purchaseDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("expiryDate"), card.expiryDate.isValid() ? card.expiryDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("termMonths"), card.termMonths},
        {QStringLiteral("paidFen"), card.paidFen},
        {QStringLiteral("balanceFen"), card.balanceFen},
        {QStringLiteral("businessStatus"), codeOf(card.businessState)},
        {QStringLiteral("noticeGiven"), codeOf(card.noticeGiven)},
    };
    if (card.sessionsLeft)
        json.insert(QStringLiteral("sessionsLeft"), *card.sessionsLeft);
    return json;
}

QJsonObject complaintToJson(const Complaint &complaint, const std::optional<PrepaidCard> &card)
{
    QJsonObject json = complaintToJson(complaint);
    if (card)
        json.insert(QStringLiteral("prepaidCard"), prepaidCardToJson(*card));
    return json;
}

Result<std::optional<PrepaidCard>> prepaidCardFromJson(const QJsonObject &complaintJson)
{
    const QJsonValue value = complaintJson.value(QStringLiteral("prepaidCard"));
    if (value.isUndefined() || value.isNull())
        return std::optional<PrepaidCard>();
    const QString prefix = QStringLiteral("prepaidCard.");
    if (!value.isObject())
        return invalidInput({{QStringLiteral("prepaidCard"), Msg::tr("\"prepaidCard\" must be an object.")}});
    const QJsonObject json = value.toObject();
    JsonReader read(json);
    PrepaidCard card;
    card.type = read.code(QStringLiteral("type"), cardTypeFromCode, CardType::Other);
    card.cardNumber = read.text(QStringLiteral("cardNumber"));
    card.businessState = read.code(QStringLiteral("businessStatus"), businessStateFromCode, BusinessState::Unknown);
    card.noticeGiven = read.code(QStringLiteral("noticeGiven"), noticeGivenFromCode, NoticeGiven::Unknown);
    for (const auto &[key, date] : {std::pair{QStringLiteral("purchaseDate"), &card.purchaseDate},
                                    std::pair{QStringLiteral("expiryDate"), &card.expiryDate}}) {
        if (const QString text = read.text(key); !text.isEmpty()) {
            *date = QDate::fromString(text, Qt::ISODate);
            if (!date->isValid())
                read.problem(key, Msg::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        }
    }
    auto whole = [&](const QString &key, qint64 fallback) -> std::optional<qint64> {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback < 0 ? std::nullopt : std::optional<qint64>(fallback);
        if (!v.isDouble() || double(v.toInteger(-1)) != v.toDouble() || v.toDouble() < 0) {
            read.problem(key, Msg::tr("\"%1\" must be a whole number, not negative.").arg(key));
            return fallback < 0 ? std::nullopt : std::optional<qint64>(fallback);
        }
        return v.toInteger();
    };
    card.termMonths = int(std::min<qint64>(whole(QStringLiteral("termMonths"), 0).value_or(0), 100000));
    card.paidFen = whole(QStringLiteral("paidFen"), 0).value_or(0);
    card.balanceFen = whole(QStringLiteral("balanceFen"), 0).value_or(0);
    if (const auto sessions = whole(QStringLiteral("sessionsLeft"), -1))
        card.sessionsLeft = int(std::min<qint64>(*sessions, 1000000));
    if (!read.problems.isEmpty()) {
        QList<FieldError> problems = read.problems;
        for (FieldError &problem : problems)
            problem.field = prefix + problem.field;
        return invalidInput(problems);
    }
    return std::optional<PrepaidCard>(card);
}

} // namespace casedesk
