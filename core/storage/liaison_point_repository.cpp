#include "storage/liaison_point_repository.h"

#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

// With the contacts, read where this connection may read them (personal_sources.h).
QString from(const QSqlDatabase &db, LiaisonPointRepository::Contacts contacts)
{
    return contacts == LiaisonPointRepository::Contacts::Read ? liaisonPointsSource(db)
                                                                : QStringLiteral("liaison_points");
}

QString columns(LiaisonPointRepository::Contacts contacts)
{
    const QString contact = contacts == LiaisonPointRepository::Contacts::Read
                                ? QStringLiteral("p.contact_person, p.contact_phone")
                                : QStringLiteral("'', ''");
    return QStringLiteral("p.id, p.name, p.kind, p.host, p.address, p.district, p.street, %1, p.official, "
                          "p.set_up_on, p.status, p.model_title, p.model_year, p.version, p.updated_by, p.updated_at")
        .arg(contact);
}

LiaisonPoint pointFrom(const QSqlQuery &q)
{
    LiaisonPoint p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.type = liaisonPointTypeFromCode(q.value(2).toString()).value_or(LiaisonPointType::Other);
    p.host = q.value(3).toString();
    p.address = q.value(4).toString();
    p.district = q.value(5).toString();
    p.street = q.value(6).toString();
    p.contactPerson = q.value(7).toString();
    p.contactPhone = q.value(8).toString();
    p.official = q.value(9).toString();
    p.setUpOn = dateFromStored(q.value(10));
    p.status = liaisonPointStatusFromCode(q.value(11).toString()).value_or(LiaisonPointStatus::Active);
    p.modelTitle = q.value(12).toString();
    p.modelYear = q.value(13).toInt();
    p.version = q.value(14).toInt();
    p.updatedBy = q.value(15).toString();
    p.updatedAt = dateTimeFromStored(q.value(16));
    return p;
}

// The columns a save writes, each with its value ready to bind: the INSERT and the UPDATE are
// both built from this one list, so neither depends on a column's place in it.
QList<std::pair<QString, QVariant>> columnValuesOf(const LiaisonPoint &p)
{
    QList<std::pair<QString, QVariant>> columns = {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), codeOf(p.type)},
        {QStringLiteral("host"), p.host},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("district"), p.district},
        {QStringLiteral("street"), p.street},
        {QStringLiteral("contact_person"), p.contactPerson},
        {QStringLiteral("contact_phone"), p.contactPhone},
        {QStringLiteral("official"), p.official},
        {QStringLiteral("set_up_on"), storedDate(p.setUpOn)},
        {QStringLiteral("status"), codeOf(p.status)},
        {QStringLiteral("model_title"), p.modelTitle},
        {QStringLiteral("model_year"), p.modelYear > 0 ? QVariant(p.modelYear) : QVariant()},
        {QStringLiteral("updated_by"), p.updatedBy},
        {QStringLiteral("updated_at"), storedDateTime(p.updatedAt)},
    };
    for (auto &column : columns) {
        if (column.second.typeId() == QMetaType::QString)
            column.second = bindable(column.second);
    }
    return columns;
}

} // namespace

Result<LiaisonPoint> LiaisonPointRepository::get(qint64 id, Contacts contacts) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM %2 p WHERE p.id = ?").arg(columns(contacts), from(m_db, contacts)),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("There is no liaison point %1.").arg(id), {}};
    return pointFrom(q.value());
}

Result<QList<LiaisonPoint>> LiaisonPointRepository::list(const LiaisonPointFilter &filter, Contacts contacts) const
{
    QStringList where;
    QVariantList values;
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        const QString like = QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
        QStringList any = {QStringLiteral("p.name LIKE ? ESCAPE '\\'"), QStringLiteral("p.host LIKE ? ESCAPE '\\'"),
                           QStringLiteral("p.address LIKE ? ESCAPE '\\'")};
        values << like << like << like;
        if (contacts == Contacts::Read) {
            any << QStringLiteral("p.contact_person LIKE ? ESCAPE '\\'");
            values << like;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.type) {
        where << QStringLiteral("p.kind = ?");
        values << codeOf(*filter.type);
    }
    if (!filter.street.trimmed().isEmpty()) {
        where << QStringLiteral("p.street = ?");
        values << filter.street.trimmed();
    }
    if (filter.status) {
        where << QStringLiteral("p.status = ?");
        values << codeOf(*filter.status);
    }
    if (!filter.official.trimmed().isEmpty()) {
        where << QStringLiteral("p.official = ?");
        values << filter.official.trimmed();
    }
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM %2 p %3 ORDER BY p.name, p.id")
                          .arg(columns(contacts), from(m_db, contacts),
                               where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                      values);
    if (!q)
        return q.error();
    QList<LiaisonPoint> points;
    while (q->next())
        points.append(pointFrom(q.value()));
    return points;
}

