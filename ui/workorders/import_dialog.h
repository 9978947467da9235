#pragma once

#include "workorders/work_order_import.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// File > Import Work Orders...: a 12315 or 12345 download (or any table) read, its columns shown
// with what each was taken for (the user changes any), every row previewed with what it becomes
// or what is wrong with it, then the valid rows (or all or nothing) registered in one transaction.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    QComboBox *sourceBox() const { return m_source; }
    QLineEdit *fileEdit() const { return m_file; }
    QTableWidget *columnTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_preview; }
    QRadioButton *validRowsButton() const { return m_validRows; }
    QRadioButton *allOrNothingButton() const { return m_allOrNothing; }
    QCheckBox *fillDuplicatesBox() const { return m_fillDuplicates; }
    QPushButton *importButton() const { return m_import; }
    NoticeBar *notice() const { return m_notice; }
    const std::optional<ImportPlan> &plan() const { return m_plan; }

    // Reads the file with the columns as chosen; the problem shown when it cannot.
    bool readFile();
    // The file as read last, taken again with the columns as chosen now: not read or hashed
    // again (reads it when nothing was read yet).
    bool mapAgain();
    // Registers what the plan and the choice say; the outcome or the problem shown.
    bool importRows();

signals:
    // Cases were registered: the window shows them.
    void imported(int count, const QString &message);

private:
    void chooseFile();
    void showPlan();
    // The plan made on a worker, shown; or its problem.
    bool planned(const Result<ImportPlan> &plan);
    ColumnOverrides chosenColumns() const;
    // A column's choice changed: a field it takes is no other column's; the rows are taken again.
    void columnChosen(int row);

    QSqlDatabase m_db;
    QString m_actor;
    QComboBox *m_source;
    QLineEdit *m_file;
    QTableWidget *m_columns;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QRadioButton *m_validRows;
    QRadioButton *m_allOrNothing;
    QCheckBox *m_fillDuplicates;
    QPushButton *m_import;
    NoticeBar *m_notice;
    std::optional<WorkOrderFile> m_read; // the cells of the file read last, for mapAgain()
    std::optional<ImportPlan> m_plan;
    bool m_choosing = false; // the choices are being set from the plan, not by the user
};

} // namespace casedesk
