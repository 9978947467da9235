#pragma once

#include "domain/grounds.h"

#include <QString>

// The grounds of a decision in words, as the papers the council sends give them. Every paper
// that names a ground (the letters, the referral to a court, the results sent back to the 12315
// platform) takes its words from here, so a new ground code is phrased in one place.

namespace casedesk {

// The ground as a letter's sentence gives it ("因……"): formal Chinese, whatever the window's
// language (the translated labels of grounds.h are for lists).
QString groundPhrase(RefusalGround ground);
QString groundPhrase(ReturnReason reason);
QString groundPhrase(TerminationGround ground);
// The same ground as a letter to a court gives it, of the parties in the third person.
QString groundPhraseForCourt(TerminationGround ground);

// A stored ground code (case_events.ground) of `kind`'s vocabulary in the words above; empty
// when the code is not (or no longer) known, or `kind` takes no ground.
QString groundPhraseOfCode(GroundKind kind, const QString &code);
// A stored termination ground as groundPhraseForCourt() gives it; empty when not known.
QString groundPhraseForCourtOfCode(const QString &code);

} // namespace casedesk
