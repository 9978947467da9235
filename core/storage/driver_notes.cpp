#include "storage/driver_notes.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace casedesk {
namespace {

QtMessageHandler previousHandler = nullptr;

void dropFreeStatementNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

void installDriverNoteFilter()
{
    QtMessageHandler previous = qInstallMessageHandler(dropFreeStatementNotes);
    if (previous != dropFreeStatementNotes)
        previousHandler = previous;
}

} // namespace casedesk
