#pragma once

#include <QList>
#include <QString>

#include <optional>

// The closed vocabularies of a complaint. Each value has a stable code for storage,
// the CLI and JSON (never translated) and a label for people (translated).

namespace casedesk {

// 来源渠道
enum class Channel {
    Platform12315,
    Hotline12345,
    Phone,
    WalkIn,
    Letter,
    Online,
    LiaisonPoint,
    NetworkedEnterprise,
    Media,
};

// 投诉性质
enum class Nature {
    AfterSales,
    Contract,
    Quality,
    FalseAdvertising,
    Safety,
    Price,
    Counterfeit,
    PersonalRights,
    Measurement,
    Other,
};

// Where a case stands. The rules for moving between them come with the workflow.
enum class CaseStatus {
    Registered,
    Accepted,
    Refused,
    Returned,
    ForwardedToEnterprise,
    InMediation,
    AgreementReached,
    MediationTerminated,
    Closed,
};

QString codeOf(Channel value);
QString codeOf(Nature value);
QString codeOf(CaseStatus value);

QString labelOf(Channel value);
QString labelOf(Nature value);
QString labelOf(CaseStatus value);

std::optional<Channel> channelFromCode(const QString &code);
std::optional<Nature> natureFromCode(const QString &code);
std::optional<CaseStatus> statusFromCode(const QString &code);

QList<Channel> allChannels();
QList<Nature> allNatures();
QList<CaseStatus> allStatuses();

} // namespace casedesk
