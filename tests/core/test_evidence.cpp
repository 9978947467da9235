#include "catch_qt.h"
#include "test_support.h"

#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/evidence_repository.h"
#include "storage/sql_helpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kCaseworker = QStringLiteral("李敏");

// A database with one registered case.
struct Desk {
    Desk()
    {
        addTestUser(db.connection(), kCaseworker);
        auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kCaseworker, fixedNow());
        REQUIRE(added.ok());
        caseId = added->id;
    }

    EvidenceRepository evidence() const { return EvidenceRepository(db.connection()); }
    qint64 evidenceRows() const { return rowCount(db.connection(), QStringLiteral("evidence")); }

    TestDatabase db;
    qint64 caseId = 0;
};

QByteArray pngLikeBytes()
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 1000; ++i)
        bytes.append(char(i % 251));
    return bytes;
}

} // namespace

TEST_CASE("evidence keeps its bytes, name and SHA-256 and is audited", "[evidence]")
{
    Desk desk;
    const QByteArray bytes = pngLikeBytes();
    const QString name = QStringLiteral("收据 2026年3月.PNG");
    auto added = desk.evidence().add(desk.caseId, name, bytes, QStringLiteral("健身房收据"), kCaseworker, fixedNow());
    REQUIRE(added.ok());
    CHECK(added->fileName == name);
    CHECK(added->mediaType == QStringLiteral("image/png"));
    CHECK(added->isImage());
    CHECK(added->sizeBytes == bytes.size());
    CHECK(added->sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(added->addedAt == fixedNow());
    CHECK(added->addedBy == kCaseworker);

    auto listed = desk.evidence().list(desk.caseId);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const EvidenceItem &item = listed->first();
    CHECK(item.id == added->id);
    CHECK(item.complaintId == desk.caseId);
    CHECK(item.fileName == name);
    CHECK(item.sha256 == added->sha256);
    CHECK(item.note == QStringLiteral("健身房收据"));
    CHECK(item.addedAt == fixedNow());

    auto content = desk.evidence().content(item.id);
    REQUIRE(content.ok());
    CHECK(content.value() == bytes);

    auto audit = AuditRepository(desk.db.connection()).history(desk.caseId);
    REQUIRE(audit.ok());
    REQUIRE_FALSE(audit->isEmpty());
    const AuditEntry &last = audit->last();
    CHECK(last.action == QStringLiteral("evidence_added"));
    CHECK(last.field == QStringLiteral("evidence"));
    CHECK(last.newValue == name);
    CHECK(last.actor == kCaseworker);
}

TEST_CASE("evidence media types follow the file suffix", "[evidence]")
{
    CHECK(evidenceMediaType(QStringLiteral("a.JPG")) == QStringLiteral("image/jpeg"));
    CHECK(evidenceMediaType(QStringLiteral("合同.pdf")) == QStringLiteral("application/pdf"));
    CHECK(evidenceMediaType(QStringLiteral("录音.amr")) == QStringLiteral("audio/amr"));
    CHECK(evidenceMediaType(QStringLiteral("clip.mp4")) == QStringLiteral("video/mp4"));
    CHECK(evidenceMediaType(QStringLiteral("chat.docx")).contains(QStringLiteral("wordprocessingml")));
    CHECK(evidenceMediaType(QStringLiteral("noext")) == QStringLiteral("application/octet-stream"));
    CHECK(evidenceMediaType(QStringLiteral("x.exe")) == QStringLiteral("application/octet-stream"));
}

TEST_CASE("attaching a file from disk reads it under its own name", "[evidence]")
{
    Desk desk;
    const QString path = desk.db.folder() + QStringLiteral("/聊天截图.jpg");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(pngLikeBytes()) == pngLikeBytes().size());
    file.close();
    auto added = desk.evidence().addFile(desk.caseId, path, QString(), kCaseworker, fixedNow());
    REQUIRE(added.ok());
    CHECK(added->fileName == QStringLiteral("聊天截图.jpg"));
    CHECK(added->mediaType == QStringLiteral("image/jpeg"));
    CHECK(desk.evidence().content(added->id).value() == pngLikeBytes());
}

