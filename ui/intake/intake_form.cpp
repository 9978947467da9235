#include "intake_form.h"

#include "privacy/masking.h"
#include "privacy/personal_data.h"

#include "domain/money.h"
#include "prepaid/prepaid_card_editor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace casedesk {
namespace {

const QDate kUnknownDate(1990, 1, 1); // the incident date edit's "unknown" value

QPlainTextEdit *makeTextEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab leaves the box; Enter starts a new line
    edit->setMinimumHeight(60);
    return edit;
}

} // namespace

IntakeForm::IntakeForm(QWidget *parent)
    : QWidget(parent), m_channel(new QComboBox(this)), m_liaisonPoint(new QComboBox(this)), m_platformRef(new QLineEdit(this)),
      m_received(new QDateTimeEdit(this)), m_phone(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_idNumber(new QLineEdit(this)), m_consumerAddress(new QLineEdit(this)), m_businessName(new QLineEdit(this)),
      m_creditCode(new QLineEdit(this)), m_businessAddress(new QLineEdit(this)), m_district(new QLineEdit(this)),
      m_street(new QLineEdit(this)), m_category(new QComboBox(this)), m_nature(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_incident(new QDateEdit(this)), m_demand(makeTextEdit(this)),
      m_facts(makeTextEdit(this)), m_assignee(new QComboBox(this)), m_minorFlag(new QLabel(this)),
      m_prepaidBox(new QGroupBox(this)),
      m_prepaidEditor(new PrepaidCardEditor(m_prepaidBox))
{
    for (Channel channel : allChannels())
        m_channel->addItem(labelOf(channel), codeOf(channel));
    for (Nature nature : allNatures())
        m_nature->addItem(labelOf(nature), codeOf(nature));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    m_received->setDateTime(QDateTime::currentDateTime());
    m_incident->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_incident->setCalendarPopup(true);
    m_incident->setMinimumDate(kUnknownDate);
    m_incident->setSpecialValueText(tr("Unknown"));
    m_incident->setDate(kUnknownDate);
    m_assignee->setEditable(true);
    m_phone->setPlaceholderText(tr("Mobile or landline; a returning complainant is filled in"));
    m_businessName->setPlaceholderText(tr("Type part of the name or the credit code"));
    m_amount->setPlaceholderText(tr("e.g. 2400 or 2400.50"));
    m_creditCode->setMaxLength(18);
    m_idNumber->setMaxLength(18);

    auto *complaintBox = new QGroupBox(tr("Complaint"), this);
    auto *complaintForm = new QFormLayout(complaintBox);
    m_complaintForm = complaintForm;
    addField(complaintForm, QStringLiteral("channel"), tr("Channel"), m_channel);
    addField(complaintForm, QStringLiteral("liaisonPoint"), tr("Liaison point"), m_liaisonPoint);
    m_liaisonPoint->addItem(tr("(none)"), 0);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeForm::updateLiaisonPointRow);
    addField(complaintForm, QStringLiteral("platformRef"), tr("Platform ticket"), m_platformRef);
    addField(complaintForm, QStringLiteral("receivedAt"), tr("Received"), m_received);

    auto *consumerBox = new QGroupBox(tr("Complainant"), this);
    auto *consumerForm = new QFormLayout(consumerBox);
    addField(consumerForm, QStringLiteral("consumer.phone"), tr("Phone"), m_phone);
    addField(consumerForm, QStringLiteral("consumer.name"), tr("Name"), m_name);
    addField(consumerForm, QStringLiteral("consumer.idNumber"), tr("ID number (optional)"), m_idNumber);
    m_minorFlag->setObjectName(QStringLiteral("minorFlagLabel"));
    m_minorFlag->setText(tr("Minor (under %1): sensitive personal data").arg(kMinorAgeLimit));
    m_minorFlag->setStyleSheet(QStringLiteral("background: #fce8e6; color: #b3261e; font-weight: bold; padding: 2px;"));
    m_minorFlag->hide();
    consumerForm->addRow(QString(), m_minorFlag);
    connect(m_idNumber, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_minorFlag->setVisible(isMinor(text.trimmed().toUpper(), QDate::currentDate()));
    });
    addField(consumerForm, QStringLiteral("consumer.address"), tr("Address"), m_consumerAddress);

    auto *businessBox = new QGroupBox(tr("Business complained about"), this);
    auto *businessForm = new QFormLayout(businessBox);
    addField(businessForm, QStringLiteral("business.name"), tr("Business name"), m_businessName);
    addField(businessForm, QStringLiteral("business.creditCode"), tr("Credit code (optional)"), m_creditCode);
    addField(businessForm, QStringLiteral("business.address"), tr("Address"), m_businessAddress);
    addField(businessForm, QStringLiteral("business.district"), tr("District"), m_district);
    addField(businessForm, QStringLiteral("business.street"), tr("Street"), m_street);

    auto *detailBox = new QGroupBox(tr("Dispute"), this);
    auto *detailForm = new QFormLayout(detailBox);
    addField(detailForm, QStringLiteral("category"), tr("Category"), m_category);
    addField(detailForm, QStringLiteral("nature"), tr("Nature"), m_nature);
    addField(detailForm, QStringLiteral("amount"), tr("Amount involved (¥)"), m_amount);
    addField(detailForm, QStringLiteral("incidentDate"), tr("Purchase / incident date"), m_incident);
    addField(detailForm, QStringLiteral("demand"), tr("Demand"), m_demand);
    addField(detailForm, QStringLiteral("facts"), tr("Facts and reasons"), m_facts);
    addField(detailForm, QStringLiteral("assignee"), tr("Caseworker"), m_assignee);

    m_prepaidBox->setObjectName(QStringLiteral("prepaidBox"));
    m_prepaidBox->setTitle(tr("Prepaid card (tick if the complaint concerns one)"));
    m_prepaidBox->setCheckable(true);
    m_prepaidBox->setChecked(false);
    auto *prepaidLayout = new QVBoxLayout(m_prepaidBox);
    prepaidLayout->addWidget(m_prepaidEditor);
    connect(m_prepaidBox, &QGroupBox::toggled, this, [this] {
        updatePrepaidSection();
        emit changed();
    });
    connect(m_prepaidEditor, &PrepaidCardEditor::changed, this, &IntakeForm::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &IntakeForm::updatePrepaidSection);
    connect(m_demand, &QPlainTextEdit::textChanged, this, &IntakeForm::updatePrepaidSection);
    connect(m_facts, &QPlainTextEdit::textChanged, this, &IntakeForm::updatePrepaidSection);

    auto *left = new QVBoxLayout;
    left->addWidget(complaintBox);
    left->addWidget(consumerBox);
    left->addWidget(businessBox);
    left->addWidget(m_prepaidBox);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(detailBox, 1);

    // Tab order follows a phone call: how it came in, who calls, about whom, what happened.
    const QList<QWidget *> order = {m_channel,  m_liaisonPoint, m_platformRef,     m_received,     m_phone,    m_name,
                                    m_idNumber, m_consumerAddress, m_businessName, m_creditCode, m_businessAddress,
                                    m_district, m_street,          m_category,     m_nature,   m_amount,
                                    m_incident, m_demand,          m_facts,        m_assignee};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updatePrepaidSection();
    updateLiaisonPointRow();
}

