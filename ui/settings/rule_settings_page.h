#pragma once

#include "deadlines/deadline_rules.h"
#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// Settings > Deadline rules: the rule sets in force from their dates, and adding a new set
// (e.g. SAMR Order No. 121 from 2026-04-15), started from the set in force today.
class RuleSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `actor`: the signed-in user; changes are refused unless their role may manage directories.
    RuleSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    // Stores the new set as filled in below the list.
    Status addRuleSet();
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *fromEdit() const { return m_from; }
    QTableWidget *newRulesTable() const { return m_newRules; }

private:
    void refresh();

    QSqlDatabase m_db;
    QString m_actor;
    QList<DeadlineRule> m_template; // the rules the new set starts from
    QTableWidget *m_sets;
    QLineEdit *m_name;
    QDateEdit *m_from;
    QLineEdit *m_note;
    QTableWidget *m_newRules;
    NoticeBar *m_message;
};

} // namespace casedesk
