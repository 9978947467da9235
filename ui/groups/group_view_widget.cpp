#include "group_view_widget.h"

#include "day_edit.h"
#include "mediation/session_dialog.h"

#include "domain/money.h"
#include "documents/letter_batch.h"
#include "groups/group_service.h"
#include "recovery_question.h"
#include "groups/roster_csv.h"
#include "groups/roster_xlsx.h"
#include "privacy/masking.h"
#include "roster_pdf.h"
#include "storage/complaint_repository.h"
#include "storage/user_repository.h"
#include "transition_dialog.h"
#include "workflow/case_workflow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QRadioButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QCheckBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum Column {
    NumberColumn,
    CaseNumberColumn,
    NameColumn,
    PhoneColumn,
    CardColumn,
    Paid,
    Balance,
    Claim,
    Outcome, // the member's amount under the recorded outcome (empty: none, or left out)
    StatusColumn,
    RepresentativeColumn,
    ColumnCount
};

QString yuan(qint64 fen) { return QStringLiteral("¥") + formatYuan(fen); }

} // namespace

GroupViewWidget::GroupViewWidget(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_breakdown(new QLabel(this)),
      m_representatives(new QLabel(this)), m_roster(new QTableWidget(this))
{
    setObjectName(QStringLiteral("groupView"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_summary, m_breakdown, m_representatives}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_roster->setObjectName(QStringLiteral("rosterTable"));
    m_roster->setColumnCount(ColumnCount);
    m_roster->setHorizontalHeaderLabels({tr("No."), tr("Case number"), tr("Claimant"), tr("Phone"), tr("Card number"),
                                         tr("Paid"), tr("Balance"), tr("Claim"), tr("Outcome"), tr("Status"),
                                         tr("Representative")});
    m_roster->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roster->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roster->verticalHeader()->hide();
    m_roster->horizontalHeader()->setStretchLastSection(true);
    connect(m_roster, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit caseActivated(m_roster->item(row, 0)->data(Qt::UserRole).toLongLong());
    });

    const std::pair<QString, void (GroupViewWidget::*)()> buttons[] = {
        {tr("Add Cases..."), &GroupViewWidget::addCases},
        {tr("Remove Selected"), &GroupViewWidget::removeSelected},
        {tr("Mark Representative"), &GroupViewWidget::toggleRepresentative},
        {tr("Assign All..."), &GroupViewWidget::assignAll},
        {tr("Move All..."), &GroupViewWidget::moveAll},
        {tr("Record Outcome..."), &GroupViewWidget::askForOutcome},
        {tr("Schedule Session..."), &GroupViewWidget::scheduleSession},
        {tr("Letters to All..."), &GroupViewWidget::askForLetters},
    };
    auto *batch = new QHBoxLayout;
    for (const auto &[text, slot] : buttons) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, slot);
        batch->addWidget(button);
        m_actions.append(button);
    }
    batch->addStretch();
    auto *csv = new QPushButton(tr("Export CSV..."), this);
    auto *xlsx = new QPushButton(tr("Export Excel..."), this);
    xlsx->setObjectName(QStringLiteral("rosterExcelButton"));
    auto *pdf = new QPushButton(tr("Roster PDF..."), this);
    connect(csv, &QPushButton::clicked, this, [this] { askForExport(RosterFormat::Csv); });
    connect(xlsx, &QPushButton::clicked, this, [this] { askForExport(RosterFormat::Workbook); });
    connect(pdf, &QPushButton::clicked, this, [this] { askForExport(RosterFormat::Pdf); });
    batch->addWidget(csv);
    batch->addWidget(xlsx);
    batch->addWidget(pdf);
    m_actions.append(csv);
    m_actions.append(xlsx);
    m_actions.append(pdf);
    m_actions.at(2)->setToolTip(tr("Mark or unmark the selected cases as representative cases heard first"));
    m_actions.at(4)->setToolTip(tr("Move every member to one status; members already there stay"));
    m_actions.at(5)->setToolTip(tr("One outcome for all, e.g. the business refunds 60% of each balance"));
    m_actions.at(6)->setToolTip(tr("One mediation session for every member in mediation"));
    m_actions.at(7)->setToolTip(tr("The same letter to every member, in one PDF or a folder of PDFs, recorded as sent "
                                   "on each case"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_representatives);
    layout->addLayout(batch);
    layout->addWidget(m_roster, 1);
    showGroup(0);
}

void GroupViewWidget::setDatabase(const QSqlDatabase &db, const QString &actor, const QString &council)
{
    m_db = db;
    m_actor = actor;
    m_council = council;
}