void IntakeForm::updateLiaisonPointRow()
{
    const bool transfer = m_channel->currentData().toString() == codeOf(Channel::LiaisonPoint);
    m_complaintForm->setRowVisible(m_liaisonPoint->parentWidget(), transfer);
}

void IntakeForm::setLiaisonPoints(const QList<LiaisonPoint> &points)
{
    const qint64 chosen = m_liaisonPoint->currentData().toLongLong();
    m_liaisonPoint->clear();
    m_liaisonPoint->addItem(tr("(none)"), 0);
    for (const LiaisonPoint &point : points) {
        const QString where = point.street.isEmpty() ? QString() : QStringLiteral("（%1）").arg(point.street);
        m_liaisonPoint->addItem(point.status == LiaisonPointStatus::Closed
                                    ? tr("%1%2 — closed").arg(point.name, where)
                                    : point.name + where,
                                point.id);
    }
    m_liaisonPoint->setCurrentIndex(std::max(0, m_liaisonPoint->findData(chosen)));
}

void IntakeForm::updatePrepaidSection()
{
    // Card disputes come from gyms, salons, schools, laundries and restaurants: the service
    // categories below, or words such as 卡 / 会员 / 预付 in the demand or facts.
    static const QStringList words = {QStringLiteral("卡"), QStringLiteral("会员"), QStringLiteral("预付"),
                                      QStringLiteral("课时"), QStringLiteral("储值")};
    const QString text = m_demand->toPlainText() + m_facts->toPlainText();
    const bool relevant = m_cardCategoryIds.contains(m_category->currentData().toLongLong()) ||
                          std::any_of(words.cbegin(), words.cend(), [&text](const QString &w) { return text.contains(w); });
    m_prepaidBox->setVisible(relevant || m_prepaidBox->isChecked());
    m_prepaidEditor->setVisible(m_prepaidBox->isChecked());
}

