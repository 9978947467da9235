#include "catch_qt.h"
#include "test_support.h"

#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a prepared insert stores each kind of value as QSqlQuery would", "[storage][bulk][sqlite-only]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    REQUIRE(sqliteHandle(c) != nullptr); // the C API path, not the QSqlQuery fallback
    execOrFail(c, QStringLiteral("CREATE TABLE kinds(id INTEGER PRIMARY KEY, words TEXT, number INTEGER, "
                                 "fraction REAL, flag INTEGER, absent TEXT, blank TEXT NOT NULL)"));
    PreparedInsert insert(c);
    REQUIRE(insert
                .prepare(QStringLiteral("INSERT INTO kinds(words, number, fraction, flag, absent, blank) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"))
                .ok());
    const QString text = QStringLiteral("退款 ' \" %_ 🙂");
    for (int i = 0; i < 3; ++i) {
        auto id = insert.run({text, Q_INT64_C(9007199254740993) + i, 2.5, true, QVariant(), QString()});
        REQUIRE(id.ok());
        CHECK(id.value() == i + 1);
    }
    auto row = runQuery(c, QStringLiteral("SELECT words, number, fraction, flag, absent IS NULL, blank, "
                                          "typeof(blank) FROM kinds WHERE id = 3"));
    REQUIRE(row.ok());
    REQUIRE(row->next());
    CHECK(row->value(0).toString() == text);
    CHECK(row->value(1).toLongLong() == Q_INT64_C(9007199254740995));
    CHECK(row->value(2).toDouble() == 2.5);
    CHECK(row->value(3).toInt() == 1);
    CHECK(row->value(4).toInt() == 1);            // a null QVariant is NULL
    CHECK(row->value(5).toString() == QString()); // a null QString is ''
    CHECK(row->value(6).toString() == QStringLiteral("text"));
}

TEST_CASE("a prepared insert that fails says why and writes nothing", "[storage][bulk][server-port-pending]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    execOrFail(c, QStringLiteral("CREATE TABLE strict_rows(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"));
    PreparedInsert insert(c);
    REQUIRE(insert.prepare(QStringLiteral("INSERT INTO strict_rows(name) VALUES (?)")).ok());
    REQUIRE(insert.run({QStringLiteral("甲")}).ok());

    auto duplicate = insert.run({QStringLiteral("甲")});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("UNIQUE")));
    auto missing = insert.run({QVariant()});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("NOT NULL")));
    // Too few values would leave a parameter bound to nothing: refused before running.
    auto tooFew = insert.run({});
    REQUIRE_FALSE(tooFew.ok());
    CHECK(rowCount(c, QStringLiteral("strict_rows")) == 1);
    // The statement still works after each failure.
    CHECK(insert.run({QStringLiteral("乙")}).ok());
    CHECK(rowCount(c, QStringLiteral("strict_rows")) == 2);

    PreparedInsert broken(c);
    CHECK_FALSE(broken.prepare(QStringLiteral("INSERT INTO no_such_table VALUES (?)")).ok());
    CHECK_FALSE(broken.run({1}).ok());
}
