#include "cli_mediation_support.h"

#include "domain/money.h"
#include "storage/mediation_directory_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error inputError(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

} // namespace

Result<Mediator> findMediator(const QSqlDatabase &db, const QString &nameOrId)
{
    MediationDirectoryRepository directory(db);
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric)
        return directory.mediator(id);
    auto all = directory.mediators(true);
    if (!all)
        return all.error();
    QList<Mediator> found;
    for (const Mediator &m : all.value()) {
        if (m.name == nameOrId.trimmed())
            found.append(m);
    }
    if (found.isEmpty())
        return Error{ErrorCode::NotFound, Msg::tr("There is no mediator named \"%1\".").arg(nameOrId), {}};
    if (found.size() > 1)
        return inputError(Msg::tr("Several mediators are named \"%1\"; give the id instead.").arg(nameOrId));
    return found.first();
}

Result<Court> findCourt(const QSqlDatabase &db, const QString &nameOrId)
{
    MediationDirectoryRepository directory(db);
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    return numeric ? directory.court(id) : directory.courtByName(nameOrId.trimmed());
}

Result<QDate> parseDay(const QString &text, const QString &what)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return inputError(Msg::tr("%1: write the date as YYYY-MM-DD (got \"%2\").").arg(what, text));
    return date;
}

Result<QDateTime> parseMoment(const QString &text, const QString &what)
{
    QString value = text.trimmed();
    if (value.size() > 10 && value.at(10) == QLatin1Char(' '))
        value[10] = QLatin1Char('T');
    const QDateTime at = value.contains(QLatin1Char('T')) ? QDateTime::fromString(value, Qt::ISODate) : QDateTime();
    if (!at.isValid())
        return inputError(Msg::tr("%1: write the time as YYYY-MM-DDTHH:MM, optionally with an offset such as "
                                  "+08:00 (got \"%2\").")
                              .arg(what, text));
    return at;
}

Result<qint64> parseMoney(const QJsonValue &value, const QString &what)
{
    const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString();
    const auto fen = parseYuan(text);
    if (!fen)
        return inputError(Msg::tr("%1: \"%2\" is not an amount in yuan such as 2400 or 2,400.50.").arg(what, text));
    return *fen;
}

Result<QJsonObject> readJsonObject(const QString &source)
{
    QFile file;
    const bool opened = source == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                     : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{ErrorCode::Io, Msg::tr("Cannot read \"%1\": %2").arg(source, file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    auto text = decodeUtf8Strict(bytes);
    if (!text)
        return text.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (document.isNull() || !document.isObject())
        return inputError(Msg::tr("\"%1\" is not a JSON object: %2").arg(source, error.errorString()));
    return document.object();
}

} // namespace casedesk::cli
