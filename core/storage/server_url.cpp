#include "storage/server_url.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace casedesk {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

Error badUrl(const QString &why)
{
    return Error{ErrorCode::InvalidInput,
                 Msg::tr("The server address is not valid: %1 Write it as "
                         "postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://zhang@10.0.0.5:5432/casedesk.")
                     .arg(why),
                 {}};
}
} // namespace

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    if (!isServerUrl(text))
        return badUrl(Msg::tr("it must start with postgresql://."));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return badUrl(Msg::tr("%1.").arg(url.errorString()));
    ServerUrl server;
    server.host = url.host();
    if (server.host.isEmpty())
        return badUrl(Msg::tr("it names no server (host)."));
    if (url.port() == 0)
        return badUrl(Msg::tr("port 0 is not a port."));
    server.port = url.port(5432);
    server.database = url.path().mid(1);
    if (server.database.isEmpty() || server.database.contains(QLatin1Char('/')))
        return badUrl(Msg::tr("it names no database after the server (…/DATABASE)."));
    server.user = url.userName();
    server.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                              QStringLiteral("prefer"), QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return badUrl(Msg::tr("sslmode \"%1\" is not one of %2.").arg(value, modes.join(QStringLiteral(", "))));
            server.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            server.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            server.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || server.connectTimeoutSeconds < 1)
                return badUrl(Msg::tr("connect_timeout must be a number of seconds."));
        } else {
            return badUrl(Msg::tr("the setting \"%1\" is not known.").arg(key));
        }
    }
    return server;
}

QString ServerUrl::displayName() const
{
    QString name = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        name += user + QLatin1Char('@');
    name += host;
    if (port != 5432)
        name += QLatin1Char(':') + QString::number(port);
    return name + QLatin1Char('/') + database;
}

QString ServerUrl::connectOptions() const
{
    // Values are plain words or a file path; QPSQL passes the text to libpq's conninfo.
    auto quoted = [](QString value) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    };
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds)};
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    return options.join(QLatin1Char(';'));
}

} // namespace casedesk
