#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 10, the model of SQLite step 22 (schema_v22.cpp): the agreement and the referral
// letter join the letters' kinds; letters.page keeps a referral letter's page as it was sent.
// PostgreSQL changes the constraints in place, so the tables keep their rights.
QStringList serverSchemaVersion10()
{
    const QString kinds = QStringLiteral("'acceptance', 'refusal', 'return', 'termination', 'forwarding', "
                                         "'session_record', 'follow_up_record', 'payout_receipt', 'agreement', "
                                         "'referral'");
    return {
        QStringLiteral("ALTER TABLE letter_templates DROP CONSTRAINT letter_templates_kind_check"),
        QStringLiteral("ALTER TABLE letter_templates ADD CONSTRAINT letter_templates_kind_check CHECK (kind IN (%1))")
            .arg(kinds),
        QStringLiteral("ALTER TABLE letters DROP CONSTRAINT letters_kind_check"),
        QStringLiteral("ALTER TABLE letters ADD CONSTRAINT letters_kind_check CHECK (kind IN (%1))").arg(kinds),
        QStringLiteral("ALTER TABLE letters ADD COLUMN page TEXT COLLATE \"C\""),
    };
}

} // namespace casedesk
