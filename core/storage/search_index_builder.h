#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <memory>
#include <thread>
#include <utility>

namespace casedesk {

// Builds the search index of a bulk write on the other core. FTS5's trigram tokenizer was a
// fifth of writing a million demo cases on the writing thread: here a second SQLite
// connection indexes the documents into a copy of case_search in a scratch file beside the
// database, merges it into one segment, and install() puts it in place of the new file's
// empty case_search inside the writer's transaction (a rollback leaves the index as it was).
// SQLite only, like the rest of the search index (case_search.cpp).
class SearchIndexBuilder {
public:
    explicit SearchIndexBuilder(QSqlDatabase db);
    // Stops the indexing thread, then detaches and deletes the scratch file: destroy it only
    // after the writer's transaction has ended (SQLite cannot detach a file a transaction read).
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // Starts the thread, which makes the scratch file. False for a database that is not a
    // file, or without the case_search table (the caller then rebuilds the index instead).
    bool start();
    // One case's document under its complaint's id: `fields` (case number, complainant's name
    // and phone, business, demand, facts) joined as the view case_search_source joins them,
    // written as UTF-8 (the file's encoding) into the batch's one buffer.
    void add(qint64 complaintId, std::initializer_list<QStringView> fields);
    // After the last add(): the thread merges what it indexed while the writer goes on.
    void finish();
    // Finishes and waits for the thread: whether it indexed and merged every document (it
    // fails where the scratch file cannot be written, say).
    bool built();
    // Inside the writer's transaction, once built() said true: replaces case_search, which
    // must hold no document, with what the thread built.
    Status install();

private:
    struct Queue;
    // Documents handed over together: their text in one buffer, each document's place in it.
    // Batches go back and forth between the two threads and are reused, so that neither
    // allocates nor frees memory per document.
    struct Batch {
        struct Document {
            qint64 complaintId;
            qsizetype from;
            qsizetype size;
        };
        QByteArray text;     // grown, never shrunk: text.size() is its capacity
        qsizetype used = 0;  // bytes of `text` holding documents
        QList<Document> documents;
    };
    void index(const QString &path, const QString &tableSql);
    void stop();

    QSqlDatabase m_db;
    QString m_path;
    QString m_tableSql; // the CREATE VIRTUAL TABLE statement of case_search
    bool m_attached = false;
    std::unique_ptr<Queue> m_queue;
    Batch m_batch; // filled by add(), handed over when full
    std::thread m_thread;
};

} // namespace casedesk
