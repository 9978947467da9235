#pragma once

#include "liaison/liaison_lead.h"
#include "liaison/liaison_point.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>

// What the `points` subcommands share: points and leads to and from JSON.

namespace casedesk::cli {

QJsonObject pointToJson(const LiaisonPoint &point);
// The keys name, type, host, address, district, street, contactPerson, contactPhone, official,
// setUpOn, status, modelTitle, modelYear over `base` (a new point, or the stored one); an unknown
// key or a wrong value is a usage error naming it.
Result<LiaisonPoint> pointFromJson(const QJsonObject &json, LiaisonPoint base = {});

QJsonObject leadToJson(const LiaisonLead &lead);
// The keys pointId, receivedOn, suspicion, business, place, observedOn, regulator, forwardedOn,
// outcome, outcomeNote, outcomeOn, version over `base`.
Result<LiaisonLead> leadFromJson(const QJsonObject &json, LiaisonLead base = {});

// A usage error naming the first key of `json` that is not one of `known`.
Status onlyKnownKeys(const QJsonObject &json, const QStringList &known);

// A positive id from the command line, or nothing.
std::optional<qint64> positiveId(const QString &text);

int runPointsLedgerImport(const QStringList &arguments); // command_points_ledger.cpp
int runPointsLead(const QStringList &arguments);
int runPointsReport(const QStringList &arguments); // command_points_report.cpp
int runPointsSheet(const QStringList &arguments); // command_points_assessment.cpp
int runPointsScore(const QStringList &arguments);
int runPointsRanking(const QStringList &arguments);
int runPointsModel(const QStringList &arguments);

} // namespace casedesk::cli
