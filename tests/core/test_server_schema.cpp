// The server's schema steps reach the model of SQLite's: a new server database and a new SQLite
// file are compared table by table, and the triggers' effects are sampled on both.

#include "catch_qt.h"
#include "test_server.h"
#include "test_support.h"

#include "storage/database.h"
#include "storage/server_migrations.h"
#include "storage/sql_helpers.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Every row of a query, each as its values joined by '|' (NULL as "NULL").
QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    auto query = runQuery(db, sql);
    if (!query)
        FAIL(sql.toStdString() << ": " << query.error().message.toStdString());
    QStringList rows;
    while (query->next()) {
        QStringList values;
        for (int i = 0; i < query->record().count(); ++i)
            values << (query->value(i).isNull() ? QStringLiteral("NULL") : query->value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// One database's model, each part as comparable text lines.
struct Model {
    QMap<QString, QStringList> columns;     // table -> "name|INTEGER|notnull|default|pk" per column, in order
    QMap<QString, int> checks;              // table -> number of CHECK constraints
    QMap<QString, QStringList> foreignKeys; // table -> "column -> table(column) on delete ACTION"
    QMap<QString, QStringList> uniques;     // table -> "(columns)" of its UNIQUE constraints
    QMap<QString, QString> indexes;         // named index -> "table(columns) [unique] [partial]"
    QMap<QString, QString> triggers;        // trigger -> its table
    QStringList views;
};

// SQLite's FTS5 shadow tables and vocabulary: how SQLite stores the search index, not the model.
bool isSqliteSearchMachinery(const QString &table)
{
    static const QSet<QString> machinery = {QStringLiteral("case_search_data"), QStringLiteral("case_search_idx"),
                                            QStringLiteral("case_search_docsize"), QStringLiteral("case_search_config"),
                                            QStringLiteral("case_search_vocab")};
    return machinery.contains(table);
}

Model sqliteModel(const QSqlDatabase &db)
{
    Model model;
    const QStringList tables =
        rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                                  " ORDER BY name"));
    for (const QString &table : tables) {
        if (isSqliteSearchMachinery(table))
            continue;
        QStringList &columns = model.columns[table];
        if (table == QLatin1String("case_search")) {
            // FTS5's rowid and its one (untyped) column.
            columns << QStringLiteral("rowid|INTEGER|notnull|NULL|pk") << QStringLiteral("doc|TEXT|notnull|NULL|");
            continue;
        }
        for (const QString &row : rowsOf(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk"
                                                            " FROM pragma_table_info('%1') ORDER BY cid")
                                                 .arg(table))) {
            const QStringList f = row.split(QLatin1Char('|'));
            const bool pk = f[4] != QLatin1String("0");
            // A primary key's NOT NULL differs by engine (SQLite lets a TEXT key be NULL).
            columns << QStringList{f[0], f[1], pk || f[2] == QLatin1String("1") ? QStringLiteral("notnull") : QString(),
                                   f[3], pk ? QStringLiteral("pk") : QString()}
                           .join(QLatin1Char('|'));
        }
        const QString sql =
            rowsOf(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
                .value(0);
        model.checks[table] = int(sql.count(QStringLiteral("CHECK (")));
        for (const QString &row : rowsOf(db, QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete"
                                                            " FROM pragma_foreign_key_list('%1') ORDER BY \"from\"")
                                                 .arg(table))) {
            const QStringList f = row.split(QLatin1Char('|'));
            model.foreignKeys[table] << QStringLiteral("%1 -> %2(%3) on delete %4").arg(f[0], f[1], f[2], f[3]);
        }
        for (const QString &row : rowsOf(db, QStringLiteral("SELECT name, \"unique\", origin, partial"
                                                            " FROM pragma_index_list('%1')")
                                                 .arg(table))) {
            const QStringList f = row.split(QLatin1Char('|'));
            const QString columnsOfIndex =
                rowsOf(db, QStringLiteral("SELECT name FROM pragma_index_info('%1') ORDER BY seqno").arg(f[0]))
                    .join(QStringLiteral(", "));
            if (f[2] == QLatin1String("u"))
                model.uniques[table] << QLatin1Char('(') + columnsOfIndex + QLatin1Char(')');
            else if (f[2] == QLatin1String("c"))
                model.indexes[f[0]] =
                    QStringLiteral("%1(%2)%3%4")
                        .arg(table, columnsOfIndex, f[1] == QLatin1String("1") ? QStringLiteral(" unique") : QString(),
                             f[3] == QLatin1String("1") ? QStringLiteral(" partial") : QString());
        }
    }
    for (const QString &row :
         rowsOf(db, QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'")))
        model.triggers[row.section(QLatin1Char('|'), 0, 0)] = row.section(QLatin1Char('|'), 1);
    model.views = rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name"));
    return model;
}

// The server's column type in SQLite's words.
QString sqliteTypeOf(const QString &serverType)
{
    if (serverType == QLatin1String("integer") || serverType == QLatin1String("bigint"))
        return QStringLiteral("INTEGER");
    if (serverType == QLatin1String("text"))
        return QStringLiteral("TEXT");
    if (serverType == QLatin1String("bytea"))
        return QStringLiteral("BLOB");
    return serverType;
}

Model serverModel(const QSqlDatabase &db)
{
    Model model;
    const QStringList tables = rowsOf(db, QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                         " WHERE table_schema = current_schema()"
                                                         " AND table_type = 'BASE TABLE' ORDER BY table_name"));
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    for (const QString &table : tables) {
        // The server's version mark, and its rights (step 7: a file has no database users).
        if (table.startsWith(QLatin1String("casedesk_")))
            continue;
        const QString relation = QStringLiteral("'%1'::regclass").arg(table);
        const QStringList keys =
            rowsOf(db, QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                                      " AND a.attnum = ANY (i.indkey::int2[]) WHERE i.indrelid = %1 AND i.indisprimary")
                           .arg(relation));
        for (const QString &row : rowsOf(db, QStringLiteral("SELECT column_name, data_type, is_nullable,"
                                                            " column_default FROM information_schema.columns"
                                                            " WHERE table_schema = current_schema()"
                                                            " AND table_name = '%1' ORDER BY ordinal_position")
                                                 .arg(table))) {
            const QStringList f = row.split(QLatin1Char('|'));
            QString defaultValue = f[3];
            defaultValue.remove(cast);
            model.columns[table] << QStringList{f[0], sqliteTypeOf(f[1]),
                                                f[2] == QLatin1String("NO") ? QStringLiteral("notnull") : QString(),
                                                defaultValue, keys.contains(f[0]) ? QStringLiteral("pk") : QString()}
                                        .join(QLatin1Char('|'));
        }
        model.checks[table] =
            rowsOf(db, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = %1 AND contype = 'c'")
                           .arg(relation))
                .value(0)
                .toInt();
        for (const QString &row :
             rowsOf(db, QStringLiteral("SELECT a.attname, c.confrelid::regclass::text, af.attname,"
                                       " CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'a' THEN 'NO ACTION'"
                                       " ELSE c.confdeltype::text END"
                                       " FROM pg_constraint c"
                                       " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                                       " JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]"
                                       " WHERE c.conrelid = %1 AND c.contype = 'f' ORDER BY a.attname")
                            .arg(relation))) {
            const QStringList f = row.split(QLatin1Char('|'));
            model.foreignKeys[table] << QStringLiteral("%1 -> %2(%3) on delete %4").arg(f[0], f[1], f[2], f[3]);
        }
        for (const QString &row : rowsOf(
                 db, QStringLiteral("SELECT ic.relname, i.indisunique, i.indisprimary, i.indpred IS NOT NULL,"
                                    " EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
                                    " AND c.contype = 'u'),"
                                    " (SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest(i.indkey::int2[])"
                                    " WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = i.indrelid"
                                    " AND a.attnum = k.attnum)"
                                    " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = %1")
                         .arg(relation))) {
            const QStringList f = row.split(QLatin1Char('|'));
            const auto yes = [](const QString &value) { return value == QLatin1String("true"); };
            if (yes(f[2]))
                continue;
            if (yes(f[4]))
                model.uniques[table] << QLatin1Char('(') + f[5] + QLatin1Char(')');
            else
                model.indexes[f[0]] = QStringLiteral("%1(%2)%3%4")
                                          .arg(table, f[5], yes(f[1]) ? QStringLiteral(" unique") : QString(),
                                               yes(f[3]) ? QStringLiteral(" partial") : QString());
        }
    }
    for (const QString &row : rowsOf(db, QStringLiteral("SELECT t.tgname, c.relname FROM pg_trigger t"
                                                        " JOIN pg_class c ON c.oid = t.tgrelid"
                                                        " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                                        " WHERE NOT t.tgisinternal AND n.nspname = current_schema()")))
        model.triggers[row.section(QLatin1Char('|'), 0, 0)] = row.section(QLatin1Char('|'), 1);
    model.views = rowsOf(db, QStringLiteral("SELECT table_name FROM information_schema.views"
                                            " WHERE table_schema = current_schema() ORDER BY table_name"));
    return model;
}

// A new server database next to a new SQLite file.
struct BothEngines {
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty}; // first: dropped after the databases close
    TestDatabase file{TestDatabase::FileOnly{}};
    std::unique_ptr<Database> server;

    BothEngines()
    {
        auto opened = Database::openServer(scratch.url(), Database::OpenMode::CreateIfMissing);
        if (!opened)
            FAIL("The server database did not open: " << opened.error().message.toStdString());
        server = std::move(opened).value();
    }
    QSqlDatabase sqlite() const { return file.connection(); }
    QSqlDatabase postgres() const { return server->connection(); }
};

} // namespace

