#include "storage/search_index_builder.h"

#include "storage/phase_timer.h"
#include "storage/sql_helpers.h"
#include "storage/sqlite_native.h"

#include "storage/sqlite_setup.h"

#include <QFile>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace casedesk {
namespace {

// The scratch file as the writer's connection sees it.
const QString kScratchSchema = QStringLiteral("casedesk_search_build");
// The tables FTS5 keeps the index of an external-content table in (its config stays).
const QString kShadowTables[] = {QStringLiteral("data"), QStringLiteral("idx"), QStringLiteral("docsize")};

constexpr qsizetype kBatch = 512;
// The document of a case as the view case_search_source (schema step 11) makes it: its fields
// with a unit separator after each and one more at the end.
constexpr char kSeparator = 31;
constexpr size_t kBatchesAhead = 64; // about 30,000 documents wait at most

} // namespace

// Batches of documents from the writing thread to the indexing thread.
struct SearchIndexBuilder::Queue {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> batches;
    std::deque<Batch> indexed; // given back to the writer to be filled again
    bool finished = false;         // every document was handed over
    bool stopped = false;          // give up
    sqlite3 *connection = nullptr; // the indexing thread's, while open: stop() interrupts it
    std::optional<Error> failure;  // what stopped the indexing thread
};

SearchIndexBuilder::SearchIndexBuilder(QSqlDatabase db) : m_db(std::move(db)), m_queue(std::make_unique<Queue>()) {}

SearchIndexBuilder::~SearchIndexBuilder()
{
    stop();
    if (m_attached)
        (void)runQuery(m_db, QStringLiteral("DETACH DATABASE %1").arg(kScratchSchema));
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

void SearchIndexBuilder::stop()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        m_queue->stopped = true;
        if (m_queue->connection)
            sqlite3_interrupt(m_queue->connection);
    }
    m_queue->changed.notify_all();
    m_thread.join();
}

