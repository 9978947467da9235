#include "talks/talk_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "storage/business_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Talks)
};

using mediation::checkPastDate;
using mediation::checkText;
using mediation::invalid;

Status checkTalk(const Talk &t, const QDate &today)
{
    const std::tuple<const char *, QString, const QString &, int, bool> texts[] = {
        {"place", Msg::tr("The place"), t.place, TalkService::kMaxLine, false},
        {"councilAttendees", Msg::tr("Who attended for the council"), t.councilAttendees, TalkService::kMaxText, true},
        {"businessAttendees", Msg::tr("Who attended for the business"), t.businessAttendees, TalkService::kMaxText,
         true},
        {"reason", Msg::tr("What led to the talk"), t.reason, TalkService::kMaxText, false},
        {"problems", Msg::tr("The problems raised"), t.problems, TalkService::kMaxText, true},
    };
    for (const auto &[field, label, text, length, required] : texts) {
        if (auto s = checkText(QString::fromLatin1(field), label, text, length, required); !s)
            return s;
    }
    if (auto s = checkPastDate(QStringLiteral("heldOn"), Msg::tr("The day of the talk"), t.heldOn, today); !s)
        return s;
    for (int i = 0; i < t.promises.size(); ++i) {
        const TalkPromise &p = t.promises.at(i);
        const QString label = Msg::tr("Promise %1").arg(i + 1);
        if (auto s = checkText(QStringLiteral("promises"), label, p.text, TalkService::kMaxText, true); !s)
            return s;
        if (!p.dueOn.isValid())
            return invalid(QStringLiteral("promises"), Msg::tr("%1 needs the day it is to be kept by.").arg(label));
        if (p.dueOn < t.heldOn)
            return invalid(QStringLiteral("promises"),
                           Msg::tr("%1 is due before the talk itself (%2).").arg(label, t.heldOn.toString(Qt::ISODate)));
    }
    return {};
}

} // namespace

Result<Talk> TalkService::record(Talk talk, const QString &actor, const QDateTime &now)
{
    for (QString *text : {&talk.place, &talk.councilAttendees, &talk.businessAttendees, &talk.reason, &talk.problems})
        *text = text->trimmed();
    for (TalkPromise &promise : talk.promises)
        promise.text = promise.text.trimmed();
    if (auto checked = checkTalk(talk, now.date()); !checked)
        return checked.error();
    return inRetriedTransaction(m_db, [&]() -> Result<Talk> {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        auto business = BusinessRepository(m_db).get(talk.businessId);
        if (!business)
            return business.error();
        talk.businessName = business->name;
        talk.recordedBy = user->name;
        talk.recordedAt = now;
        auto id = TalkRepository(m_db).add(talk);
        if (!id)
            return id.error();
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("talk_recorded"), business->name,
                 QStringLiteral("%1; %2 promise(s)").arg(talk.heldOn.toString(Qt::ISODate)).arg(talk.promises.size())});
            !logged)
            return logged.error();
        return TalkRepository(m_db).get(id.value());
    });
}

Result<TalkPromise> TalkService::checkPromise(qint64 promiseId, bool kept, const QDate &checkedOn, const QString &note,
                                              const QString &actor, const QDateTime &now)
{
    const QString cleanNote = note.trimmed();
    if (auto s = checkText(QStringLiteral("note"), Msg::tr("The note on the check"), cleanNote, kMaxText, false); !s)
        return s.error();
    if (auto s = checkPastDate(QStringLiteral("checkedOn"), Msg::tr("The day of the check"), checkedOn, now.date()); !s)
        return s.error();
    return inRetriedTransaction(m_db, [&]() -> Result<TalkPromise> {
        auto user = authorize(m_db, actor, Permission::ManageGroups);
        if (!user)
            return user.error();
        TalkRepository talks(m_db);
        auto promise = talks.promise(promiseId);
        if (!promise)
            return promise.error();
        auto talk = talks.get(promise->talkId);
        if (!talk)
            return talk.error();
        if (checkedOn < talk->heldOn)
            return invalid(
                QStringLiteral("checkedOn"),
                Msg::tr("The check cannot come before the talk (%1).").arg(talk->heldOn.toString(Qt::ISODate)));
        if (auto checked = talks.check(promiseId, checkedOn, kept, cleanNote, user->name); !checked)
            return checked.error();
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("talk_promise_checked"), talk->businessName,
                 QStringLiteral("%1: %2").arg(promise->text,
                                              kept ? QStringLiteral("kept") : QStringLiteral("not kept"))});
            !logged)
            return logged.error();
        return talks.promise(promiseId);
    });
}

Result<QList<Talk>> TalkService::talksOf(qint64 businessId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return TalkRepository(m_db).ofBusiness(businessId);
}

Result<Talk> TalkService::talk(qint64 talkId, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return TalkRepository(m_db).get(talkId);
}

} // namespace casedesk
