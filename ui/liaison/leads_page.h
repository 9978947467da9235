#pragma once

#include "liaison/liaison_lead.h"
#include "liaison/liaison_point.h"

#include <QSqlDatabase>
#include <QWidget>

class QTableWidget;

namespace casedesk {

class NoticeBar;

// The leads (线索) the points passed on, newest first, with where each stands; a new lead, or
// one followed up, in LeadEditDialog.
class LeadsPage : public QWidget {
    Q_OBJECT
public:
    LeadsPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    void setPoints(const QList<LiaisonPoint> &points);
    void reload();
    const QList<LiaisonLead> &leads() const { return m_leads; }
    QTableWidget *table() const { return m_table; }
    NoticeBar *notice() const { return m_notice; }

private:
    void addLead();
    void editLead();

    QSqlDatabase m_db;
    QString m_actor;
    QList<LiaisonPoint> m_points;
    QList<LiaisonLead> m_leads;
    QTableWidget *m_table;
    NoticeBar *m_notice;
};

} // namespace casedesk
