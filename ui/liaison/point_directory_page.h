#pragma once

#include "liaison/liaison_point.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// The directory of liaison points: search and filter, add and correct a point, merge two records
// of one point, import a council's list, show a contact's full phone (logged). Changes need the
// right to manage directories; the buttons say so when it is missing.
class PointDirectoryPage : public QWidget {
    Q_OBJECT
public:
    PointDirectoryPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    void reload();
    // Imports a file of points after showing what it would do; `confirm` false imports at once
    // (tests); true asks first.
    bool importFile(const QString &path, bool confirm = true);
    const QList<LiaisonPoint> &points() const { return m_points; }
    QTableWidget *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *typeBox() const { return m_type; }
    NoticeBar *notice() const { return m_notice; }

signals:
    // A point was added, changed, merged or imported: the other pages read the points again.
    void pointsChanged();

private:
    QList<LiaisonPoint> selectedPoints() const;
    QStringList officials() const;
    void addPoint();
    void editPoint();
    void mergePoints();
    void chooseImport();
    void revealPhone();
    void reloadStreets();

    QSqlDatabase m_db;
    QString m_actor;
    QList<LiaisonPoint> m_points;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_street;
    QComboBox *m_status;
    QTableWidget *m_table;
    NoticeBar *m_notice;
};

} // namespace casedesk
