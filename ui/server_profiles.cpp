#include "server_profiles.h"

#include "storage/server_url.h"

#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace casedesk {
namespace {

const QString kGroup = QStringLiteral("serverProfiles");

} // namespace

QString ServerProfile::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!user.isEmpty()) // else libpq takes the desk's login name, as psql does
        url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(query);
    return url.toString();
}

std::optional<ServerProfile> ServerProfile::fromUrl(const QString &url)
{
    auto server = ServerUrl::parse(url);
    if (!server)
        return std::nullopt;
    ServerProfile profile;
    profile.host = server->host;
    profile.port = server->port;
    profile.database = server->database;
    profile.user = server->user;
    profile.sslMode = server->sslMode;
    profile.caFile = server->sslRootCert;
    return profile;
}

QList<ServerProfile> ServerProfiles::all() const
{
    QSettings settings;
    QList<ServerProfile> profiles;
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslMode = settings.value(QStringLiteral("sslMode")).toString();
        p.caFile = settings.value(QStringLiteral("caFile")).toString();
        if (!p.name.isEmpty() && !p.host.isEmpty())
            profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void ServerProfiles::save(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = all();
    auto same = std::find_if(profiles.begin(), profiles.end(),
                             [&](const ServerProfile &p) { return p.name == profile.name; });
    if (same != profiles.end())
        *same = profile;
    else
        profiles.append(profile);
    store(profiles);
}

void ServerProfiles::remove(const QString &name)
{
    QList<ServerProfile> profiles = all();
    profiles.removeIf([&](const ServerProfile &p) { return p.name == name; });
    store(profiles);
}

void ServerProfiles::store(const QList<ServerProfile> &profiles)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslMode"), p.sslMode);
        settings.setValue(QStringLiteral("caFile"), p.caFile);
    }
    settings.endArray();
}

} // namespace casedesk