TEST_CASE("The server's schema steps reach SQLite's tables, columns, keys and indexes", "[server-only][schema]")
{
    BothEngines both;
    REQUIRE(both.server->schemaVersion() == latestServerSchemaVersion());
    const Model sqlite = sqliteModel(both.sqlite());
    const Model server = serverModel(both.postgres());

    CHECK(server.columns.keys() == sqlite.columns.keys());
    for (auto it = sqlite.columns.cbegin(); it != sqlite.columns.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(server.columns.value(it.key()) == it.value());
        CHECK(server.checks.value(it.key()) == sqlite.checks.value(it.key()));
        CHECK(server.foreignKeys.value(it.key()) == sqlite.foreignKeys.value(it.key()));
        QStringList serverUniques = server.uniques.value(it.key());
        QStringList sqliteUniques = sqlite.uniques.value(it.key());
        serverUniques.sort();
        sqliteUniques.sort();
        CHECK(serverUniques == sqliteUniques);
    }

    // Every named index of SQLite's, on the same columns; the server adds only its trigram index.
    QMap<QString, QString> serverIndexes = server.indexes;
    CHECK(serverIndexes.take(QStringLiteral("case_search_trigrams")) == QStringLiteral("case_search(doc)"));
    CHECK(serverIndexes.take(QStringLiteral("case_search_short_terms")).startsWith(QStringLiteral("case_search(")));
    // ...and the full phones' trigrams, which the search asks through a function (server step 15).
    CHECK(serverIndexes.take(QStringLiteral("consumers_phone_trigrams")) == QStringLiteral("consumers(phone)"));
    CHECK(serverIndexes.take(QStringLiteral("consumers_phone_pieces")).startsWith(QStringLiteral("consumers(")));
    CHECK(serverIndexes == sqlite.indexes);

    // The same triggers on the same tables, except that one server trigger does the work of
    // SQLite's BEFORE/AFTER pair for the search index, and the server keeps its trail insert-only.
    QMap<QString, QString> sqliteTriggers = sqlite.triggers;
    CHECK(sqliteTriggers.take(QStringLiteral("case_search_complaint_before")) == QStringLiteral("complaints"));
    CHECK(sqliteTriggers.take(QStringLiteral("case_search_consumer_before")) == QStringLiteral("consumers"));
    QMap<QString, QString> serverTriggers = server.triggers;
    for (const char *trail :
         {"audit_log_insert_only", "audit_log_no_truncate", "desk_events_insert_only", "desk_events_no_truncate",
          "audit_chain_forward", "audit_chain_no_truncate", "desk_chain_forward", "desk_chain_no_truncate"})
        CHECK(!serverTriggers.take(QString::fromLatin1(trail)).isEmpty());
    // The server tells listening desks of changed cases (live updates; a file has one desk).
    for (const char *live : {"notify_change_complaints", "notify_change_case_events", "notify_change_follow_ups",
                             "notify_change_warning_alerts"})
        CHECK(!serverTriggers.take(QString::fromLatin1(live)).isEmpty());
    // Every user's login follows their row, and only supervisors reopen a case (server_rights.h).
    CHECK(serverTriggers.take(QStringLiteral("users_sync_login")) == QStringLiteral("users"));
    CHECK(serverTriggers.take(QStringLiteral("complaints_reopen_by_supervisors")) == QStringLiteral("complaints"));
    CHECK(serverTriggers == sqliteTriggers);

    // The complainants, the trail and the liaison points as those who may not reveal a phone read them
    // (server step 15).
    QStringList serverViews = server.views;
    CHECK(serverViews.removeAll(QStringLiteral("consumers_shown")) == 1);
    CHECK(serverViews.removeAll(QStringLiteral("audit_log_shown")) == 1);
    CHECK(serverViews.removeAll(QStringLiteral("liaison_points_shown")) == 1);
    CHECK(serverViews == sqlite.views);

    // Ids, references and money are 64-bit on the server.
    for (auto it = server.columns.cbegin(); it != server.columns.cend(); ++it) {
        for (const QString &column : it.value()) {
            const QString name = column.section(QLatin1Char('|'), 0, 0);
            if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) ||
                name.endsWith(QLatin1String("_fen"))) {
                INFO(it.key().toStdString() << "." << name.toStdString());
                CHECK(rowsOf(both.postgres(), QStringLiteral("SELECT data_type FROM information_schema.columns WHERE"
                                                             " table_schema = current_schema() AND table_name = '%1'"
                                                             " AND column_name = '%2'")
                                                  .arg(it.key(), name)) == QStringList{QStringLiteral("bigint")});
            }
        }
    }
}

