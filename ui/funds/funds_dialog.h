#pragma once

#include "funds/fund.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace casedesk {

// 先行赔付 funds: each fund's balance, top-ups and payouts to cases, and its statement.
class NoticeBar;

class FundsDialog : public QDialog {
    Q_OBJECT
public:
    FundsDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent = nullptr);

    void reload();

signals:
    void caseChanged(qint64 caseId, const QString &message);

private:
    qint64 selectedFund() const;
    void showStatement();
    void newFund();
    void topUp();
    void payout();

    QSqlDatabase m_db;
    QString m_actor;
    QList<Fund> m_funds;
    QTableWidget *m_fundTable;
    QLabel *m_statementTitle;
    QTableWidget *m_statement;
    NoticeBar *m_notice; // a failed load or change says so here
};

} // namespace casedesk
