#include "letters/letter_template_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "storage/desk_event_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

} // namespace

Result<LetterWording> LetterTemplateService::wording(LetterKind kind) const
{
    auto latest = LetterTemplateRepository(m_db).latest(kind);
    if (!latest)
        return latest.error();
    return latest.value() ? latest.value()->wording : builtInWording(kind);
}

Result<QList<SavedWording>> LetterTemplateService::versions(LetterKind kind) const
{
    return LetterTemplateRepository(m_db).versions(kind);
}

Status LetterTemplateService::check(LetterKind kind, const QString &title, const QString &body)
{
    if (auto s = mediation::checkText(QStringLiteral("title"), Msg::tr("The letter's title"), title, kMaxTitleLength, true);
        !s)
        return s;
    if (title.contains(QLatin1Char('\n')))
        return mediation::invalid(QStringLiteral("title"), Msg::tr("The letter's title must be one line."));
    if (auto s = mediation::checkText(QStringLiteral("body"), Msg::tr("The letter's text"), body, kMaxBodyLength, true);
        !s)
        return s;
    QHash<QString, QString> known;
    for (const auto &[name, meaning] : letterPlaceholders(kind))
        known.insert(name, meaning);
    auto filled = fillPlaceholders(body, known);
    if (!filled)
        return mediation::invalid(QStringLiteral("body"), filled.error().message);
    return {};
}

namespace {

// Line ends as one kind, no trailing blank lines: the same wording saved twice is one version.
QString cleanBody(QString body)
{
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char(' ')))
        body.chop(1);
    return body;
}

} // namespace

Result<LetterWording> LetterTemplateService::saveWithin(LetterKind kind, const QString &title, const QString &body,
                                                        const QString &userName, const QDateTime &now)
{
    const QString cleanTitle = title.trimmed();
    const QString cleaned = cleanBody(body);
    if (auto checked = check(kind, cleanTitle, cleaned); !checked)
        return checked.error();
    auto current = wording(kind);
    if (!current)
        return current.error();
    if (current->title == cleanTitle && current->body == cleaned)
        return current.value();
    auto version = LetterTemplateRepository(m_db).add(kind, cleanTitle, cleaned, userName, now);
    if (!version)
        return version.error();
    if (auto logged = DeskEventRepository(m_db).record({0, now, userName, QStringLiteral("letter_wording_saved"),
                                                        codeOf(kind), QStringLiteral("version %1").arg(version.value())});
        !logged)
        return logged.error();
    return LetterWording{cleanTitle, cleaned, version.value()};
}

Result<QList<LetterWording>> LetterTemplateService::saveAll(const QList<std::pair<LetterKind, LetterWording>> &wordings,
                                                            const QString &actor, const QDateTime &now)
{
    // Checked before anything is begun: a bad wording names its kind.
    for (const auto &[kind, wording] : wordings) {
        if (auto checked = check(kind, wording.title.trimmed(), cleanBody(wording.body)); !checked)
            return Error{checked.error().code, labelOf(kind) + QStringLiteral(": ") + checked.error().message,
                         checked.error().fieldErrors};
    }
    return inRetriedTransaction(m_db, [&]() -> Result<QList<LetterWording>> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        QList<LetterWording> saved;
        for (const auto &[kind, wording] : wordings) {
            auto one = saveWithin(kind, wording.title, wording.body, user->name, now);
            if (!one)
                return one.error();
            saved.append(one.value());
        }
        return saved;
    });
}

Result<LetterWording> LetterTemplateService::save(LetterKind kind, const QString &title, const QString &body,
                                                  const QString &actor, const QDateTime &now)
{
    auto saved = saveAll({{kind, LetterWording{title, body, 0}}}, actor, now);
    if (!saved)
        return saved.error();
    return saved->first();
}

Result<LetterWording> LetterTemplateService::restoreBuiltIn(LetterKind kind, const QString &actor, const QDateTime &now)
{
    const LetterWording builtIn = builtInWording(kind);
    return save(kind, builtIn.title, builtIn.body, actor, now);
}

} // namespace casedesk