void GroupViewWidget::showGroup(qint64 groupId)
{
    m_groupId = groupId;
    m_view = GroupView{};
    m_roster->setRowCount(0);
    if (groupId == 0 || !m_db.isValid()) {
        m_title->setText(tr("No group case selected"));
        for (QLabel *label : {m_summary, m_breakdown, m_representatives})
            label->clear();
        for (QPushButton *button : std::as_const(m_actions))
            button->setEnabled(false);
        return;
    }
    auto view = GroupService(m_db).view(groupId);
    if (!view) {
        m_title->setText(tr("Group case"));
        emit problem(tr("The group case could not be loaded: %1").arg(view.error().message));
        return;
    }
    m_view = view.value();
    const CaseGroup &g = m_view.group;
    m_title->setText(g.name);
    m_summary->setText(tr("Business: %1 · %2 claimants (%3 open) · paid %4 · balance claimed %5 · total claim %6")
                           .arg(g.businessName.isEmpty() ? tr("several businesses") : g.businessName)
                           .arg(m_view.members.size())
                           .arg(g.openMembers)
                           .arg(yuan(m_view.totalPaidFen), yuan(m_view.totalBalanceFen), yuan(m_view.totalClaimFen)));
    QStringList parts;
    for (auto it = m_view.statusCounts.cbegin(); it != m_view.statusCounts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(labelOf(it.key())).arg(it.value());
    m_breakdown->setText(tr("Where they stand: %1").arg(parts.join(QStringLiteral(" · "))));
    QStringList representatives;
    for (const GroupMember &m : m_view.representatives())
        representatives << QStringLiteral("%1 %2").arg(m.caseNumber, maskName(m.consumerName));
    m_representatives->setText(representatives.isEmpty()
                                   ? tr("Representative cases: none chosen yet")
                                   : tr("Representative cases: %1").arg(representatives.join(QStringLiteral(", "))));

    m_roster->setRowCount(int(m_view.members.size()));
    for (int row = 0; row < m_view.members.size(); ++row) {
        const GroupMember &m = m_view.members.at(row);
        const QStringList cells = {QString::number(row + 1), m.caseNumber, m.consumerName, maskPhone(m.consumerPhone),
                                   m.cardNumber, formatYuan(m.paidFen), formatYuan(m.balanceFen),
                                   formatYuan(m.claimFen()), m.outcomeFen ? formatYuan(*m.outcomeFen) : QString(),
                                   labelOf(m.status),
                                   m.representative ? tr("Yes") : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, m.complaintId);
            if (column >= Paid && column <= Outcome)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_roster->setItem(row, column, item);
        }
    }
    m_roster->resizeColumnsToContents();
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(!m_actor.isEmpty());
}

QList<qint64> GroupViewWidget::selectedCases() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_roster->selectionModel()->selectedRows())
        ids.append(index.data(Qt::UserRole).toLongLong());
    return ids;
}

void GroupViewWidget::after(const Status &done, const QString &message)
{
    if (!done) {
        emit problem(done.error().message);
        return;
    }
    showGroup(m_groupId);
    emit groupChanged(m_groupId, message);
}

void GroupViewWidget::scheduleSession()
{
    MediationSession session;
    for (const GroupMember &m : std::as_const(m_view.members)) {
        if (m.status == CaseStatus::InMediation) {
            session.complaintId = m.complaintId; // the dialog checks times against a member
            break;
        }
    }
    if (session.complaintId == 0) {
        emit problem(tr("No member of the group is in mediation; move them into mediation first."));
        return;
    }
    session.startsAt = QDateTime(QDate::currentDate().addDays(1), QTime(9, 30));
    session.participants = tr("The group's claimants and the business");
    SessionDialog dialog(m_db, session, m_actor, this);
    dialog.setGroup(m_groupId);
    if (dialog.exec() == QDialog::Accepted) {
        showGroup(m_groupId);
        emit groupChanged(m_groupId, tr("One mediation session was booked for every member in mediation."));
    }
}

void GroupViewWidget::addCases()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add Cases"), tr("Case numbers to add, one per line or separated by spaces or commas:"), {}, &ok);
    if (!ok)
        return;
    QList<qint64> ids;
    static const QRegularExpression separators(QStringLiteral("[\\s,，;；]+"));
    for (const QString &number : text.split(separators, Qt::SkipEmptyParts)) {
        auto c = ComplaintRepository(m_db).findByCaseNumber(number);
        if (!c) {
            emit problem(c.error().message);
            return;
        }
        ids.append(c->id);
    }
    if (ids.isEmpty())
        return;
    after(GroupService(m_db).addMembers(m_groupId, ids, m_actor), tr("Added %n case(s) to the group.", nullptr, int(ids.size())));
}

