#include "letter_batch.h"

#include "letter_document.h"
#include "letters/letter_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

Error ioError(const QString &message) { return Error{ErrorCode::Io, message, {}}; }

// A letter's file name in a folder: its title and case number (both safe in a file name).
QString fileNameOf(const Letter &letter)
{
    QString name = QStringLiteral("%1-%2.pdf").arg(letter.title, letter.caseNumber);
    static const QString unsafe = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c))
            c = QLatin1Char('_');
    }
    return name;
}

} // namespace

Result<QStringList> sendLetterBatch(const QSqlDatabase &db, const LetterBatch &batch, const QString &actor)
{
    if (batch.caseIds.isEmpty())
        return Error{ErrorCode::InvalidInput, Msg::tr("The group has no members to write to."), {}};
    LetterService letters(db);
    QList<Letter> composed;
    for (qint64 caseId : batch.caseIds) {
        auto letter = letters.compose(caseId, batch.kind, actor, batch.sentOn);
        if (!letter)
            return letter.error();
        composed.append(letter.value());
    }
    // Laid out beside the target first, so that nothing appears there unless all is recorded.
    const QString folder = batch.onePdf ? QFileInfo(batch.target).absolutePath() : batch.target;
    if (!QFileInfo(folder).isDir())
        return ioError(Msg::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    QStringList targets;
    if (batch.onePdf) {
        targets << batch.target;
    } else {
        for (const Letter &letter : std::as_const(composed)) {
            const QString path = QDir(folder).filePath(fileNameOf(letter));
            if (QFileInfo::exists(path))
                return ioError(Msg::tr("%1 exists already; choose an empty folder. Nothing was written or recorded.")
                                   .arg(QDir::toNativeSeparators(path)));
            targets << path;
        }
    }
    QTemporaryDir scratch(QDir(folder).filePath(QStringLiteral(".casedesk-letters-XXXXXX")));
    if (!scratch.isValid())
        return ioError(Msg::tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(folder), scratch.errorString()));
    QStringList laidOut;
    if (batch.onePdf) {
        laidOut << scratch.filePath(QStringLiteral("letters.pdf"));
        if (auto written = writeLettersPdf(composed, laidOut.first()); !written)
            return written.error();
    } else {
        for (const Letter &letter : std::as_const(composed)) {
            laidOut << scratch.filePath(fileNameOf(letter));
            if (auto written = writeLetterPdf(letter, laidOut.last()); !written)
                return written.error();
        }
    }
    auto recorded = letters.recordSentToEach(batch.caseIds, batch.kind, batch.method, batch.sentOn, actor);
    if (!recorded)
        return recorded.error(); // the scratch folder goes with its files
    for (int i = 0; i < laidOut.size(); ++i) {
        if (batch.onePdf && QFileInfo::exists(targets.at(i)))
            QFile::remove(targets.at(i)); // the save dialog asked before replacing it
        if (!QFile::rename(laidOut.at(i), targets.at(i))) {
            scratch.setAutoRemove(false);
            return ioError(Msg::tr("The letters were recorded as sent, but %1 could not be put in place; it is in %2.")
                               .arg(QDir::toNativeSeparators(targets.at(i)), QDir::toNativeSeparators(scratch.path())));
        }
    }
    return targets;
}

} // namespace casedesk
