#pragma once

#include "liaison/liaison_assessment.h"

#include <QSqlDatabase>
#include <QWidget>

class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace casedesk {

class AssessmentScoreForm;
class AssessmentSheetView;
class NoticeBar;

// The model liaison points' assessment (示范联络点评选) for a chosen year: its scoring sheet
// (edited by supervisors, or copied from last year's), a point scored against it, and the
// ranking with a point marked as, or no longer, a model point. Reading needs ViewCases; the
// changes need ManageDirectories (the buttons are not shown to users without it). A load that
// failed says so in the notice line and leaves the page disabled, never as an empty ranking.
class AssessmentPage : public QWidget {
    Q_OBJECT
public:
    AssessmentPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    AssessmentSheetView *sheetView() const { return m_sheetView; }
    AssessmentScoreForm *scoreForm() const { return m_scoreForm; }
    QTableWidget *rankingTable() const { return m_ranking; }
    QPushButton *markButton() const { return m_mark; }
    QPushButton *unmarkButton() const { return m_unmark; }
    QTabWidget *tabs() const { return m_tabs; }
    NoticeBar *notice() const { return m_notice; }
    bool editable() const { return m_editable; }

    // Loads the year in the year box again (sheet, points, ranking).
    void reload();
    // The ranking's chosen row marked as the year's model point (the default title) / unmarked.
    bool markChosen();
    bool unmarkChosen();

signals:
    // Something was saved (a sheet, scores, a model point): the message says what.
    void changed(const QString &message);

private:
    void showRanking(const QList<AssessmentRank> &ranking);
    void rankingChosen();
    void saved(const QString &message);
    void failed(const QString &message);
    qint64 chosenPoint() const;

    QSqlDatabase m_db;
    QString m_actor;
    bool m_editable = false;
    QList<AssessmentRank> m_rows;
    QSpinBox *m_year;
    NoticeBar *m_notice;
    QTabWidget *m_tabs;
    AssessmentSheetView *m_sheetView;
    AssessmentScoreForm *m_scoreForm;
    QTableWidget *m_ranking;
    QPushButton *m_mark;
    QPushButton *m_unmark;
};

} // namespace casedesk