void GroupViewWidget::removeSelected()
{
    const QList<qint64> ids = selectedCases();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Cases"),
                              tr("Take %n case(s) out of the group? The cases themselves stay.", nullptr,
                                 int(ids.size()))) != QMessageBox::Yes)
        return;
    after(GroupService(m_db).removeMembers(m_groupId, ids, m_actor),
          tr("Removed %n case(s) from the group.", nullptr, int(ids.size())));
}

void GroupViewWidget::toggleRepresentative()
{
    GroupService groups(m_db);
    for (qint64 id : selectedCases()) {
        const auto member = std::find_if(m_view.members.cbegin(), m_view.members.cend(),
                                         [id](const GroupMember &m) { return m.complaintId == id; });
        if (member == m_view.members.cend())
            continue;
        if (auto done = groups.setRepresentative(m_groupId, id, !member->representative, m_actor); !done) {
            after(done, {});
            return;
        }
    }
    after({}, tr("Representative cases updated."));
}

void GroupViewWidget::assignAll()
{
    QStringList names;
    if (auto users = UserRepository(m_db).list(false)) {
        for (const User &user : users.value()) {
            if (user.role != Role::Administrator)
                names << user.name;
        }
    }
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Assign All"), tr("Give every member of the group to:"), names, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    after(GroupService(m_db).assignAll(m_groupId, name, m_actor),
          tr("Every member of the group is now with %1.").arg(name));
}

