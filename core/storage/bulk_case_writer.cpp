#include "storage/bulk_case_writer.h"

#include "deadlines/stored_deadlines.h"
#include "storage/audit_chain.h"
#include "storage/desk_event_repository.h"
#include "storage/engine.h"
#include "storage/trail_state.h"
#include "storage/case_numbers.h"
#include "storage/case_search.h"
#include "storage/schema_steps.h"
#include "storage/phase_timer.h"
#include "storage/prepared_insert.h"
#include "storage/search_index_builder.h"
#include "storage/settings_repository.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_setup.h"
#include "storage/stored_values.h"
#include "storage/trigger_pause.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace casedesk {

struct BulkCaseWriter::Statements {
    explicit Statements(const QSqlDatabase &db) : consumer(db), business(db), complaint(db), event(db), user(db), recovered(db) {}
    PreparedInsert consumer;
    PreparedInsert business;
    PreparedInsert complaint;
    PreparedInsert event;
    PreparedInsert user;
    PreparedInsert recovered;
};

namespace {

// The district of the demo's council: the case numbers' prefix when it is a place name in
// Chinese (长宁, 徐汇), else 长宁 — not the generic prefix 消保, nor a prefix in Latin letters
// that an English desk gave its demo ("Changning"): the council's name is Chinese.
QString demoDistrict(const QString &prefix)
{
    const bool han = !prefix.isEmpty() && std::all_of(prefix.cbegin(), prefix.cend(),
                                                      [](QChar c) { return c.script() == QChar::Script_Han; });
    return han && prefix != SettingsRepository::kDefaultCaseNumberPrefix ? prefix : QStringLiteral("长宁");
}

// The columns the state stamp covers (caseStateValues()), as they are bound.
QVariantList stateColumns(const Complaint &c)
{
    return {codeOf(c.channel), c.platformRef, c.categoryId, codeOf(c.nature), c.amountFen,
            c.demand,          c.facts,       storedDate(c.incidentDate), storedDateTime(c.receivedAt),
            codeOf(c.status),  c.assignee};
}

// One timeline step as stored and stamped.
StoredEvent storedEvent(const CaseEvent &e)
{
    return {storedDateTime(e.at), e.actor, e.from ? codeOf(*e.from) : QString(), codeOf(e.to), e.ground, e.note};
}

} // namespace

BulkCaseWriter::CaseRows BulkCaseWriter::caseRows(const Complaint &c, const QList<CaseEvent> &events)
{
    CaseRows rows;
    rows.state = stateColumns(c);
    rows.updated = c.updatedAt.isValid() ? QVariant(storedDateTime(c.updatedAt)) : rows.received();
    rows.accepted = nullableDateTime(c.acceptedAt);
    rows.closed = nullableDateTime(c.closedAt);
    rows.firstContact = nullableDateTime(c.firstContactAt);
    rows.events.reserve(events.size());
    rows.recordedAt.reserve(events.size());
    for (const CaseEvent &e : events) {
        StoredEvent row = storedEvent(e);
        rows.recordedAt.append(e.recordedAt.isValid() && e.recordedAt != e.at ? storedDateTime(e.recordedAt) : row.at(0));
        rows.events.append(std::move(row));
    }
    rows.stamp = caseStateStamp(caseStateValues(rows.state), rows.events);
    return rows;
}

BulkCaseWriter::BulkCaseWriter(QSqlDatabase db) : m_db(std::move(db)) {}

BulkCaseWriter::~BulkCaseWriter()
{
    m_statements.reset(); // finalize statements before the transaction rolls back
    m_audit.reset();
    m_transaction.reset();
    m_searchBuilder.reset(); // detaches its scratch file, which needs the transaction ended
    restoreSettings();
}

// A writer destroyed without commit(): its transaction rolled back, the file is as it was.
void BulkCaseWriter::restoreSettings()
{
    if (!m_fastMode)
        return;
    m_fastMode = false;
    (void)sqliteBulkWriteMode(m_db, false);
}

