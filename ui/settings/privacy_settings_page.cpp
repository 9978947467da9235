#include "privacy_settings_page.h"

#include "notice_bar.h"

#include "auth/desk_administration.h"
#include "auth/permissions.h"
#include "desk_settings.h"
#include "privacy/retention_service.h"
#include "storage/user_repository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

PrivacySettingsPage::PrivacySettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_idleMinutes(new QSpinBox(this)),
      m_years(new QSpinBox(this)), m_preview(new QTableWidget(0, 4, this)), m_apply(new QPushButton(this)),
      m_message(new NoticeBar(this))
{
    setObjectName(QStringLiteral("privacySettingsPage"));
    const auto user = UserRepository(m_db).findByName(m_actor);
    const auto may = [&user](Permission p) { return user && user->active && roleAllows(user->role, p); };

    // This desk: idle lock.
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_idleMinutes->setRange(0, DeskSettings::kMaxIdleLockMinutes);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setValue(DeskSettings().idleLockMinutes());
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, [](int minutes) { DeskSettings().setIdleLockMinutes(minutes); });
    auto *deskBox = new QGroupBox(tr("This Computer"), this);
    auto *deskForm = new QFormLayout(deskBox);
    deskForm->addRow(tr("Lock after no use for"), m_idleMinutes);
    auto *lockNote = new QLabel(tr("A locked desk hides its cases until the password is entered again."), deskBox);
    lockNote->setWordWrap(true);
    deskForm->addRow(lockNote);

    // The office: retention.
    m_years->setObjectName(QStringLiteral("retentionYearsSpinBox"));
    m_years->setRange(1, DeskAdministration::kMaxRetentionYears);
    m_years->setSuffix(tr(" years"));
    m_years->setValue(DeskAdministration(m_db).retentionYears().ok() ? DeskAdministration(m_db).retentionYears().value()
                                                                     : DeskAdministration::kDefaultRetentionYears);
    m_years->setEnabled(may(Permission::ManageSettings));
    auto *save = new QPushButton(tr("Save"), this);
    save->setEnabled(may(Permission::ManageSettings));
    connect(save, &QPushButton::clicked, this, [this] { (void)saveRetentionYears(); });
    auto *preview = new QPushButton(tr("Preview"), this);
    preview->setObjectName(QStringLiteral("previewButton"));
    preview->setEnabled(may(Permission::ManageBackups));
    connect(preview, &QPushButton::clicked, this, [this] { (void)showPreview(); });
    m_apply->setObjectName(QStringLiteral("applyRetentionButton"));
    m_apply->setText(tr("Anonymise Now..."));
    m_apply->setEnabled(false); // after a preview
    connect(m_apply, &QPushButton::clicked, this, [this] { (void)applyRetention(); });

    m_preview->setObjectName(QStringLiteral("retentionPreviewTable"));
    m_preview->setHorizontalHeaderLabels({tr("Complainant"), tr("Phone"), tr("Cases"), tr("Last closed")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("retentionNoticeBar"));

    auto *officeBox = new QGroupBox(tr("Retention of Personal Data"), this);
    auto *officeLayout = new QVBoxLayout(officeBox);
    auto *explain = new QLabel(tr("When every case of a complainant was closed longer ago than this, their name, "
                                  "phone, ID number and address are removed; the cases stay for statistics."),
                               officeBox);
    explain->setWordWrap(true);
    officeLayout->addWidget(explain);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Keep for"), officeBox));
    row->addWidget(m_years);
    row->addWidget(save);
    row->addStretch(1);
    row->addWidget(preview);
    row->addWidget(m_apply);
    officeLayout->addLayout(row);
    officeLayout->addWidget(m_preview, 1);
    if (!may(Permission::ManageBackups)) {
        auto *who = new QLabel(tr("Only an administrator can preview and apply retention."), officeBox);
        who->setWordWrap(true);
        officeLayout->addWidget(who);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(deskBox);
    layout->addWidget(officeBox, 1);
}

void PrivacySettingsPage::report(const Status &done, const QString &success)
{
    if (done)
        m_message->showMessage(success, NoticeBar::Kind::Information);
    else
        m_message->showError(done.error().message);
}

Status PrivacySettingsPage::saveRetentionYears()
{
    const Status done = DeskAdministration(m_db).setRetentionYears(m_actor, m_years->value());
    report(done, tr("Personal data is now kept %n year(s) after a case is closed.", nullptr, m_years->value()));
    return done;
}

Status PrivacySettingsPage::showPreview()
{
    auto found = RetentionService(m_db).preview(m_actor);
    m_preview->setRowCount(0);
    m_apply->setEnabled(false);
    if (!found) {
        report(found.error(), {});
        return found.error();
    }
    for (const RetentionItem &item : found->items) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QStringList cells = {item.maskedName, item.maskedPhone, item.caseNumbers.join(QStringLiteral(", ")),
                                   item.lastClosedAt.toString(QStringLiteral("yyyy-MM-dd"))};
        for (int column = 0; column < cells.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_preview->resizeColumnsToContents();
    m_apply->setEnabled(!found->items.isEmpty());
    report({}, tr("%1 complainant(s) in %2 case(s) closed before %3 would be anonymised.")
                   .arg(found->items.size())
                   .arg(found->caseCount())
                   .arg(found->cutoff.toString(QStringLiteral("yyyy-MM-dd"))));
    return {};
}

Status PrivacySettingsPage::applyRetention(bool confirm)
{
    if (confirm &&
        QMessageBox::question(this, tr("Anonymise Personal Data"),
                              tr("Remove the names, phones, ID numbers and addresses listed? This cannot be undone.")) !=
            QMessageBox::Yes)
        return {};
    auto done = RetentionService(m_db).apply(m_actor);
    m_apply->setEnabled(false);
    m_preview->setRowCount(0);
    if (!done) {
        report(done.error(), {});
        return done.error();
    }
    report({}, tr("Anonymised %1 complainant(s) in %2 case(s); the audit trail records it.")
                   .arg(done->items.size())
                   .arg(done->caseCount()));
    return {};
}

} // namespace casedesk