Result<std::optional<PrepaidCard>> IntakeForm::prepaidCard() const
{
    if (!m_prepaidBox->isChecked())
        return std::optional<PrepaidCard>();
    auto card = m_prepaidEditor->card();
    if (!card)
        return card.error();
    return std::optional<PrepaidCard>(card.value());
}

void IntakeForm::setPrepaidCard(const std::optional<PrepaidCard> &card)
{
    m_prepaidEditor->setCard(card);
    m_prepaidBox->setChecked(card.has_value());
    updatePrepaidSection();
}

void IntakeForm::addField(QFormLayout *layout, const QString &key, const QString &label, QWidget *editor)
{
    auto *column = new QWidget(this);
    auto *box = new QVBoxLayout(column);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    auto *problem = new QLabel(column);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->setWordWrap(true);
    problem->hide();
    box->addWidget(editor);
    box->addWidget(problem);
    layout->addRow(label, column);
    editor->setObjectName(key);
    editor->installEventFilter(this);
    m_editors.insert(key, editor);
    m_problemLabels.insert(key, problem);

    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textChanged, this, &IntakeForm::changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, &IntakeForm::changed);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentTextChanged, this, &IntakeForm::changed);
    else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) // QDateEdit too
        connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, &IntakeForm::changed);
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter moves on, as on a paper form; in the long texts it starts a new line.
        if (enter && key->modifiers() == Qt::NoModifier && !qobject_cast<QPlainTextEdit *>(watched)) {
            focusNextChild();
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        emit fieldLeft(watched->objectName());
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeForm::setCategories(const QList<Category> &categories)
{
    m_category->clear();
    m_category->addItem(tr("Choose..."), 0);
    static const QStringList cardCategories = {QStringLiteral("文化娱乐体育"), QStringLiteral("生活及社会服务"),
                                               QStringLiteral("教育培训"), QStringLiteral("卫生保健")};
    m_cardCategoryIds.clear();
    for (const Category &category : categories) {
        m_category->addItem(categoryLabel(category), category.id);
        if (cardCategories.contains(category.name))
            m_cardCategoryIds.append(category.id);
    }
}

void IntakeForm::setCaseworkers(const QStringList &names)
{
    const QString current = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItem(QString());
    m_assignee->addItems(names);
    m_assignee->setCurrentText(current);
}

QList<FieldError> IntakeForm::entryProblems() const
{
    if (!m_amount->text().trimmed().isEmpty() && !parseYuan(m_amount->text()))
        return {{QStringLiteral("amount"), tr("Enter the amount in yuan, e.g. 2400 or 2400.50.")}};
    return {};
}

Complaint IntakeForm::complaint() const
{
    Complaint c;
    c.channel = channelFromCode(m_channel->currentData().toString()).value_or(Channel::Phone);
    if (c.channel == Channel::LiaisonPoint)
        c.liaisonPointId = m_liaisonPoint->currentData().toLongLong();
    c.platformRef = m_platformRef->text().trimmed();
    c.receivedAt = m_received->dateTime();
    c.consumer = {0, m_name->text().trimmed(), m_phone->text().trimmed(), m_idNumber->text().trimmed().toUpper(),
                  m_consumerAddress->text().trimmed()};
    c.business = {0,
                  m_businessName->text().trimmed(),
                  m_creditCode->text().trimmed().toUpper(),
                  m_businessAddress->text().trimmed(),
                  m_district->text().trimmed(),
                  m_street->text().trimmed()};
    c.categoryId = m_category->currentData().toLongLong();
    c.nature = natureFromCode(m_nature->currentData().toString()).value_or(Nature::Other);
    c.amountFen = parseYuan(m_amount->text()).value_or(0);
    c.incidentDate = m_incident->date() == kUnknownDate ? QDate() : m_incident->date();
    c.demand = m_demand->toPlainText().trimmed();
    c.facts = m_facts->toPlainText().trimmed();
    c.assignee = m_assignee->currentText().trimmed();
    return c;
}

void IntakeForm::setComplaint(const Complaint &c)
{
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(codeOf(c.channel))));
    if (c.liaisonPointId > 0 && m_liaisonPoint->findData(c.liaisonPointId) < 0) // not among those loaded
        m_liaisonPoint->addItem(tr("Point %1").arg(c.liaisonPointId), c.liaisonPointId);
    m_liaisonPoint->setCurrentIndex(std::max(0, m_liaisonPoint->findData(c.liaisonPointId)));
    m_platformRef->setText(c.platformRef);
    if (c.receivedAt.isValid())
        m_received->setDateTime(c.receivedAt);
    fillConsumer(c.consumer);
    fillBusiness(c.business);
    m_category->setCurrentIndex(std::max(0, m_category->findData(c.categoryId)));
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(codeOf(c.nature))));
    m_amount->setText(c.amountFen > 0 ? formatYuan(c.amountFen) : QString());
    m_incident->setDate(c.incidentDate.isValid() ? c.incidentDate : kUnknownDate);
    m_demand->setPlainText(c.demand);
    m_facts->setPlainText(c.facts);
    m_assignee->setCurrentText(c.assignee);
}

