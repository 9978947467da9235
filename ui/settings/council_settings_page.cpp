#include "council_settings_page.h"

#include "notice_bar.h"

#include "storage/settings_repository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

CouncilSettingsPage::CouncilSettingsPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_name(new QLineEdit(this)), m_status(new NoticeBar(this))
{
    setObjectName(QStringLiteral("councilSettingsPage"));
    m_name->setObjectName(QStringLiteral("councilNameEdit"));
    m_name->setMaxLength(60);
    // A name that cannot be read is not shown as an empty one (a save would then overwrite it).
    auto name = SettingsRepository(m_db).councilName();
    if (name)
        m_name->setText(name.value());
    else
        m_status->showError(tr("The council's name could not be loaded: %1").arg(name.error().message));
    auto *save = new QPushButton(tr("Save"), this);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString problem = this->save();
        if (problem.isEmpty())
            m_status->showMessage(tr("Saved."), NoticeBar::Kind::Information);
        else
            m_status->showError(problem);
    });
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

QString CouncilSettingsPage::save()
{
    if (auto saved = SettingsRepository(m_db).setCouncilName(m_name->text()); !saved)
        return saved.error().message;
    return {};
}

} // namespace casedesk
