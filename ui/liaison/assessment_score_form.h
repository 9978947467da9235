#pragma once

#include "liaison/liaison_assessment.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace casedesk {

// Scoring a chosen point for the year: one row per criterion of the year's sheet with a spin box
// from 0 to its maximum and a note, the overall notes, and the total as the points are typed.
class AssessmentScoreForm : public QWidget {
    Q_OBJECT
public:
    AssessmentScoreForm(QSqlDatabase db, const QString &actor, bool editable, QWidget *parent = nullptr);

    QComboBox *pointBox() const { return m_points; }
    QTableWidget *criteriaTable() const { return m_criteria; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *totalLabel() const { return m_total; }
    QPushButton *saveButton() const { return m_save; }
    // The spin box of the criterion in `row`.
    QSpinBox *pointsBox(int row) const;

    // The year's sheet and the points to choose from (the page loaded them).
    void setSheet(const AssessmentSheet &sheet, const QList<LiaisonPoint> &points);
    // Chooses the point with this id and shows its scores.
    void choosePoint(qint64 pointId);
    bool save();

signals:
    void failed(const QString &message);
    void changed(const QString &message);

private:
    void loadChosen();
    void updateTotal();

    QSqlDatabase m_db;
    QString m_actor;
    bool m_editable;
    AssessmentSheet m_sheet;
    PointAssessment m_assessment;
    QComboBox *m_points;
    QTableWidget *m_criteria;
    QPlainTextEdit *m_notes;
    QLabel *m_total;
    QPushButton *m_save;
};

} // namespace casedesk