Status BulkCaseWriter::begin()
{
    // A file with no cases yet (a new demo file, a first import) can be written the fast
    // way: no fsync until the end and a large page cache. A file holding an office's cases
    // keeps full durability.
    auto hasCases = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM complaints)"));
    if (!hasCases)
        return hasCases.error();
    // On a server the tables' own triggers and indexes keep everything as a single save does:
    // the fast way (pragmas, dropped indexes, a scratch search index) is SQLite's alone.
    m_fastMode = !hasCases->toBool() && engineOf(m_db) == Engine::Sqlite;
    if (m_fastMode) {
        if (auto set = sqliteBulkWriteMode(m_db, true); !set)
            return set;
    }
    // The write lock first: while it is held, the search index's scratch file is in use, and
    // a file that opens the database meanwhile leaves it alone (database.cpp).
    m_transaction = std::make_unique<Transaction>(m_db);
    if (auto started = m_transaction->begin(); !started)
        return started;
    if (m_fastMode) {
        // Each case's search document is indexed on the other core as the case is written.
        // Where that cannot be (not a file), the index is rebuilt in one pass at the end.
        m_searchBuilder = std::make_unique<SearchIndexBuilder>(m_db);
        if (!m_searchBuilder->start())
            m_searchBuilder.reset();
        m_searchPause = std::make_unique<SearchIndexPause>(m_db);
        if (auto paused = m_searchPause->pause(); !paused)
            return paused;
        m_statsPause = std::make_unique<TriggerPause>(m_db, QStringLiteral("stats_note_"));
        if (auto paused = m_statsPause->pause(); !paused)
            return paused;
        m_dayCountPause = std::make_unique<TriggerPause>(m_db, QStringLiteral("daycount_"));
        if (auto paused = m_dayCountPause->pause(); !paused)
            return paused;
        // The days are counted anew at the end: early warning then looks at every business.
        m_warningPause = std::make_unique<TriggerPause>(m_db, QStringLiteral("warning_note_day_"));
        if (auto paused = m_warningPause->pause(); !paused)
            return paused;
        // The ledger's trigger sets each case's recovered money to its entries' total: a case
        // written here has at most one entry, and is written with that amount already.
        m_ledgerPause = std::make_unique<TriggerPause>(m_db, QStringLiteral("recovered_entry_"));
        if (auto paused = m_ledgerPause->pause(); !paused)
            return paused;
        // The cases come in the order they were received, with their timelines, trail records and
        // visits after them, and most complainants are new: the indexes by received time, by case
        // and by complainant grow at their end, which costs less than building them at the end
        // (2 s less for 1,000,000 demo cases; the others, kept, cost more than they saved).
        auto dropped = sqliteDropIndexes(m_db,
                                         {QStringLiteral("complaints"), QStringLiteral("case_events"),
                                          QStringLiteral("audit_log"), QStringLiteral("follow_ups"),
                                          QStringLiteral("typical_cases"), QStringLiteral("prepaid_cards"),
                                          QStringLiteral("consumers")},
                                         {QStringLiteral("complaints_received"), QStringLiteral("complaints_consumer"),
                                          QStringLiteral("case_events_complaint"), QStringLiteral("audit_log_complaint"),
                                          QStringLiteral("follow_ups_complaint")});
        if (!dropped)
            return dropped.error();
        m_droppedIndexes = dropped.value();
    }

    auto prefix = SettingsRepository(m_db).caseNumberPrefix();
    if (!prefix)
        return prefix.error();
    m_prefix = prefix.value();
    auto lastCase = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM complaints"));
    if (!lastCase)
        return lastCase.error();
    m_lastCaseBefore = lastCase->toLongLong();
    auto sequences = runQuery(
        m_db, QStringLiteral("SELECT year, last_value FROM case_number_sequences WHERE prefix = ?"), {m_prefix});
    if (!sequences)
        return sequences.error();
    while (sequences->next())
        m_lastSequence.insert(sequences->value(0).toInt(), sequences->value(1).toLongLong());

    m_audit = std::make_unique<AuditChainWriter>(m_db);
    if (auto chained = m_audit->begin(); !chained)
        return chained;
    m_statements = std::make_unique<Statements>(m_db);
    // A server gives a new row's id only through RETURNING (prepared_insert.h).
    const QString returningId = engineOf(m_db) == Engine::Postgres ? QStringLiteral(" RETURNING id") : QString();
    const std::pair<PreparedInsert *, QString> statements[] = {
        {&m_statements->consumer,
         QStringLiteral("INSERT INTO consumers(name, phone, id_number, address, created_at) VALUES (?, ?, ?, ?, ?)") +
             returningId},
        {&m_statements->business,
         QStringLiteral("INSERT INTO businesses(name, credit_code, address, district, street, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)") +
             returningId},
        {&m_statements->complaint,
         QStringLiteral("INSERT INTO complaints(case_number, consumer_id, business_id, channel, platform_ref, "
                        "category_id, nature, amount_fen, demand, facts, incident_date, received_at, status, "
                        "assignee, version, created_at, updated_at, accepted_at, closed_at, recovered_fen, "
                        "first_contact_at, first_contact_method, liaison_point_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)") +
             returningId},
        {&m_statements->event,
         QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status, to_status, "
                        "ground, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")},
        // The case's money recovered is its ledger's total (schema step 13): one entry.
        {&m_statements->recovered,
         QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, amount_fen, recovered_on, recorded_at,"
                        " recorded_by) VALUES (?, ?, ?, ?, ?, ?)")},
        {&m_statements->user,
         QStringLiteral("INSERT INTO users(name, role, active, created_at, password_hash) VALUES (?, ?, 1, ?, ?) "
                        "ON CONFLICT(name) DO NOTHING")},
    };
    for (const auto &[query, sql] : statements) {
        if (auto prepared = query->prepare(sql); !prepared)
            return prepared;
    }
    m_indexDirectly = m_searchBuilder != nullptr;
    return {};
}