TEST_CASE("A new server database starts with the rows of a new SQLite file", "[server-only][schema]")
{
    BothEngines both;
    const QString queries[] = {
        QStringLiteral("SELECT key, value FROM settings ORDER BY key"),
        QStringLiteral("SELECT id, kind, name, name_en, sort_order, active FROM categories ORDER BY id"),
        QStringLiteral("SELECT id, name, effective_from, note FROM deadline_rule_sets ORDER BY id"),
        QStringLiteral("SELECT id, rule_set_id, kind, channel, amount, unit FROM deadline_rules ORDER BY id"),
        QStringLiteral("SELECT id, name, window_days, min_count, baseline_days, ratio_percent, prepaid_weight_percent,"
                       " active FROM warning_rules ORDER BY id"),
        QStringLiteral("SELECT month FROM stats_dirty_months ORDER BY month"),
        QStringLiteral("SELECT year, source, papers, document FROM calendar_years ORDER BY year"),
        QStringLiteral("SELECT day, working, name, source FROM calendar_days ORDER BY day"),
    };
    for (const QString &sql : queries) {
        INFO(sql.toStdString());
        const QStringList rows = rowsOf(both.sqlite(), sql);
        CHECK(!rows.isEmpty());
        CHECK(rowsOf(both.postgres(), sql) == rows);
    }
    // Rows added without an id continue after the seeded ones.
    for (const QSqlDatabase &db : {both.sqlite(), both.postgres()}) {
        REQUIRE(runQuery(db, QStringLiteral("INSERT INTO categories(kind, name) VALUES ('other', '新类别')")));
        CHECK(rowsOf(db, QStringLiteral("SELECT id FROM categories WHERE name = '新类别'")) ==
              QStringList{QStringLiteral("25")});
    }
}

