#pragma once

#include "storage/evidence_repository.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTemporaryDir;

namespace casedesk {

// A case's evidence: the attached files with their SHA-256, a preview of the selected image,
// and buttons to attach more, open one or save a copy. Every read of a file's bytes is
// checked against its SHA-256, so a file changed behind CaseDesk's back is never shown.
class CaseEvidenceView : public QWidget {
    Q_OBJECT
public:
    explicit CaseEvidenceView(QWidget *parent = nullptr);
    ~CaseEvidenceView() override;

    // Shows the files of the case (0: none).
    void setCase(QSqlDatabase db, qint64 caseId);
    // Who attaches files; empty while nobody has said who they are (attaching is then off).
    void setActor(const QString &actor);

    // Attaches the files at `paths`; returns the problems, one line per refused file.
    QStringList attachFiles(const QStringList &paths);

signals:
    // Files were attached; the case's history has new lines.
    void evidenceAdded(qint64 caseId);
    // Something went wrong (a file refused, changed, or not written): for the pane's message line.
    void problem(const QString &message);

private:
    void reload();
    void updateButtons();
    void showPreview();
    void askToAttach();
    void openSelected();
    void saveSelected();
    const EvidenceItem *selectedItem() const;

    QSqlDatabase m_db;
    qint64 m_caseId = 0;
    QString m_actor;
    QList<EvidenceItem> m_items;
    QTableWidget *m_table;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_preview;
    // Opened files are written here; it lives as long as the view so that the program
    // showing a file can still read it, and is removed with the view.
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace casedesk
