#pragma once

#include "liaison/liaison_report.h"

class QChart;

// The liaison-point page's charts: a group's (a type's or a street's) ledger figures and
// transfers of the period as horizontal bars, one bar set per figure, one bar series per chart.

namespace casedesk {

// The bar sets of liaisonGroupChart(), in order: consultations, people trained, disputes settled
// on site, complaints transferred.
constexpr int kLiaisonChartSets = 4;

// `label` names a group (labelOfTypeGroup, labelOfStreetGroup); groups listed top to bottom.
QChart *liaisonGroupChart(const QString &title, const QList<LiaisonGroupTotals> &groups,
                          QString (*label)(const LiaisonGroupTotals &));

} // namespace casedesk
