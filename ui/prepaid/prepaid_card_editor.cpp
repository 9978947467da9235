#include "prepaid_card_editor.h"

#include "domain/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace casedesk {
namespace {

const QDate kUnknownDate(1990, 1, 1); // the date edits' "not known" value

QDateEdit *makeDateEdit(QWidget *parent, const QString &unknown)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnknownDate);
    edit->setSpecialValueText(unknown);
    edit->setDate(kUnknownDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit) { return edit->date() == kUnknownDate ? QDate() : edit->date(); }

template <typename E>
void fill(QComboBox *combo, const QList<E> &values)
{
    for (E value : values)
        combo->addItem(labelOf(value), codeOf(value));
}

} // namespace

PrepaidCardEditor::PrepaidCardEditor(QWidget *parent)
    : QWidget(parent), m_type(new QComboBox(this)), m_number(new QLineEdit(this)),
      m_purchase(makeDateEdit(this, tr("Not known"))), m_expiry(makeDateEdit(this, tr("Not known"))),
      m_term(new QSpinBox(this)), m_paid(new QLineEdit(this)), m_balance(new QLineEdit(this)),
      m_sessions(new QSpinBox(this)), m_state(new QComboBox(this)), m_notice(new QComboBox(this)),
      m_problems(new QLabel(this))
{
    fill(m_type, allCardTypes());
    fill(m_state, allBusinessStates());
    fill(m_notice, allNoticeGiven());
    m_number->setMaxLength(kMaxCardNumberLength);
    m_number->setPlaceholderText(tr("Card or member number"));
    m_term->setRange(0, 1200);
    m_term->setSpecialValueText(tr("Not stated"));
    m_term->setSuffix(tr(" months"));
    m_sessions->setRange(-1, 100000);
    m_sessions->setSpecialValueText(tr("Not a session card"));
    m_sessions->setValue(-1);
    m_paid->setPlaceholderText(tr("e.g. 4800"));
    m_balance->setPlaceholderText(tr("e.g. 2400"));
    m_problems->setObjectName(QStringLiteral("prepaidProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setWordWrap(true);
    m_problems->hide();

    m_type->setObjectName(QStringLiteral("prepaidCard.type"));
    m_number->setObjectName(QStringLiteral("prepaidCard.cardNumber"));
    m_paid->setObjectName(QStringLiteral("prepaidCard.paidFen"));
    m_balance->setObjectName(QStringLiteral("prepaidCard.balanceFen"));
    m_state->setObjectName(QStringLiteral("prepaidCard.businessStatus"));
    m_notice->setObjectName(QStringLiteral("prepaidCard.noticeGiven"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Card type"), m_type);
    form->addRow(tr("Card number"), m_number);
    form->addRow(tr("Bought on"), m_purchase);
    form->addRow(tr("Term"), m_term);
    form->addRow(tr("Expires"), m_expiry);
    form->addRow(tr("Paid (¥)"), m_paid);
    form->addRow(tr("Balance left (¥)"), m_balance);
    form->addRow(tr("Sessions left"), m_sessions);
    form->addRow(tr("Business now"), m_state);
    form->addRow(tr("30 days' notice"), m_notice);
    form->addRow(m_problems);

    for (QComboBox *combo : {m_type, m_state, m_notice})
        connect(combo, &QComboBox::currentIndexChanged, this, &PrepaidCardEditor::changed);
    for (QLineEdit *line : {m_number, m_paid, m_balance})
        connect(line, &QLineEdit::textChanged, this, &PrepaidCardEditor::changed);
    for (QDateEdit *date : {m_purchase, m_expiry})
        connect(date, &QDateEdit::dateChanged, this, &PrepaidCardEditor::changed);
    for (QSpinBox *spin : {m_term, m_sessions})
        connect(spin, &QSpinBox::valueChanged, this, &PrepaidCardEditor::changed);
    setCard(std::nullopt); // "not known" for the business and the notice until someone says
}

void PrepaidCardEditor::setCard(const std::optional<PrepaidCard> &card)
{
    const PrepaidCard c = card.value_or(PrepaidCard{});
    m_type->setCurrentIndex(m_type->findData(codeOf(c.type)));
    m_number->setText(c.cardNumber);
    m_purchase->setDate(c.purchaseDate.isValid() ? c.purchaseDate : kUnknownDate);
    m_expiry->setDate(c.expiryDate.isValid() ? c.expiryDate : kUnknownDate);
    m_term->setValue(c.termMonths);
    m_paid->setText(card && c.paidFen > 0 ? formatYuan(c.paidFen) : QString());
    m_balance->setText(card && (c.balanceFen > 0 || c.paidFen > 0) ? formatYuan(c.balanceFen) : QString());
    m_sessions->setValue(c.sessionsLeft.value_or(-1));
    m_state->setCurrentIndex(m_state->findData(codeOf(c.businessState)));
    m_notice->setCurrentIndex(m_notice->findData(codeOf(c.noticeGiven)));
    showProblems({});
}

Result<PrepaidCard> PrepaidCardEditor::card() const
{
    PrepaidCard c;
    c.type = cardTypeFromCode(m_type->currentData().toString()).value_or(CardType::Other);
    c.cardNumber = m_number->text().trimmed();
    c.purchaseDate = dateOf(m_purchase);
    c.expiryDate = dateOf(m_expiry);
    c.termMonths = m_term->value();
    if (m_sessions->value() >= 0)
        c.sessionsLeft = m_sessions->value();
    c.businessState = businessStateFromCode(m_state->currentData().toString()).value_or(BusinessState::Unknown);
    c.noticeGiven = noticeGivenFromCode(m_notice->currentData().toString()).value_or(NoticeGiven::Unknown);
    QList<FieldError> problems;
    for (const auto &[edit, target, field] : {std::tuple{m_paid, &c.paidFen, QStringLiteral("prepaidCard.paidFen")},
                                              std::tuple{m_balance, &c.balanceFen, QStringLiteral("prepaidCard.balanceFen")}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const auto fen = parseYuan(text);
        if (!fen)
            problems.append({field, tr("\"%1\" is not an amount in yuan.").arg(text)});
        else
            *target = *fen;
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::InvalidInput, problems.first().message, problems};
    return c;
}

void PrepaidCardEditor::showProblems(const QList<FieldError> &problems)
{
    QStringList lines;
    for (const FieldError &problem : problems) {
        if (problem.field.startsWith(QLatin1String("prepaidCard")))
            lines << problem.message;
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace casedesk