namespace {

// How many cases the search index finds for a term of 3 or more characters, in each engine's
// own way (FTS5 phrase; ILIKE over pg_trgm, and the full phones, which the server's documents
// hold masked), so the index's content is what is compared.
qint64 searchHits(const QSqlDatabase &db, Engine engine, const QString &term)
{
    auto hits = engine == Engine::Sqlite
                    ? queryScalar(db, QStringLiteral("SELECT count(*) FROM case_search WHERE case_search MATCH ?"),
                                  {QLatin1Char('"') + term + QLatin1Char('"')})
                    : queryScalar(db,
                                  QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM case_search WHERE doc ILIKE ? "
                                                 "ESCAPE '\\' UNION SELECT casedesk_cases_with_phone_containing(?)) found"),
                                  {QLatin1Char('%') + escapeLike(term) + QLatin1Char('%'), term});
    if (!hits)
        FAIL(hits.error().message.toStdString());
    return hits->toLongLong();
}

// The server's query for a 1- or 2-character term (server_schema_v1_search.cpp).
qint64 shortTermHits(const QSqlDatabase &db, const QString &term)
{
    auto hits = queryScalar(db,
                            QStringLiteral("SELECT count(*) FROM case_search WHERE case_search_grams(doc)"
                                           " @> ARRAY[lower(?::text)] AND doc ILIKE ? ESCAPE '\\'"),
                            {term, QLatin1Char('%') + escapeLike(term) + QLatin1Char('%')});
    if (!hits)
        FAIL(hits.error().message.toStdString());
    return hits->toLongLong();
}

