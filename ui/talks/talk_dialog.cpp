#include "talks/talk_dialog.h"

#include "day_edit.h"
#include "notice_bar.h"
#include "talks/talk_service.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

TalkDialog::TalkDialog(QSqlDatabase db, qint64 businessId, const QString &businessName, const QString &actor,
                       const QString &reason, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_businessId(businessId), m_actor(actor),
      m_heldOn(newDayEdit(this)), m_place(new QLineEdit(this)),
      m_council(new QLineEdit(actor, this)), m_business(new QLineEdit(this)), m_reason(new QPlainTextEdit(reason, this)),
      m_problems(new QPlainTextEdit(this)), m_promises(new QTableWidget(0, 2, this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("talkDialog"));
    setWindowTitle(tr("Talk with %1").arg(businessName));
    m_place->setMaxLength(TalkService::kMaxLine);
    m_business->setPlaceholderText(tr("Names and posts, e.g. 张某（总经理）"));
    m_promises->setHorizontalHeaderLabels({tr("What the business promised"), tr("By")});
    m_promises->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_promises->verticalHeader()->hide();
    auto *addPromise = new QPushButton(tr("Add Promise"), this);
    auto *removePromise = new QPushButton(tr("Remove Promise"), this);
    connect(addPromise, &QPushButton::clicked, this, [this] { addPromiseRow(); });
    connect(removePromise, &QPushButton::clicked, this, [this] {
        if (m_promises->currentRow() >= 0)
            m_promises->removeRow(m_promises->currentRow());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Held on"), m_heldOn);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("For the council"), m_council);
    form->addRow(tr("For the business"), m_business);
    form->addRow(tr("What led to it"), m_reason);
    form->addRow(tr("Problems raised"), m_problems);
    auto *promiseButtons = new QHBoxLayout;
    promiseButtons->addWidget(addPromise);
    promiseButtons->addWidget(removePromise);
    promiseButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Promises (each checked later; due ones appear in Due Soon and Overdue):"), this));
    layout->addWidget(m_promises, 1);
    layout->addLayout(promiseButtons);
    layout->addWidget(buttons);
    m_notice->hide();
    addPromiseRow();
    resize(720, 640);
}

void TalkDialog::addPromiseRow(const QString &text, const QDate &due)
{
    const int row = m_promises->rowCount();
    m_promises->insertRow(row);
    m_promises->setItem(row, 0, new QTableWidgetItem(text));
    // A promise is kept by a day to come.
    auto *day = newDayEdit(m_promises, due.isValid() ? due : QDate::currentDate().addDays(15), false);
    m_promises->setCellWidget(row, 1, day);
}

Talk TalkDialog::typed() const
{
    Talk talk;
    talk.businessId = m_businessId;
    talk.heldOn = m_heldOn->date();
    talk.place = m_place->text();
    talk.councilAttendees = m_council->text();
    talk.businessAttendees = m_business->text();
    talk.reason = m_reason->toPlainText();
    talk.problems = m_problems->toPlainText();
    for (int row = 0; row < m_promises->rowCount(); ++row) {
        const QString text = m_promises->item(row, 0) ? m_promises->item(row, 0)->text() : QString();
        if (text.trimmed().isEmpty())
            continue; // an empty row is no promise
        TalkPromise promise;
        promise.text = text;
        if (auto *day = qobject_cast<QDateEdit *>(m_promises->cellWidget(row, 1)))
            promise.dueOn = day->date();
        talk.promises.append(promise);
    }
    return talk;
}

std::optional<Talk> TalkDialog::save()
{
    auto recorded = TalkService(m_db).record(typed(), m_actor);
    if (!recorded) {
        m_notice->showError(recorded.error().message);
        return std::nullopt;
    }
    return recorded.value();
}

} // namespace casedesk
