#include "council_settings_page.h"

#include "notice_bar.h"

#include "auth/desk_administration.h"
#include "storage/settings_repository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

CouncilSettingsPage::CouncilSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_name(new QLineEdit(this)), m_status(new NoticeBar(this))
{
    setObjectName(QStringLiteral("councilSettingsPage"));
    m_name->setObjectName(QStringLiteral("councilNameEdit"));
    m_name->setMaxLength(DeskAdministration::kMaxCouncilNameLength);
    // A name that cannot be read is not shown as an empty one (a save would then overwrite it).
    auto name = SettingsRepository(m_db).councilName();
    if (name)
        m_name->setText(name.value());
    else
        m_status->showError(tr("The council's name could not be loaded: %1").arg(name.error().message));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("councilSaveButton"));
    connect(save, &QPushButton::clicked, this, [this] { (void)this->save(); });
    auto *hint = new QLabel(
        tr("Printed on mediation agreements and referral letters, e.g. 上海市长宁区消费者权益保护委员会."), this);
    hint->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(save);
    auto *form = new QFormLayout;
    form->addRow(tr("Council name"), row);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
}

Status CouncilSettingsPage::save()
{
    // The service checks the permission and the rule, and writes the name with its desk event
    // in one transaction: a refusal or a failure leaves the stored name as it was.
    const Status saved = DeskAdministration(m_db).setCouncilName(m_actor, m_name->text());
    if (!saved) {
        m_status->showError(saved.error().message);
        return saved;
    }
    m_name->setText(m_name->text().trimmed()); // as stored
    m_status->showMessage(tr("Saved."), NoticeBar::Kind::Information);
    return saved;
}

} // namespace casedesk