void GroupViewWidget::moveAll()
{
    QStringList labels;
    QList<CaseStatus> targets;
    for (CaseStatus status : allStatuses()) {
        if (status == CaseStatus::Registered)
            continue;
        labels << labelOf(status);
        targets << status;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move All"), tr("Move every member to:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const CaseStatus to = targets.at(labels.indexOf(chosen));
    TransitionDialog details(m_view.group.name, to, false, this);
    if (details.exec() != QDialog::Accepted)
        return;
    after(GroupService(m_db).transitionAll(m_groupId, to, details.ground(), details.note(), m_actor),
          tr("Moved the group's members to %1.").arg(labelOf(to)));
}

Status GroupViewWidget::recordOutcome(const GroupOutcome &outcome)
{
    auto total = withRecoveryQuestions<GroupOutcomeResult>(this, [&](const RecoveryDecision &decision) {
        return GroupService(m_db).recordOutcome(m_groupId, outcome, m_actor, QDateTime::currentDateTime(), decision);
    });
    if (!total) {
        after(total.error(), {});
        return total.error();
    }
    QString message = tr("Recorded the outcome: %1 for %n member(s).", nullptr, total->members).arg(yuan(total->totalFen));
    for (const OutcomeLeftOut &left : total->leftOut)
        message += QLatin1Char('\n') + tr("Left out %1: %2.").arg(left.caseNumber, left.reason);
    after({}, message);
    return {};
}

void GroupViewWidget::askForOutcome()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record Outcome for the Whole Group"));
    auto *percent = new QSpinBox(&dialog);
    percent->setRange(0, 100);
    percent->setValue(60);
    percent->setSuffix(QStringLiteral("%"));
    auto *basis = new QComboBox(&dialog);
    for (OutcomeBasis b : {OutcomeBasis::Balance, OutcomeBasis::Paid, OutcomeBasis::Amount})
        basis->addItem(labelOf(b), codeOf(b));
    auto *description = new QLineEdit(&dialog);
    description->setPlaceholderText(tr("e.g. the business refunds 60% of each balance by 30 June"));
    auto *paid = new QCheckBox(tr("The money has been paid (adds to each case's money recovered)"), &dialog);
    auto *preview = new QLabel(&dialog);
    auto update = [&] {
        const auto b = outcomeBasisFromCode(basis->currentData().toString()).value_or(OutcomeBasis::Balance);
        auto shares = GroupService(m_db).previewOutcome(m_groupId, b, percent->value());
        if (!shares) {
            preview->setText(shares.error().message);
            return;
        }
        QString text = tr("%n member(s), %1 in all.", nullptr, shares->members).arg(yuan(shares->totalFen));
        if (!shares->leftOut.isEmpty())
            text += QLatin1Char(' ') + tr("%n member(s) left out (see the result).", nullptr, int(shares->leftOut.size()));
        preview->setText(text);
    };
    connect(percent, &QSpinBox::valueChanged, &dialog, update);
    connect(basis, &QComboBox::currentIndexChanged, &dialog, update);
    update();
    auto *share = new QHBoxLayout;
    share->addWidget(percent);
    share->addWidget(basis, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Share"), share);
    form->addRow(tr("What was agreed"), description);
    form->addRow(paid);
    form->addRow(preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    (void)recordOutcome({outcomeBasisFromCode(basis->currentData().toString()).value_or(OutcomeBasis::Balance),
                         percent->value(), description->text(), paid->isChecked()});
}

Status GroupViewWidget::exportCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(rosterCsv(m_view)) < 0)
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

Status GroupViewWidget::exportPdf(const QString &path) { return writeRosterPdf(m_view, m_council, path); }

Status GroupViewWidget::exportWorkbook(const QString &path) { return writeRosterXlsx(m_view, path); }

void GroupViewWidget::askForExport(RosterFormat format)
{
    QString title = tr("Export CSV");
    QString suffix = QStringLiteral(".csv");
    QString filter = tr("CSV files (*.csv)");
    if (format == RosterFormat::Pdf) {
        title = tr("Roster PDF");
        suffix = QStringLiteral(".pdf");
        filter = tr("PDF files (*.pdf)");
    } else if (format == RosterFormat::Workbook) {
        title = tr("Export Excel");
        suffix = QStringLiteral(".xlsx");
        filter = tr("Excel workbooks (*.xlsx)");
    }
    const QString path = QFileDialog::getSaveFileName(this, title, m_view.group.name + suffix, filter);
    if (path.isEmpty())
        return;
    const Status done = format == RosterFormat::Pdf        ? exportPdf(path)
                        : format == RosterFormat::Workbook ? exportWorkbook(path)
                                                           : exportCsv(path);
    if (!done)
        emit problem(done.error().message);
    else
        emit groupChanged(m_groupId, tr("Wrote %1.").arg(path));
}

Result<QStringList> GroupViewWidget::sendLetters(LetterKind kind, SendMethod method, const QDate &sentOn,
                                                const QString &target, bool onePdf)
{
    QList<qint64> members;
    for (const GroupMember &member : std::as_const(m_view.members))
        members.append(member.complaintId);
    auto written = sendLetterBatch(m_db, {members, kind, method, sentOn, target, onePdf}, m_actor);
    if (!written) {
        emit problem(written.error().message);
        return written;
    }
    showGroup(m_groupId);
    emit groupChanged(m_groupId, tr("%1 to %2 members recorded as sent; written to %3.")
                                     .arg(labelOf(kind))
                                     .arg(members.size())
                                     .arg(onePdf ? target : tr("%1 files in %2").arg(written->size()).arg(target)));
    return written;
}

void GroupViewWidget::askForLetters()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Letters to All Members"));
    auto *kind = new QComboBox(&dialog);
    for (LetterKind k : allLetterKinds()) {
        if (isSentLetter(k) && !hasOwnLayout(k)) // the referral letter goes to a court case by case
            kind->addItem(labelOf(k), codeOf(k));
    }
    auto *method = new QComboBox(&dialog);
    for (SendMethod m : allSendMethods())
        method->addItem(labelOf(m), codeOf(m));
    auto *sentOn = newDayEdit(&dialog);
    auto *onePdf = new QRadioButton(tr("One PDF, a letter a page"), &dialog);
    auto *folder = new QRadioButton(tr("A folder of PDFs, one a member"), &dialog);
    onePdf->setChecked(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Letter"), kind);
    form->addRow(tr("How it was sent"), method);
    form->addRow(tr("Sent on"), sentOn);
    form->addRow(onePdf);
    form->addRow(folder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosenKind = letterKindFromCode(kind->currentData().toString());
    const auto chosenMethod = sendMethodFromCode(method->currentData().toString());
    if (!chosenKind || !chosenMethod)
        return;
    const QString target =
        onePdf->isChecked()
            ? QFileDialog::getSaveFileName(this, tr("Letters PDF"),
                                           QStringLiteral("%1-%2.pdf").arg(m_view.group.name, labelOf(*chosenKind)),
                                           tr("PDF files (*.pdf)"))
            : QFileDialog::getExistingDirectory(this, tr("Folder for the Letters"));
    if (!target.isEmpty())
        (void)sendLetters(*chosenKind, *chosenMethod, sentOn->date(), target, onePdf->isChecked());
}

} // namespace casedesk