void IntakeForm::fillConsumer(const Consumer &consumer)
{
    m_phone->setText(consumer.phone);
    m_name->setText(consumer.name);
    m_idNumber->setText(consumer.idNumber);
    m_consumerAddress->setText(consumer.address);
}

void IntakeForm::fillReturningConsumer(const Consumer &consumer)
{
    // The ID number on file is not shown in full (only a logged reveal does that): it stays
    // on file unless a new one is typed, and the placeholder shows it masked.
    Consumer shown = consumer;
    shown.idNumber.clear();
    fillConsumer(shown);
    m_idNumber->setPlaceholderText(consumer.idNumber.isEmpty()
                                       ? QString()
                                       : tr("On file: %1").arg(maskIdNumber(consumer.idNumber)));
    m_minorFlag->setVisible(isMinor(consumer.idNumber, QDate::currentDate()));
}

void IntakeForm::fillBusiness(const Business &business)
{
    m_businessName->setText(business.name);
    m_creditCode->setText(business.creditCode);
    m_businessAddress->setText(business.address);
    m_district->setText(business.district);
    m_street->setText(business.street);
}

void IntakeForm::showProblems(const QList<FieldError> &problems)
{
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it)
        showProblemsFor(it.key(), problems);
}

void IntakeForm::showProblemsFor(const QString &field, const QList<FieldError> &problems)
{
    QLabel *label = m_problemLabels.value(field);
    if (!label)
        return;
    QStringList messages;
    for (const FieldError &problem : problems) {
        if (problem.field == field)
            messages << problem.message;
    }
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

QWidget *IntakeForm::fieldWidget(const QString &field) const { return m_editors.value(field); }

} // namespace casedesk