void exec(const QSqlDatabase &db, const QString &sql)
{
    if (auto done = runQuery(db, sql); !done)
        FAIL(sql.toStdString() << ": " << done.error().message.toStdString());
}

// A consumer, a business and a case, with ids given (as an import gives them).
void addCase(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("INSERT INTO consumers(id, name, phone, created_at)"
                            " VALUES (1, '张三丰', '13800138000', '2025-03-01T10:00:00+08:00')"));
    exec(db, QStringLiteral("INSERT INTO businesses(id, name, district, street, created_at)"
                            " VALUES (1, '力健健身房', '浦东新区', '花木街道', '2025-03-01T10:00:00+08:00')"));
    exec(db, QStringLiteral("INSERT INTO complaints(id, case_number, consumer_id, business_id, channel, category_id,"
                            " nature, amount_fen, demand, facts, received_at, status, created_at, updated_at)"
                            " VALUES (1, '消保〔2025〕1号', 1, 1, 'phone', 1, 'dispute', 100000, '退还余款',"
                            " '健身房突然关门', '2025-03-01T10:00:00+08:00', 'registered',"
                            " '2025-03-01T10:00:00+08:00', '2025-03-01T10:00:00+08:00')"));
}

} // namespace

TEST_CASE("The server's triggers have the effects of SQLite's", "[server-only][schema]")
{
    BothEngines both;
    struct Side {
        QSqlDatabase db;
        Engine engine;
    };
    const Side sides[] = {{both.sqlite(), Engine::Sqlite}, {both.postgres(), Engine::Postgres}};
    // Runs `sql` on both engines and returns what each gives.
    auto onBoth = [&](const QString &sql) {
        QList<QStringList> results;
        for (const Side &side : sides)
            results << rowsOf(side.db, sql);
        return results;
    };
    auto sameOnBoth = [&](const QString &sql, const QStringList &expected) {
        INFO(sql.toStdString());
        for (const QStringList &rows : onBoth(sql))
            CHECK(rows == expected);
    };
    auto hitsOnBoth = [&](const QString &term, qint64 expected) {
        INFO("search for " << term.toStdString());
        for (const Side &side : sides)
            CHECK(searchHits(side.db, side.engine, term) == expected);
    };

    for (const Side &side : sides)
        addCase(side.db);
    // The same documents, but for the phone the server's hold masked (server step 15).
    const QList<QStringList> documents = onBoth(QStringLiteral("SELECT doc FROM case_search_source WHERE id = 1"));
    const auto masked = [](QStringList rows) {
        return rows.replaceInStrings(QStringLiteral("13800138000"), QStringLiteral("138****8000"));
    };
    CHECK(documents[0] != documents[1]);
    CHECK(masked(documents[0]) == documents[1]);
    CHECK(rowsOf(both.postgres(), QStringLiteral("SELECT doc FROM case_search WHERE rowid = 1")) == documents[1]);

    SECTION("search index")
    {
        hitsOnBoth(QStringLiteral("力健健身"), 1);
        hitsOnBoth(QStringLiteral("8001380"), 1);
        hitsOnBoth(QStringLiteral("〔2025〕1"), 1);
        // Short terms on the server, through their own index.
        for (const char *term : {"健身", "关", "13", "〔", "_"}) {
            INFO("short term " << term);
            const QString text = QString::fromUtf8(term);
            CHECK(shortTermHits(both.postgres(), text) == searchHits(both.postgres(), Engine::Postgres, text));
            CHECK(shortTermHits(both.postgres(), text) == (text == QLatin1String("_") ? 0 : 1));
        }

        // The complainant renamed: re-indexed at once.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE consumers SET name = '李四光' WHERE id = 1"));
        hitsOnBoth(QStringLiteral("李四光"), 1);
        hitsOnBoth(QStringLiteral("张三丰"), 0);

        // The business renamed: its cases noted with the document the index still holds.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE businesses SET name = '飞跃健身会所' WHERE id = 1"));
        const QString stale =
            QStringLiteral("1|") + documents[0].value(0).replace(QStringLiteral("张三丰"), QStringLiteral("李四光"));
        CHECK(rowsOf(both.sqlite(), QStringLiteral("SELECT complaint_id, doc FROM case_search_stale")) ==
              QStringList{stale});
        CHECK(rowsOf(both.postgres(), QStringLiteral("SELECT complaint_id, doc FROM case_search_stale")) ==
              masked({stale}));
        hitsOnBoth(QStringLiteral("力健健身"), 1);
        hitsOnBoth(QStringLiteral("飞跃健身会所"), 0);
        // Writing the same name again notes nothing more.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE businesses SET name = '飞跃健身会所' WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT count(*) FROM case_search_stale"), {QStringLiteral("1")});
        // So does the complainant's phone written unchanged: the note stays.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE consumers SET phone = phone WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT count(*) FROM case_search_stale"), {QStringLiteral("1")});

        // A change of the case re-indexes it and drops the note.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE complaints SET facts = '会所突然停业' WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT count(*) FROM case_search_stale"), {QStringLiteral("0")});
        hitsOnBoth(QStringLiteral("飞跃健身会所"), 1);
        hitsOnBoth(QStringLiteral("力健健身"), 0);
        hitsOnBoth(QStringLiteral("突然停业"), 1);
        hitsOnBoth(QStringLiteral("突然关门"), 0);
    }

    SECTION("statistics notes")
    {
        const QString clear[] = {QStringLiteral("DELETE FROM stats_dirty_cases"),
                                 QStringLiteral("DELETE FROM stats_dirty_months")};
        auto cleared = [&] {
            for (const Side &side : sides)
                for (const QString &sql : clear)
                    exec(side.db, sql);
        };
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {QStringLiteral("1")});

        cleared();
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE complaints SET status = 'accepted' WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {QStringLiteral("1")});
        sameOnBoth(QStringLiteral("SELECT month FROM stats_dirty_months"), {});

        // A column the statistics do not read notes nothing.
        cleared();
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE complaints SET demand = '退款' WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {});

        cleared();
        for (const Side &side : sides) {
            exec(side.db, QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status,"
                                         " to_status) VALUES (1, '2025-04-02T09:00:00+08:00',"
                                         " '2025-04-02T09:00:00+08:00', '王五', 'mediating', 'agreement_reached')"));
            exec(side.db, QStringLiteral("INSERT INTO case_events(complaint_id, at, recorded_at, actor, from_status,"
                                         " to_status) VALUES (1, '2025-06-02T09:00:00+08:00',"
                                         " '2025-06-02T09:00:00+08:00', '王五', 'agreement_reached', 'closed')"));
            exec(side.db, QStringLiteral("INSERT INTO follow_ups(complaint_id, at, recorded_at, actor, reached)"
                                         " VALUES (1, '2025-05-06T09:00:00+08:00', '2025-05-06T09:00:00+08:00',"
                                         " '王五', 1)"));
        }
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {QStringLiteral("1")});
        sameOnBoth(QStringLiteral("SELECT month FROM stats_dirty_months ORDER BY month"),
                   {QStringLiteral("2025-04"), QStringLiteral("2025-05")});

        // The business moved to another district: its cases and their months.
        cleared();
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("UPDATE businesses SET district = '徐汇区' WHERE id = 1"));
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {QStringLiteral("1")});
        sameOnBoth(QStringLiteral("SELECT month FROM stats_dirty_months ORDER BY month"),
                   {QStringLiteral("2025-04"), QStringLiteral("2025-05")});

        // The calendar and the rules: the day changed, or the first day a rule set applies
        // to, only when a row changed (and never a full recount).
        cleared();
        for (const Side &side : sides) {
            exec(side.db, QStringLiteral("DELETE FROM stats_dirty_days"));
            exec(side.db, QStringLiteral("DELETE FROM calendar_days WHERE day = '1900-01-01'"));
        }
        sameOnBoth(QStringLiteral("SELECT kind || ' ' || day FROM stats_dirty_days"), {});
        for (const Side &side : sides) {
            exec(side.db, QStringLiteral("INSERT INTO calendar_days(day, working, name, source)"
                                         " VALUES ('2031-01-02', 0, '', 'edited')"));
            exec(side.db, QStringLiteral("UPDATE calendar_days SET day = '2031-01-03' WHERE day = '2031-01-02'"));
            exec(side.db, QStringLiteral("INSERT INTO deadline_rule_sets(id, name, effective_from)"
                                         " VALUES (90, 'test', '2030-07-01')"));
            exec(side.db, QStringLiteral("DELETE FROM stats_dirty_days WHERE kind = 'rules'"));
            exec(side.db, QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, amount, unit)"
                                         " VALUES (90, 'accept', 7, 'working_days')"));
        }
        sameOnBoth(QStringLiteral("SELECT month FROM stats_dirty_months"), {});
        sameOnBoth(QStringLiteral("SELECT kind || ' ' || day FROM stats_dirty_days ORDER BY kind, day"),
                   {QStringLiteral("calendar 2031-01-02"), QStringLiteral("calendar 2031-01-03"),
                    QStringLiteral("rules 2030-07-01")});
    }

    SECTION("recovered money is the ledger's total")
    {
        for (const Side &side : sides) {
            exec(side.db, QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, amount_fen, recovered_on,"
                                         " recorded_at, recorded_by) VALUES (1, 'enterprise', 30000, '2025-04-01',"
                                         " '2025-04-01T10:00:00+08:00', '王五')"));
        }
        sameOnBoth(QStringLiteral("SELECT recovered_fen FROM complaints WHERE id = 1"), {QStringLiteral("30000")});
        // The same money recorded again (a fund's payout of it, larger): the group's largest counts.
        for (const Side &side : sides) {
            exec(side.db, QStringLiteral("INSERT INTO recovered_entries(complaint_id, source, source_ref, amount_fen,"
                                         " recovered_on, same_as, recorded_at, recorded_by) VALUES (1, 'fund', 7,"
                                         " 50000, '2025-04-03', (SELECT min(id) FROM recovered_entries), "
                                         " '2025-04-03T10:00:00+08:00', '王五')"));
        }
        sameOnBoth(QStringLiteral("SELECT recovered_fen FROM complaints WHERE id = 1"), {QStringLiteral("50000")});
        for (const Side &side : sides) {
            INFO("a total set by hand");
            CHECK_FALSE(runQuery(side.db, QStringLiteral("UPDATE complaints SET recovered_fen = 1 WHERE id = 1")));
            CHECK(runQuery(side.db, QStringLiteral("UPDATE complaints SET recovered_fen = 50000 WHERE id = 1")));
            exec(side.db, QStringLiteral("DELETE FROM recovered_entries WHERE source = 'fund'"));
        }
        sameOnBoth(QStringLiteral("SELECT recovered_fen FROM complaints WHERE id = 1"), {QStringLiteral("30000")});
        // The case's note for the statistics follows its total.
        sameOnBoth(QStringLiteral("SELECT complaint_id FROM stats_dirty_cases"), {QStringLiteral("1")});
    }

    SECTION("constraints and text order")
    {
        const QString refused[] = {
            QStringLiteral("INSERT INTO categories(kind, name) VALUES ('bogus', '坏类别')"),
            QStringLiteral("INSERT INTO categories(kind, name) VALUES ('other', '食品')"),
            QStringLiteral("INSERT INTO settings(key, value) VALUES ('empty', NULL)"),
            QStringLiteral("UPDATE complaints SET consumer_id = 999 WHERE id = 1"),
            QStringLiteral("UPDATE complaints SET amount_fen = -1 WHERE id = 1"),
            QStringLiteral("INSERT INTO audit_chain(id, last_id, last_hash) VALUES (2, 1, 'x')"),
            QStringLiteral("INSERT INTO calendar_days(day, working, source) VALUES ('2031-1-2', 0, 'edited')"),
        };
        for (const QString &sql : refused) {
            INFO(sql.toStdString());
            for (const Side &side : sides)
                CHECK_FALSE(runQuery(side.db, sql));
        }
        // Text sorts by its bytes (code points) on both, whatever the server's locale.
        for (const Side &side : sides)
            exec(side.db, QStringLiteral("INSERT INTO settings(key, value) VALUES ('b', ''), ('B', ''), ('_', ''),"
                                         " ('中', ''), ('a b', ''), ('ab', '')"));
        sameOnBoth(QStringLiteral("SELECT key FROM settings WHERE key IN ('b', 'B', '_', '中', 'a b', 'ab')"
                                  " ORDER BY key"),
                   {QStringLiteral("B"), QStringLiteral("_"), QStringLiteral("a b"), QStringLiteral("ab"),
                    QStringLiteral("b"), QStringLiteral("中")});
    }
}