void BulkCaseWriter::indexForSearch(qint64 complaintId, const QString &caseNumber, const Complaint &c)
{
    // Only names and phones written by this writer are known here; a case of a complainant
    // or business from before leaves the whole index to be rebuilt at the end instead.
    const qint64 consumerIndex = c.consumer.id - m_firstConsumerId;
    const auto business = m_businessNames.constFind(c.business.id);
    if (consumerIndex < 0 || consumerIndex >= m_consumers.size() || business == m_businessNames.cend()) {
        m_indexDirectly = false;
        return;
    }
    const auto &[name, phone] = m_consumers.at(consumerIndex);
    m_searchBuilder->add(complaintId, {caseNumber, name, phone, business.value(), c.demand, c.facts});
}

Result<qint64> BulkCaseWriter::addConsumer(const Consumer &c, const QDateTime &createdAt)
{
    auto id = m_statements->consumer.run({c.name, c.phone, c.idNumber, c.address, storedDateTime(createdAt)});
    if (id && m_indexDirectly) {
        // Kept by id (they come one after another) for the cases' search documents.
        if (m_consumers.isEmpty())
            m_firstConsumerId = id.value();
        if (id.value() == m_firstConsumerId + m_consumers.size())
            m_consumers.append({c.name, c.phone});
    }
    return id;
}

Result<qint64> BulkCaseWriter::addBusiness(const Business &b, const QDateTime &createdAt)
{
    auto id =
        m_statements->business.run({b.name, b.creditCode, b.address, b.district, b.street, storedDateTime(createdAt)});
    if (id && m_indexDirectly)
        m_businessNames.insert(id.value(), b.name);
    return id;
}

Status BulkCaseWriter::addUser(const QString &name, Role role, const QDateTime &createdAt, const QString &passwordHash)
{
    // An existing name is kept as it was; a new user is in the desk's log like one added in Settings.
    auto existing = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE name = ?)"), {name});
    if (!existing)
        return existing.error();
    auto added = m_statements->user.run({name, codeOf(role), storedDateTime(createdAt), passwordHash});
    if (!added)
        return added.error();
    if (!existing->toBool())
        return DeskEventRepository(m_db).record({0, createdAt, QStringLiteral("CaseDesk"), QStringLiteral("user_added"),
                                                 name, codeOf(role)});
    return {};
}

