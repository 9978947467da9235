#pragma once

#include "prepaid/prepaid_card.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace casedesk {

// The fields of a prepaid card (单用途预付卡), used in the intake form and in the case pane.
class PrepaidCardEditor : public QWidget {
    Q_OBJECT
public:
    explicit PrepaidCardEditor(QWidget *parent = nullptr);

    void setCard(const std::optional<PrepaidCard> &card);
    // The card as typed; amounts that are not amounts are errors on their field.
    Result<PrepaidCard> card() const;
    // Shows each "prepaidCard.*" problem in one line under the fields.
    void showProblems(const QList<FieldError> &problems);

signals:
    void changed();

private:
    QComboBox *m_type;
    QLineEdit *m_number;
    QDateEdit *m_purchase;
    QDateEdit *m_expiry;
    QSpinBox *m_term;
    QLineEdit *m_paid;
    QLineEdit *m_balance;
    QSpinBox *m_sessions;
    QComboBox *m_state;
    QComboBox *m_notice;
    QLabel *m_problems;
};

} // namespace casedesk
