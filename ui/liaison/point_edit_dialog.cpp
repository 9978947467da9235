#include "liaison/point_edit_dialog.h"

#include "day_edit.h"
#include "liaison/liaison_point_service.h"
#include "notice_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

PointEditDialog::PointEditDialog(QSqlDatabase db, const LiaisonPoint &point, const QStringList &officials,
                                 const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor), m_point(point), m_name(new QLineEdit(point.name, this)),
      m_type(new QComboBox(this)), m_host(new QLineEdit(point.host, this)), m_address(new QLineEdit(point.address, this)),
      m_district(new QLineEdit(point.district, this)), m_street(new QLineEdit(point.street, this)),
      m_contactPerson(new QLineEdit(point.contactPerson, this)), m_contactPhone(new QLineEdit(point.contactPhone, this)),
      m_official(new QComboBox(this)), m_setUpKnown(new QCheckBox(tr("Known"), this)),
      m_setUpOn(newDayEdit(this, point.setUpOn.isValid() ? point.setUpOn : QDate::currentDate())),
      m_status(new QComboBox(this)), m_modelTitle(new QLineEdit(point.modelTitle, this)), m_modelYear(new QSpinBox(this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("pointEditDialog"));
    setWindowTitle(point.id > 0 ? tr("Liaison Point %1").arg(point.name) : tr("New Liaison Point"));
    for (LiaisonPointType type : allLiaisonPointTypes())
        m_type->addItem(labelOf(type), codeOf(type));
    m_type->setCurrentIndex(std::max(0, m_type->findData(codeOf(point.type))));
    for (LiaisonPointStatus status : allLiaisonPointStatuses())
        m_status->addItem(labelOf(status), codeOf(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(codeOf(point.status))));
    m_official->addItem(tr("(none)"), QString());
    for (const QString &name : officials)
        m_official->addItem(name, name);
    if (!point.official.isEmpty() && m_official->findData(point.official) < 0)
        m_official->addItem(point.official, point.official); // no longer active, still named
    m_official->setCurrentIndex(std::max(0, m_official->findData(point.official)));
    m_setUpKnown->setChecked(point.setUpOn.isValid() || point.id == 0);
    m_setUpOn->setEnabled(m_setUpKnown->isChecked());
    connect(m_setUpKnown, &QCheckBox::toggled, m_setUpOn, &QWidget::setEnabled);
    m_modelYear->setRange(0, QDate::currentDate().year());
    m_modelYear->setSpecialValueText(tr("(none)"));
    m_modelYear->setValue(point.modelYear);
    m_modelTitle->setPlaceholderText(tr("e.g. 示范联络点"));
    m_contactPhone->setPlaceholderText(tr("Mobile or landline"));
    for (QLineEdit *line : {m_name, m_host, m_address, m_district, m_street, m_contactPerson, m_contactPhone, m_modelTitle})
        line->setMaxLength(LiaisonPointService::kMaxLine);

    auto *setUp = new QHBoxLayout;
    setUp->addWidget(m_setUpKnown);
    setUp->addWidget(m_setUpOn, 1);
    auto *model = new QHBoxLayout;
    model->addWidget(m_modelTitle, 1);
    model->addWidget(m_modelYear);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Host organisation"), m_host);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("District"), m_district);
    form->addRow(tr("Street"), m_street);
    form->addRow(tr("Contact person"), m_contactPerson);
    form->addRow(tr("Contact phone"), m_contactPhone);
    form->addRow(tr("Official guiding it"), m_official);
    form->addRow(tr("Set up on"), setUp);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Model-point title and year"), model);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_notice->hide();
    resize(520, sizeHint().height());
}

LiaisonPoint PointEditDialog::edited() const
{
    LiaisonPoint p = m_point;
    p.name = m_name->text().trimmed();
    p.type = liaisonPointTypeFromCode(m_type->currentData().toString()).value_or(LiaisonPointType::Other);
    p.host = m_host->text().trimmed();
    p.address = m_address->text().trimmed();
    p.district = m_district->text().trimmed();
    p.street = m_street->text().trimmed();
    p.contactPerson = m_contactPerson->text().trimmed();
    p.contactPhone = m_contactPhone->text().trimmed(); // left masked: the service keeps the number on file
    p.official = m_official->currentData().toString();
    p.setUpOn = m_setUpKnown->isChecked() ? m_setUpOn->date() : QDate();
    p.status = liaisonPointStatusFromCode(m_status->currentData().toString()).value_or(LiaisonPointStatus::Active);
    p.modelTitle = m_modelTitle->text().trimmed();
    p.modelYear = m_modelYear->value();
    return p;
}

bool PointEditDialog::save()
{
    LiaisonPointService points(m_db);
    auto saved = m_point.id > 0 ? points.edit(edited(), m_actor) : points.add(edited(), m_actor);
    if (!saved) {
        QStringList problems;
        for (const FieldError &field : saved.error().fieldErrors)
            problems << field.message;
        m_notice->showError(problems.isEmpty() ? saved.error().message : problems.join(QLatin1Char('\n')));
        return false;
    }
    m_point = saved.value();
    return true;
}

} // namespace casedesk
