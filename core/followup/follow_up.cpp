#include "followup/follow_up.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
};

} // namespace

QString codeOf(FollowUpResult value)
{
    switch (value) {
    case FollowUpResult::Satisfied: return QStringLiteral("satisfied");
    case FollowUpResult::BasicallySatisfied: return QStringLiteral("basically_satisfied");
    case FollowUpResult::Dissatisfied: return QStringLiteral("dissatisfied");
    case FollowUpResult::None: break;
    }
    return {};
}

QString labelOf(FollowUpResult value)
{
    switch (value) {
    case FollowUpResult::Satisfied: return Msg::tr("Satisfied");
    case FollowUpResult::BasicallySatisfied: return Msg::tr("Basically satisfied");
    case FollowUpResult::Dissatisfied: return Msg::tr("Dissatisfied");
    case FollowUpResult::None: break;
    }
    return Msg::tr("Not reached");
}

std::optional<FollowUpResult> followUpResultFromCode(const QString &code)
{
    for (FollowUpResult r : {FollowUpResult::None, FollowUpResult::Satisfied, FollowUpResult::BasicallySatisfied,
                             FollowUpResult::Dissatisfied}) {
        if (codeOf(r) == code)
            return r;
    }
    return std::nullopt;
}

QList<qint64> sampleForSpotCheck(QList<qint64> ids, double share, quint64 seed)
{
    if (ids.isEmpty() || !(share > 0.0))
        return {};
    std::sort(ids.begin(), ids.end()); // the sample does not depend on the order asked in
    const qsizetype wanted = std::min<qsizetype>(ids.size(), qsizetype(std::ceil(share * double(ids.size()) - 1e-9)));
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    // Partial Fisher–Yates: the first `wanted` places get a uniform sample.
    for (qsizetype i = 0; i < wanted; ++i) {
        const qsizetype j = i + qsizetype(rng.bounded(quint32(ids.size() - i)));
        std::swap(ids[i], ids[j]);
    }
    ids.resize(std::max<qsizetype>(wanted, 1));
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace casedesk