QString BulkCaseWriter::councilDistrict() const { return demoDistrict(m_prefix) + QStringLiteral("区"); }

Status BulkCaseWriter::markDemo()
{
    auto marked = runQuery(m_db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('demo_database', '1') "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!marked)
        return marked.error();
    // Documents printed from demo data name a council rather than the new file's generic
    // placeholder (a real desk sets its own name in Settings, which is kept).
    auto council = runQuery(m_db,
                            QStringLiteral("INSERT INTO settings(key, value) VALUES ('council_name', ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                           "WHERE settings.value IN ('', '区消费者权益保护委员会')"),
                            {QStringLiteral("上海市%1区消费者权益保护委员会").arg(demoDistrict(m_prefix))});
    if (!council)
        return council.error();
    return {};
}

Result<QString> BulkCaseWriter::addComplaint(const Complaint &c, const QString &actor, const QList<CaseEvent> &events,
                                             const CaseRows *prepared)
{
    const int year = c.receivedAt.date().year();
    const qint64 sequence = ++m_lastSequence[year];
    const QString caseNumber = formatCaseNumber(m_prefix, year, sequence);
    std::optional<CaseRows> own;
    if (!prepared)
        own = caseRows(c, events);
    const CaseRows &rows = prepared ? *prepared : *own;
    const QVariantList &state = rows.state;
    const QVariant &received = rows.received();
    auto id = m_statements->complaint.run(
        {caseNumber, c.consumer.id, c.business.id, state.at(0), state.at(1), state.at(2), state.at(3), state.at(4),
         state.at(5), state.at(6), state.at(7), received, state.at(9), state.at(10), received, rows.updated,
         rows.accepted, rows.closed, c.recoveredFen, rows.firstContact,
         c.firstContactAt.isValid() ? QVariant(c.firstContactMethod) : QVariant(),
         c.liaisonPointId > 0 ? QVariant(c.liaisonPointId) : QVariant()});
    if (!id)
        return id.error();
    m_lastComplaintId = id.value();
    ++m_addedComplaints;
    if (m_fastMode) {
        // The stored text's day ("2026-03-05T…"): what substr(received_at, 1, 10) counts by.
        const QString &text = *static_cast<const QString *>(received.constData());
        auto digits = [&text](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count && i < text.size(); ++i)
                value = value * 10 + (text.at(i).unicode() - '0');
            return value;
        };
        const int day = digits(0, 4) * 10000 + digits(5, 2) * 100 + digits(8, 2);
        if (m_cellOfCase.size() == size_t(id.value() - 1)) // ids 1, 2, 3… in a new file
            m_cellOfCase.push_back((quint64(c.business.id) << 32) | quint64(day));
    }
    if (m_indexDirectly)
        indexForSearch(id.value(), caseNumber, c);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const CaseEvent &e = events.at(i);
        const StoredEvent &row = rows.events.at(i);
        auto event = m_statements->event.run(
            {id.value(), row.at(0), rows.recordedAt.at(i), e.actor, row.at(2), row.at(3), e.ground, e.note});
        if (!event)
            return event.error();
    }
    // The registration record stamps the case and the timeline it is written with (trail_state.h).
    auto logged = m_audit->append({0, id.value(), c.receivedAt, actor, QStringLiteral("created"), {}, rows.stamp,
                                   caseNumber});
    if (!logged)
        return logged.error();
    if (c.recoveredFen > 0) {
        // Money recovered on a case written in bulk came from its agreement when it reached
        // one, else from the enterprise's own settlement.
        bool agreed = false;
        for (const CaseEvent &e : events)
            agreed = agreed || e.to == CaseStatus::AgreementReached;
        const QDateTime on = c.closedAt.isValid() ? c.closedAt : c.updatedAt.isValid() ? c.updatedAt : c.receivedAt;
        auto entry = m_statements->recovered.run({id.value(),
                                                  agreed ? QStringLiteral("agreement") : QStringLiteral("enterprise"),
                                                  c.recoveredFen, storedDate(on.date()), storedDateTime(on), actor});
        if (!entry)
            return entry.error();
    }
    return caseNumber;
}