TEST_CASE("On the server the audit trail and the desk log take insertions only", "[server-only][schema]")
{
    ServerScratchDatabase scratch{ServerScratchDatabase::Content::Empty};
    auto opened = Database::openServer(scratch.url(), Database::OpenMode::CreateIfMissing);
    REQUIRE(opened);
    const QSqlDatabase db = opened.value()->connection();
    addCase(db);
    exec(db, QStringLiteral("INSERT INTO audit_log(id, complaint_id, at, actor, action) VALUES (1, 1,"
                            " '2025-03-01T10:00:00+08:00', '王五', 'created')"));
    exec(db, QStringLiteral("INSERT INTO audit_chain(id, last_id, last_hash) VALUES (1, 1, 'h1')"));
    exec(db, QStringLiteral("INSERT INTO desk_events(id, at, actor, action) VALUES (5, '2025-03-01T10:00:00+08:00',"
                            " '王五', 'signed_in')"));
    exec(db, QStringLiteral("INSERT INTO desk_chain(id, last_id, last_hash) VALUES (1, 5, 'h5')"));

    const QString refused[] = {
        QStringLiteral("UPDATE audit_log SET actor = '赵六' WHERE id = 1"),
        QStringLiteral("DELETE FROM audit_log WHERE id = 1"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("UPDATE desk_events SET detail = 'x' WHERE id = 5"),
        QStringLiteral("DELETE FROM desk_events"),
        QStringLiteral("TRUNCATE desk_events"),
        QStringLiteral("UPDATE audit_chain SET last_id = 0, last_hash = 'h0'"),
        QStringLiteral("DELETE FROM audit_chain"),
        QStringLiteral("TRUNCATE desk_chain"),
        QStringLiteral("UPDATE desk_chain SET last_id = 4"),
    };
    for (const QString &sql : refused) {
        INFO(sql.toStdString());
        auto done = runQuery(db, sql);
        REQUIRE_FALSE(done);
        CHECK(done.error().code == ErrorCode::Forbidden);
    }
    CHECK(rowsOf(db, QStringLiteral("SELECT id, actor FROM audit_log")) == QStringList{QStringLiteral("1|王五")});
    CHECK(rowsOf(db, QStringLiteral("SELECT id FROM desk_events")) == QStringList{QStringLiteral("5")});
    // The chain's head moves forward as lines are added (AuditChainWriter's upsert).
    exec(db,
         QStringLiteral("INSERT INTO audit_chain(id, last_id, last_hash) VALUES (1, 2, 'h2')"
                        " ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash"));
    CHECK(rowsOf(db, QStringLiteral("SELECT last_id, last_hash FROM audit_chain")) ==
          QStringList{QStringLiteral("2|h2")});
}