TEST_CASE("empty, oversized, unreadable files and unknown cases are refused", "[evidence]")
{
    Desk desk;
    SECTION("an empty file")
    {
        auto refused = desk.evidence().add(desk.caseId, QStringLiteral("空.txt"), QByteArray(), QString(),
                                           kCaseworker, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("空.txt")));
    }
    SECTION("bytes over the limit")
    {
        auto refused = desk.evidence().add(desk.caseId, QStringLiteral("big.bin"),
                                           QByteArray(kMaxEvidenceBytes + 1, 'x'), QString(), kCaseworker, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("big.bin")));
    }
    SECTION("a file over the limit, before reading it")
    {
        const QString path = desk.db.folder() + QStringLiteral("/video.mp4");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(kMaxEvidenceBytes + 1)); // sparse: nothing is written
        file.close();
        // Unreadable as well: if the size were not checked first, the error would be "cannot be read".
        REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
        auto refused = desk.evidence().addFile(desk.caseId, path, QString(), kCaseworker, fixedNow());
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("video.mp4")));
        CHECK(refused.error().message.contains(QStringLiteral("25")));
    }
    SECTION("a missing file")
    {
        auto refused = desk.evidence().addFile(desk.caseId, desk.db.folder() + QStringLiteral("/nope.jpg"),
                                               QString(), kCaseworker, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Io);
    }
    SECTION("a folder instead of a file")
    {
        auto refused = desk.evidence().addFile(desk.caseId, desk.db.folder(), QString(), kCaseworker, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Io);
    }
    SECTION("an unknown case")
    {
        auto refused = desk.evidence().add(desk.caseId + 100, QStringLiteral("a.jpg"), pngLikeBytes(), QString(),
                                           kCaseworker, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotFound);
        CHECK(rowCount(desk.db.connection(), QStringLiteral("audit_log")) == 1); // the registration only
    }
    CHECK(desk.evidenceRows() == 0);
}

TEST_CASE("a file that cannot be read is refused with a message", "[evidence]")
{
    Desk desk;
    // The file's own folder can be entered by anyone, so the file is found but cannot be read (by a
    // user other than root: the check runs in a child process without root when the suite has it).
    QTemporaryDir folder;
    REQUIRE(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                     | QFileDevice::ExeOwner | QFileDevice::ExeOther));
    const QString path = folder.filePath(QStringLiteral("locked.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write("%PDF-1.4") == 8);
    file.close();
    REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
    const QSqlDatabase db = desk.db.connection();
    const qint64 caseId = desk.caseId;
    const QString failed = runWithoutRoot([&]() -> QString {
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            return QStringLiteral("permissions do not stop this user from reading");
        // Refused before any SQL runs (the child must not write to the parent's database).
        auto refused = EvidenceRepository(db).addFile(caseId, path, QString(), kCaseworker, fixedNow());
        if (refused.ok())
            return QStringLiteral("an unreadable file was added");
        if (refused.error().code != ErrorCode::Io)
            return QStringLiteral("not an I/O error: ") + refused.error().message;
        if (!refused.error().message.contains(QStringLiteral("locked.pdf"))
            || !refused.error().message.contains(QStringLiteral("cannot be read")))
            return QStringLiteral("unexpected message: ") + refused.error().message;
        return {};
    });
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(failed == QString());
    CHECK(desk.evidenceRows() == 0);
}

TEST_CASE("evidence changed behind CaseDesk's back is noticed", "[evidence]")
{
    Desk desk;
    auto added = desk.evidence().add(desk.caseId, QStringLiteral("合同.pdf"), QByteArray("%PDF-1.4 original"),
                                     QString(), kCaseworker, fixedNow());
    REQUIRE(added.ok());
    REQUIRE(runQuery(desk.db.connection(), QStringLiteral("UPDATE evidence SET content = ? WHERE id = ?"),
                     {QByteArray("%PDF-1.4 forged"), added->id})
                .ok());
    auto content = desk.evidence().content(added->id);
    REQUIRE_FALSE(content.ok());
    CHECK(content.error().code == ErrorCode::Storage);
    CHECK(content.error().message.contains(QStringLiteral("changed since it was attached")));
    CHECK(content.error().message.contains(QStringLiteral("合同.pdf")));

    auto missing = desk.evidence().content(added->id + 1);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}
