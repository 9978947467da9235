#pragma once

#include <QList>
#include <QString>

#include <optional>

// The closed vocabularies of mediation and court referral: stable codes (stored, typed on
// the CLI; the schema's CHECK lists repeat them) and translated labels (context "Mediation").

namespace casedesk {

// Who mediates (人民调解法; DOMAIN.md "Mediation").
enum class MediatorKind {
    Staff,           // council staff
    PeoplesMediator, // 人民调解员
    VolunteerLawyer, // 律师志愿者
    Expert,          // expert advisor of a professional office
};

// How a session is held.
enum class SessionMode {
    OnSite, // at the council or the business
    Phone,
    Video,  // 云调解 / online mediation
    Remote, // a consumer in another city joins from there
};

// What a session came to.
enum class SessionOutcome {
    Planned,     // not held yet
    Continued,   // held, another session follows
    Agreement,   // the parties agreed
    NoAgreement, // the parties could not agree
    NoShow,      // a party did not appear
    Cancelled,
};

// Whether the agreed terms were carried out (履行).
enum class Performance {
    Pending,
    Performed,
    Partly,
    NotPerformed,
};

enum class CourtKind {
    Court,   // a regular court
    Circuit, // a circuit court / circuit hearing point (巡回法庭 / 巡回审判点)
};

// What the court (or the parties before it) made of a referred dispute.
enum class ReferralOutcome {
    Pending,
    ForConsumer,
    Partly,
    Against,
    Settled, // settled out of court
    Withdrawn,
    Dismissed,
};

QString codeOf(MediatorKind value);
QString codeOf(SessionMode value);
QString codeOf(SessionOutcome value);
QString codeOf(Performance value);
QString codeOf(CourtKind value);
QString codeOf(ReferralOutcome value);
QString labelOf(MediatorKind value);
QString labelOf(SessionMode value);
QString labelOf(SessionOutcome value);
QString labelOf(Performance value);
QString labelOf(CourtKind value);
QString labelOf(ReferralOutcome value);
std::optional<MediatorKind> mediatorKindFromCode(const QString &code);
std::optional<SessionMode> sessionModeFromCode(const QString &code);
std::optional<SessionOutcome> sessionOutcomeFromCode(const QString &code);
std::optional<Performance> performanceFromCode(const QString &code);
std::optional<CourtKind> courtKindFromCode(const QString &code);
std::optional<ReferralOutcome> referralOutcomeFromCode(const QString &code);
QList<MediatorKind> allMediatorKinds();
QList<SessionMode> allSessionModes();
QList<SessionOutcome> allSessionOutcomes();
QList<Performance> allPerformances();
QList<CourtKind> allCourtKinds();
QList<ReferralOutcome> allReferralOutcomes();

// "a, b, c": the codes of a vocabulary, for usage messages.
template <typename E> QString codeList(const QList<E> &values)
{
    QStringList codes;
    for (E value : values)
        codes << codeOf(value);
    return codes.join(QStringLiteral(", "));
}

} // namespace casedesk
