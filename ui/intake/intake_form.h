#pragma once

#include "domain/complaint.h"
#include "liaison/liaison_point.h"
#include "prepaid/prepaid_card.h"
#include "result.h"
#include "storage/taxonomy_repository.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class PrepaidCardEditor;

// The registration form (登记) laid out for typing during a phone call: the phone number
// first (a returning consumer fills the rest), Enter moves to the next field, and every
// field shows its own problem underneath it.
class IntakeForm : public QWidget {
    Q_OBJECT
public:
    explicit IntakeForm(QWidget *parent = nullptr);

    void setCategories(const QList<Category> &categories);
    // The liaison points a transfer may name (closed ones are shown as such: a case named one
    // before keeps it). The point's box shows while the channel is the liaison-point transfer.
    void setLiaisonPoints(const QList<LiaisonPoint> &points);
    void setCaseworkers(const QStringList &names);

    Complaint complaint() const;
    // Problems the form itself finds before the complaint rules: text that is not an amount.
    QList<FieldError> entryProblems() const;
    void setComplaint(const Complaint &complaint);
    void fillConsumer(const Consumer &consumer);
    // A returning complainant found by phone: as fillConsumer, but the ID number on file is
    // kept out of the field (shown masked as its placeholder).
    void fillReturningConsumer(const Consumer &consumer);
    void fillBusiness(const Business &business);

    // Shows each problem under its field (keys as in validateComplaint); clears the others.
    void showProblems(const QList<FieldError> &problems);
    // Problems of one field only, as the caseworker leaves it.
    void showProblemsFor(const QString &field, const QList<FieldError> &problems);

    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    // Shown while the ID number says the complainant is under 14 (sensitive data).
    QLabel *minorFlag() const { return m_minorFlag; }
    QLineEdit *businessNameEdit() const { return m_businessName; }
    QWidget *fieldWidget(const QString &field) const;

    // The collapsible "Prepaid card" section: shown when the category or the words suggest a
    // card, or once ticked. nullopt when unticked; an error when an amount is unreadable.
    Result<std::optional<PrepaidCard>> prepaidCard() const;
    void setPrepaidCard(const std::optional<PrepaidCard> &card);
    QGroupBox *prepaidBox() const { return m_prepaidBox; }
    PrepaidCardEditor *prepaidEditor() const { return m_prepaidEditor; }

signals:
    void changed();
    void fieldLeft(const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addField(QFormLayout *layout, const QString &key, const QString &label, QWidget *editor);
    void updatePrepaidSection();
    void updateLiaisonPointRow();

    QComboBox *m_channel;
    QComboBox *m_liaisonPoint;
    QFormLayout *m_complaintForm = nullptr;
    QLineEdit *m_platformRef;
    QDateTimeEdit *m_received;
    QLineEdit *m_phone;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_consumerAddress;
    QLineEdit *m_businessName;
    QLineEdit *m_creditCode;
    QLineEdit *m_businessAddress;
    QLineEdit *m_district;
    QLineEdit *m_street;
    QComboBox *m_category;
    QComboBox *m_nature;
    QLineEdit *m_amount;
    QDateEdit *m_incident;
    QPlainTextEdit *m_demand;
    QPlainTextEdit *m_facts;
    QComboBox *m_assignee;
    QLabel *m_minorFlag;
    QList<qint64> m_cardCategoryIds; // categories where card disputes are common
    QGroupBox *m_prepaidBox;
    PrepaidCardEditor *m_prepaidEditor;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_problemLabels;
};

} // namespace casedesk