Status BulkCaseWriter::finishIndexes(const std::function<Status()> &whileMerging)
{
    // What was set aside, once for all the new cases, in the same transaction.
    PhaseTimer timer;
    if (m_indexDirectly)
        m_searchBuilder->finish(); // its thread merges the search index meanwhile
    if (m_dayCountPause) {
        // Early warning's daily counts, counted once from the new file's cases: first, while
        // the search index's merge has the other core (an index build's sort could use it).
        if (auto resumed = m_dayCountPause->resume(); !resumed)
            return resumed;
        if (auto counted = countBusinessDays(); !counted)
            return counted;
        if (auto resumed = m_warningPause->resume(); !resumed)
            return resumed;
        m_dayCountPause.reset();
        m_warningPause.reset();
        timer.mark(QStringLiteral("early warning's daily counts"));
    }
    if (m_statsPause) {
        // Nothing noted what the new cases touched: the statistics are recounted in full.
        if (auto resumed = m_statsPause->resume(); !resumed)
            return resumed;
        auto marked = runQuery(m_db, QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*') ON CONFLICT DO NOTHING"));
        if (!marked)
            return marked.error();
        // Once: a caller that counts the summaries (the demo, in whileMerging) leaves them counted.
        m_statsPause.reset();
    }
    if (whileMerging) {
        if (auto done = whileMerging(); !done)
            return done;
        timer.mark(QStringLiteral("while the search index merges"));
    }
    if (!m_droppedIndexes.isEmpty()) {
        if (auto set = sqliteIndexBuildMode(m_db, true); !set)
            return set;
        for (const QString &index : std::as_const(m_droppedIndexes)) {
            if (auto created = runQuery(m_db, index); !created)
                return created.error();
            timer.mark(index.section(QLatin1Char(' '), 2, 2));
        }
        if (auto set = sqliteIndexBuildMode(m_db, false); !set)
            return set;
    }
    m_droppedIndexes.clear();
    if (m_searchPause) {
        // Where the thread could not build it (no room for its scratch file, say), the index
        // is rebuilt in one pass instead.
        if (m_indexDirectly && !m_searchBuilder->built())
            m_indexDirectly = false;
        if (m_indexDirectly) {
            if (auto installed = m_searchBuilder->install(); !installed)
                return installed;
        }
        if (auto resumed = m_searchPause->resume(!m_indexDirectly); !resumed)
            return resumed;
        m_searchPause.reset();
        m_indexDirectly = false;
        m_consumers.clear();
        m_businessNames.clear();
        timer.mark(QStringLiteral("search index"));
    }
    if (m_ledgerPause) {
        if (auto resumed = m_ledgerPause->resume(); !resumed)
            return resumed;
        m_ledgerPause.reset();
    }
    return {};
}

Status BulkCaseWriter::countBusinessDays()
{
    if (auto cleared = runQuery(m_db, QStringLiteral("DELETE FROM business_day_counts")); !cleared)
        return cleared.error();
    // The counts kept as the cases were written, if every case in the file is one of them
    // (numbered 1, 2, 3… as they were written); else counted from the tables.
    auto last = queryScalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM complaints"));
    if (!last)
        return last.error();
    const qint64 cases = qint64(m_cellOfCase.size());
    bool counted = cases == m_addedComplaints && last->toLongLong() == cases;
    // The cards are few: each is counted in its case's cell.
    QHash<quint64, qint64> prepaid;
    if (counted) {
        auto cards = runQuery(m_db, QStringLiteral("SELECT complaint_id, count(*) FROM prepaid_cards GROUP BY 1"));
        if (!cards)
            return cards.error();
        while (counted && cards->next()) {
            const qint64 id = cards->value(0).toLongLong();
            counted = id >= 1 && id <= cases;
            if (counted)
                prepaid[m_cellOfCase.at(size_t(id - 1))] += cards->value(1).toLongLong();
        }
        cards->finish();
    }
    if (counted) {
        // Each cell's cases side by side, in the table's key order: a cell's count is the
        // length of its run (a million cases sorted once instead of counted in a hash table).
        std::vector<quint64> cells = std::move(m_cellOfCase);
        std::sort(cells.begin(), cells.end());
        // The index by day is built once after the rows, which come in the order of the key.
        auto dayIndex = sqliteDropIndexes(m_db, {QStringLiteral("business_day_counts")});
        if (!dayIndex)
            return dayIndex.error();
        PreparedInsert insert(m_db);
        if (auto prepared = insert.prepare(QStringLiteral(
                "INSERT INTO business_day_counts(business_id, day, complaints, prepaid) VALUES (?, ?, ?, ?)"));
            !prepared)
            return prepared;
        for (auto run = cells.cbegin(); run != cells.cend();) {
            const quint64 key = *run;
            const auto runEnd = std::find_if(run, cells.cend(), [key](quint64 cell) { return cell != key; });
            const qint64 complaints = runEnd - run;
            run = runEnd;
            const int day = int(key & 0xffffffffU);
            const char16_t text16[] = {char16_t('0' + day / 10000000), char16_t('0' + day / 1000000 % 10),
                                       char16_t('0' + day / 100000 % 10), char16_t('0' + day / 10000 % 10), u'-',
                                       char16_t('0' + day / 1000 % 10), char16_t('0' + day / 100 % 10), u'-',
                                       char16_t('0' + day / 10 % 10), char16_t('0' + day % 10)};
            const QString text = QString::fromUtf16(text16, 10);
            if (auto written = insert.run({qint64(key >> 32), text, complaints, prepaid.value(key)});
                !written)
                return written.error();
        }
        for (const QString &index : std::as_const(dayIndex.value())) {
            if (auto created = runQuery(m_db, index); !created)
                return created.error();
        }
    } else if (auto recounted = runQuery(m_db, countBusinessDaysSql()); !recounted) {
        return recounted.error();
    }
    m_cellOfCase = {};
    if (auto noted = runQuery(m_db, QStringLiteral("INSERT OR IGNORE INTO warning_dirty(business_id) VALUES (0)"));
        !noted)
        return noted.error();
    return {};
}

Status BulkCaseWriter::commit()
{
    PhaseTimer timer;
    for (auto it = m_lastSequence.cbegin(); it != m_lastSequence.cend(); ++it) {
        auto saved = runQuery(m_db,
                              QStringLiteral("INSERT INTO case_number_sequences(prefix, year, last_value) "
                                             "VALUES (?, ?, ?) ON CONFLICT(prefix, year) "
                                             "DO UPDATE SET last_value = excluded.last_value"),
                              {m_prefix, it.key(), it.value()});
        if (!saved)
            return saved.error();
    }
    if (auto chained = m_audit->finish(); !chained)
        return chained;
    m_statements.reset();
    if (auto indexed = finishIndexes(); !indexed)
        return indexed;
    // The new cases' deadlines still to meet, for the due list (after the indexes are back).
    // Only open cases have any, and the new ones none yet: the index by closing time finds the
    // open ones (a twentieth of a million demo cases) for the old rows' removal too.
    if (auto stored = refreshStoredDeadlines(m_db, {QStringLiteral("c.closed_at IS NULL AND c.id > ?"), {m_lastCaseBefore}});
        !stored)
        return stored;
    timer.mark(QStringLiteral("commit: stored deadlines"));
    auto committed = m_transaction->commit();
    timer.mark(QStringLiteral("commit: written out"));
    m_searchBuilder.reset();
    if (!committed)
        return committed;
    // What the caller writes next (the demo's mediation) is an ordinary save, made durable
    // and checked again: the cases just committed must survive a crash during it.
    if (m_fastMode) {
        m_fastMode = false;
        if (auto restored = sqliteBulkWriteMode(m_db, false); !restored)
            return restored;
    }
    return {};
}

} // namespace casedesk
