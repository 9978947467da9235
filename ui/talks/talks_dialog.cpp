#include "talks/talks_dialog.h"

#include "day_edit.h"
#include "documents/talk_document.h"
#include "notice_bar.h"
#include "storage/settings_repository.h"
#include "talks/talk_dialog.h"
#include "talks/talk_service.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

TalksDialog::TalksDialog(QSqlDatabase db, qint64 businessId, const QString &businessName, const QString &actor,
                         QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_businessId(businessId), m_businessName(businessName), m_actor(actor),
      m_talks(new QListWidget(this)), m_record(new QTextBrowser(this)), m_promises(new QTableWidget(0, 3, this)),
      m_check(new QPushButton(tr("Check Promise..."), this)), m_pdf(new QPushButton(tr("Record as PDF..."), this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("talksDialog"));
    setWindowTitle(tr("Talks with %1").arg(businessName));
    m_promises->setHorizontalHeaderLabels({tr("Promise"), tr("By"), tr("Check")});
    m_promises->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_promises->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_promises->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_promises->verticalHeader()->hide();
    auto *add = new QPushButton(tr("New Talk..."), this);
    connect(add, &QPushButton::clicked, this, &TalksDialog::newTalk);
    connect(m_check, &QPushButton::clicked, this, &TalksDialog::askForCheck);
    connect(m_pdf, &QPushButton::clicked, this, &TalksDialog::askForPdf);
    connect(m_talks, &QListWidget::currentRowChanged, this, &TalksDialog::showChosen);
    auto *right = new QVBoxLayout;
    right->addWidget(m_record, 2);
    right->addWidget(m_promises, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_talks, 1);
    body->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    m_notice->hide();
    reload();
    resize(980, 640);
}

void TalksDialog::reload()
{
    const int keep = m_talks->currentRow();
    m_talks->clear();
    auto talks = TalkService(m_db).talksOf(m_businessId, m_actor);
    if (!talks) {
        m_list.clear();
        m_notice->showError(tr("The talks could not be loaded: %1").arg(talks.error().message));
        showChosen();
        return;
    }
    m_list = talks.value();
    for (const Talk &talk : std::as_const(m_list))
        m_talks->addItem(tr("%1 (%n promise(s))", nullptr, int(talk.promises.size()))
                             .arg(talk.heldOn.toString(QStringLiteral("yyyy-MM-dd"))));
    if (m_list.isEmpty())
        showChosen();
    else
        m_talks->setCurrentRow(std::clamp(keep, 0, int(m_list.size()) - 1));
}

void TalksDialog::showChosen()
{
    const int row = m_talks->currentRow();
    m_promises->setRowCount(0);
    const bool chosen = row >= 0 && row < m_list.size();
    m_check->setEnabled(chosen);
    m_pdf->setEnabled(chosen);
    if (!chosen) {
        m_record->setHtml(m_list.isEmpty() ? tr("<p>No talk with this business yet.</p>") : QString());
        return;
    }
    const Talk &talk = m_list.at(row);
    auto council = SettingsRepository(m_db).councilName();
    m_record->setHtml(talkHtml(talk, council ? council.value() : QString()));
    m_promises->setRowCount(int(talk.promises.size()));
    for (int i = 0; i < talk.promises.size(); ++i) {
        const TalkPromise &p = talk.promises.at(i);
        const QString check = !p.checkedOn.isValid() ? tr("not checked yet")
                              : p.kept.value_or(false)
                                  ? tr("kept (checked %1)").arg(p.checkedOn.toString(QStringLiteral("yyyy-MM-dd")))
                                  : tr("not kept (checked %1)").arg(p.checkedOn.toString(QStringLiteral("yyyy-MM-dd")));
        const QStringList cells = {p.text, p.dueOn.toString(QStringLiteral("yyyy-MM-dd")), check};
        for (int column = 0; column < cells.size(); ++column)
            m_promises->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool TalksDialog::checkPromise(int row, bool kept, const QDate &on, const QString &note)
{
    const int talkRow = m_talks->currentRow();
    if (talkRow < 0 || talkRow >= m_list.size() || row < 0 || row >= m_list.at(talkRow).promises.size())
        return false;
    auto checked = TalkService(m_db).checkPromise(m_list.at(talkRow).promises.at(row).id, kept, on, note, m_actor);
    if (!checked) {
        m_notice->showError(checked.error().message);
        return false;
    }
    reload();
    const QString message = kept ? tr("The promise was kept: recorded.") : tr("The promise was not kept: recorded.");
    m_notice->showMessage(message, NoticeBar::Kind::Information);
    emit changed(message);
    return true;
}

void TalksDialog::newTalk()
{
    TalkDialog dialog(m_db, m_businessId, m_businessName, m_actor, {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_talks->setCurrentRow(0);
        emit changed(tr("The talk with %1 was recorded.").arg(m_businessName));
    }
}

void TalksDialog::askForCheck()
{
    // The promise chosen in the table; a talk with one promise needs no choosing.
    int row = m_promises->currentRow();
    if (row < 0 && m_promises->rowCount() == 1)
        row = 0;
    if (row < 0) {
        m_notice->showText(tr("Choose the promise to check in the table first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Check Promise"));
    auto *kept = new QCheckBox(tr("The business kept it"), &dialog);
    auto *on = newDayEdit(&dialog);
    auto *note = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(kept);
    form->addRow(tr("Checked on"), on);
    form->addRow(tr("What the check found"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        checkPromise(row, kept->isChecked(), on->date(), note->text());
}

bool TalksDialog::savePdf(const QString &path)
{
    const int row = m_talks->currentRow();
    if (row < 0 || row >= m_list.size())
        return false;
    auto council = SettingsRepository(m_db).councilName();
    if (!council) {
        m_notice->showError(council.error().message);
        return false;
    }
    if (auto written = writeTalkPdf(m_list.at(row), council.value(), path); !written) {
        m_notice->showError(written.error().message);
        return false;
    }
    m_notice->showMessage(tr("Saved %1").arg(path), NoticeBar::Kind::Information);
    return true;
}

void TalksDialog::askForPdf()
{
    const int row = m_talks->currentRow();
    if (row < 0 || row >= m_list.size())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save PDF"),
        QStringLiteral("约谈记录-%1-%2.pdf").arg(m_businessName, m_list.at(row).heldOn.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

} // namespace casedesk
