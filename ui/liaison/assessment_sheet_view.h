#pragma once

#include "liaison/liaison_assessment.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace casedesk {

// A year's scoring sheet as a tree: categories with their criteria and maximum points. A
// supervisor edits the names and points in place, adds and removes rows, saves the whole sheet,
// or starts a year without a sheet as a copy of last year's (or of the default sheet).
class AssessmentSheetView : public QWidget {
    Q_OBJECT
public:
    AssessmentSheetView(QSqlDatabase db, const QString &actor, bool editable, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *copyButton() const { return m_copy; }
    const AssessmentSheet &sheet() const { return m_sheet; }

    // Shows `sheet` (the year's, as loaded by the page).
    void setSheet(const AssessmentSheet &sheet);
    // The tree as a sheet to save; nullopt (and failed() emitted) when a maximum is not a number.
    std::optional<AssessmentSheet> edited();
    bool save();
    bool copyLastYear();
    void addCategory();
    void addCriterion();
    void removeChosen();

signals:
    void failed(const QString &message);
    // The sheet was saved or copied: the page reloads the year.
    void changed(const QString &message);

private:
    QTreeWidgetItem *criterionItem(const AssessmentCriterion &criterion);
    void updateButtons();

    QSqlDatabase m_db;
    QString m_actor;
    bool m_editable;
    AssessmentSheet m_sheet;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
    QPushButton *m_addCategory;
    QPushButton *m_addCriterion;
    QPushButton *m_remove;
    QPushButton *m_save;
};

} // namespace casedesk
