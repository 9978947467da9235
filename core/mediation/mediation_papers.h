#pragma once

#include "domain/complaint.h"
#include "mediation/mediation.h"
#include "result.h"
#include "storage/evidence_repository.h"

#include <QSqlDatabase>

#include <optional>

// Everything a printed mediation document shows, read in one place so the windows and the
// CLI print the same thing (ui/documents lays it out).

namespace casedesk {

// 调解协议书
struct AgreementPaper {
    QString councilName;
    Complaint complaint;
    MediationAgreement agreement;
    QString mediatorName;
    QString trailAnchor; // the trails' heads when it was printed (trail_anchors.h), for the footer
};

// 诉调对接移送函
struct ReferralPaper {
    QString councilName;
    Complaint complaint;
    CourtReferral referral;
    Court court;
    QList<EvidenceItem> evidence;
    QList<MediationSession> sessions;
    std::optional<TerminationRecord> termination;
    QString trailAnchor; // as in AgreementPaper
};

// An error when the case has no agreement (not even a draft).
Result<AgreementPaper> agreementPaper(const QSqlDatabase &db, qint64 caseId);
// An error when the case was not referred.
Result<ReferralPaper> referralPaper(const QSqlDatabase &db, qint64 caseId);

// A date as Chinese documents write it: 2018年3月21日.
QString chineseDate(const QDate &date);

// 一, 二, ... 二十: numbers as Chinese documents write them in running text.
QString chineseNumeral(int n);

} // namespace casedesk