bool SearchIndexBuilder::start()
{
    const QString file = m_db.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:") || file.startsWith(QLatin1String("file:")))
        return false;
    auto tableSql = queryScalar(
        m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'case_search'"));
    if (!tableSql || tableSql->toString().isEmpty())
        return false;
    m_tableSql = tableSql->toString();
    m_path = file + QStringLiteral(".search-build");
    QFile::remove(m_path); // left by a run that was killed
    // It holds names, phones and facts: created empty and owner-only before SQLite writes
    // into it (no journal, so no side files).
    QFile scratch(m_path);
    if (!scratch.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_path.clear();
        return false;
    }
    scratch.close();
    restrictToOwner(m_path);
    m_thread = std::thread([this, path = m_path, sql = m_tableSql] { index(path, sql); });
    return true;
}

void SearchIndexBuilder::add(qint64 complaintId, std::initializer_list<QStringView> fields)
{
    qsizetype most = 2;
    for (QStringView field : fields)
        most += field.size() * 3 + 1;
    if (m_batch.text.size() < m_batch.used + most)
        m_batch.text.resize(std::max(m_batch.used + most, m_batch.text.size() * 2));
    const qsizetype from = m_batch.used;
    char *out = m_batch.text.data() + from;
    QStringEncoder encoder(QStringEncoder::Utf8);
    for (QStringView field : fields) {
        out = encoder.appendToBuffer(out, field);
        *out++ = kSeparator;
    }
    *out++ = kSeparator; // two at the end, as the view ends a document
    m_batch.used = out - m_batch.text.constData();
    m_batch.documents.append({complaintId, from, m_batch.used - from});
    if (m_batch.documents.size() < kBatch)
        return;
    std::unique_lock<std::mutex> lock(m_queue->mutex);
    m_queue->changed.wait(lock, [this] { return m_queue->stopped || m_queue->batches.size() < kBatchesAhead; });
    if (!m_queue->stopped) // else the thread failed, as built() will tell
        m_queue->batches.push_back(std::move(m_batch));
    if (!m_queue->indexed.empty()) {
        m_batch = std::move(m_queue->indexed.front());
        m_queue->indexed.pop_front();
    } else {
        m_batch = {};
    }
    m_batch.used = 0;
    m_batch.documents.clear(); // keeps its capacity
    m_queue->changed.notify_all();
}

void SearchIndexBuilder::index(const QString &path, const QString &tableSql)
{
    Queue &queue = *m_queue;
    PhaseTimer timer;
    sqlite3 *db = nullptr;
    sqlite3_stmt *insert = nullptr;
    // SQLite takes file names in UTF-8 on every system (not the Windows code page).
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    {
        const std::lock_guard<std::mutex> lock(queue.mutex);
        queue.connection = db;
        if (queue.stopped)
            rc = SQLITE_INTERRUPT;
    }
    // A scratch file: no journal, no fsync. FTS5 does not merge segments while the documents
    // come in (with automerge a million cases were merged over and over); they are merged
    // once at the end. Its in-memory term table is flushed at 16 MB instead of 1 MB: a sixteenth
    // as many segments to merge (the demo of 1,000,000 cases about 6 s faster).
    const QByteArray setup = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; " +
                             tableSql.toUtf8() +
                             "; INSERT INTO case_search(case_search, rank) VALUES ('automerge', 0);"
                             " INSERT INTO case_search(case_search, rank) VALUES ('crisismerge', 1000);"
                             " INSERT INTO case_search(case_search, rank) VALUES ('hashsize', 16777216); BEGIN";
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, "INSERT INTO case_search(rowid, doc) VALUES (?, ?)", -1, &insert, nullptr);
    while (rc == SQLITE_OK) {
        Batch batch;
        {
            std::unique_lock<std::mutex> lock(queue.mutex);
            queue.changed.wait(lock, [&queue] { return queue.stopped || queue.finished || !queue.batches.empty(); });
            if (queue.stopped)
                rc = SQLITE_INTERRUPT;
            if (queue.stopped || queue.batches.empty())
                break;
            batch = std::move(queue.batches.front());
            queue.batches.pop_front();
        }
        queue.changed.notify_all();
        for (const Batch::Document &document : std::as_const(batch.documents)) {
            sqlite3_bind_int64(insert, 1, document.complaintId);
            sqlite3_bind_text(insert, 2, batch.text.constData() + document.from, int(document.size), SQLITE_STATIC);
            rc = sqlite3_step(insert);
            sqlite3_reset(insert);
            if (rc != SQLITE_DONE)
                break;
            rc = SQLITE_OK;
        }
        const std::lock_guard<std::mutex> lock(queue.mutex);
        if (queue.indexed.size() < 2) // a batch or two is all the writer needs to fill again
            queue.indexed.push_back(std::move(batch));
    }
    sqlite3_finalize(insert);
    timer.mark(QStringLiteral("search index thread: documents"));
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "INSERT INTO case_search(case_search) VALUES ('optimize'); COMMIT", nullptr, nullptr,
                          nullptr);
    timer.mark(QStringLiteral("search index thread: merged"));
    const std::lock_guard<std::mutex> lock(queue.mutex);
    if (rc != SQLITE_OK)
        queue.failure = sqliteError(rc, db);
    queue.connection = nullptr;
    sqlite3_close(db);
    queue.stopped = queue.stopped || rc != SQLITE_OK; // the writer stops waiting to hand over
    queue.changed.notify_all();
}

void SearchIndexBuilder::finish()
{
    {
        const std::lock_guard<std::mutex> lock(m_queue->mutex);
        if (!m_batch.documents.isEmpty())
            m_queue->batches.push_back(std::move(m_batch));
        m_batch = {};
        m_queue->finished = true;
    }
    m_queue->changed.notify_all();
}

bool SearchIndexBuilder::built()
{
    if (m_thread.joinable()) {
        finish();
        PhaseTimer timer;
        m_thread.join();
        timer.mark(QStringLiteral("search index: waiting for its thread"));
    }
    return !m_queue->failure && !m_queue->stopped;
}

Status SearchIndexBuilder::install()
{
    // Attached only now: while the thread writes the file, the writer's connection must not
    // touch it (reading its schema would wait for the thread's lock).
    if (auto attached = runQuery(m_db, QStringLiteral("ATTACH DATABASE ? AS %1").arg(kScratchSchema), {m_path});
        !attached)
        return attached.error();
    m_attached = true;
    // A new virtual table: the writer's connection may hold FTS5's cached picture of the old
    // (empty) index, which would not see rows copied behind its back.
    QStringList statements = {QStringLiteral("DROP TABLE main.case_search"), m_tableSql};
    for (const QString &shadow : kShadowTables) {
        statements << QStringLiteral("DELETE FROM main.case_search_%1").arg(shadow)
                   << QStringLiteral("INSERT INTO main.case_search_%1 SELECT * FROM %2.case_search_%1")
                          .arg(shadow, kScratchSchema);
    }
    for (const QString &statement : std::as_const(statements)) {
        if (auto done = runQuery(m_db, statement); !done)
            return done.error();
    }
    return {};
}

} // namespace casedesk