Result<std::optional<qint64>> LiaisonPointRepository::findByNameAndAddress(const QString &name, const QString &address) const
{
    auto id = queryScalar(m_db, QStringLiteral("SELECT min(id) FROM liaison_points WHERE name = ? AND address = ?"),
                          {name, bindable(address)});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<int> LiaisonPointRepository::transferCount(qint64 id) const
{
    auto count = queryScalar(m_db, QStringLiteral("SELECT count(*) FROM complaints WHERE liaison_point_id = ?"), {id});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QList<qint64>> LiaisonPointRepository::transferredCases(qint64 id) const
{
    auto rows = runQuery(m_db, QStringLiteral("SELECT id FROM complaints WHERE liaison_point_id = ? ORDER BY id"), {id});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

Result<qint64> LiaisonPointRepository::insert(const LiaisonPoint &point)
{
    QStringList names;
    QVariantList values;
    for (const auto &[name, value] : columnValuesOf(point)) {
        names << name;
        values << value;
    }
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO liaison_points(%1, version) VALUES (%2, 1)")
                                 .arg(names.join(QStringLiteral(", ")),
                                      QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                             values);
}

Result<bool> LiaisonPointRepository::update(const LiaisonPoint &point)
{
    // A contact phone given back as this connection reads it is left as stored: on a server an
    // administrator reads it masked (personal_sources.h).
    auto shown = queryScalar(m_db, QStringLiteral("SELECT contact_phone FROM %1 WHERE id = ?").arg(liaisonPointsSource(m_db)),
                             {point.id});
    if (!shown)
        return shown.error();
    const bool phoneKept = shown->toString() == point.contactPhone;
    QStringList assignments;
    QVariantList values;
    for (const auto &[name, value] : columnValuesOf(point)) {
        if (phoneKept && name == QLatin1String("contact_phone"))
            continue;
        assignments << name + QStringLiteral(" = ?");
        values << value;
    }
    values << point.id << point.version;
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE liaison_points SET %1, version = version + 1 WHERE id = ? AND version = ?")
                          .arg(assignments.join(QStringLiteral(", "))),
                      values);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Status LiaisonPointRepository::merge(qint64 keptId, qint64 otherId, const QString &actor, const QDateTime &now)
{
    const QVariantList both = {keptId, otherId};
    const QString stamp = storedDateTime(now);
    const std::pair<QString, QVariantList> statements[] = {
        {QStringLiteral("UPDATE complaints SET liaison_point_id = ?, version = version + 1, updated_at = ? "
                        "WHERE liaison_point_id = ?"),
         {keptId, stamp, otherId}},
        {QStringLiteral("UPDATE liaison_leads SET point_id = ? WHERE point_id = ?"), both},
        {QStringLiteral("UPDATE liaison_visits SET point_id = ? WHERE point_id = ?"), both},
        // A month both points kept with different figures: the kept point's row gets the sum (both
        // ledgers were real work); the same figures are one ledger typed under both records.
        {QStringLiteral("UPDATE liaison_ledgers SET consultations = liaison_ledgers.consultations + o.consultations, "
                        "trainees = liaison_ledgers.trainees + o.trainees, "
                        "trainings = liaison_ledgers.trainings + o.trainings, "
                        "leaflets = liaison_ledgers.leaflets + o.leaflets, settled = liaison_ledgers.settled + o.settled, "
                        "settled_fen = liaison_ledgers.settled_fen + o.settled_fen, version = liaison_ledgers.version + 1, "
                        "saved_by = ?, saved_at = ? FROM liaison_ledgers o "
                        "WHERE liaison_ledgers.point_id = ? AND o.point_id = ? AND o.month = liaison_ledgers.month "
                        "AND NOT (o.consultations = liaison_ledgers.consultations AND o.trainees = liaison_ledgers.trainees "
                        "AND o.trainings = liaison_ledgers.trainings AND o.leaflets = liaison_ledgers.leaflets "
                        "AND o.settled = liaison_ledgers.settled AND o.settled_fen = liaison_ledgers.settled_fen)"),
         {actor, stamp, keptId, otherId}},
        {QStringLiteral("DELETE FROM liaison_ledgers WHERE point_id = ? AND month IN "
                        "(SELECT month FROM liaison_ledgers WHERE point_id = ?)"),
         {otherId, keptId}},
        {QStringLiteral("UPDATE liaison_ledgers SET point_id = ? WHERE point_id = ?"), both},
        // A year both points were scored in: the kept point's assessment stands (a score is a
        // judgement of the whole point, not a sum); the other's years move over.
        {QStringLiteral("DELETE FROM liaison_assessment_scores WHERE assessment_id IN (SELECT id FROM "
                        "liaison_assessments WHERE point_id = ? AND year IN "
                        "(SELECT year FROM liaison_assessments WHERE point_id = ?))"),
         {otherId, keptId}},
        {QStringLiteral("DELETE FROM liaison_assessments WHERE point_id = ? AND year IN "
                        "(SELECT year FROM liaison_assessments WHERE point_id = ?)"),
         {otherId, keptId}},
        {QStringLiteral("UPDATE liaison_assessments SET point_id = ? WHERE point_id = ?"), both},
        {QStringLiteral("DELETE FROM liaison_points WHERE id = ?"), {otherId}},
    };
    for (const auto &[sql, values] : statements) {
        if (auto done = runQuery(m_db, sql, values); !done)
            return done.error();
    }
    return {};
}

} // namespace casedesk
