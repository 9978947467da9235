#pragma once

#include "liaison/liaison_point.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace casedesk {

class NoticeBar;

// A liaison point's record: a new one (point.id == 0) or an edit of the one read. Saved through
// LiaisonPointService; a refusal (a field, a colleague who saved first) is shown and the dialog
// stays open with what was typed.
class PointEditDialog : public QDialog {
    Q_OBJECT
public:
    PointEditDialog(QSqlDatabase db, const LiaisonPoint &point, const QStringList &officials, const QString &actor,
                    QWidget *parent = nullptr);

    // Saves; false with the problem shown when refused.
    bool save();
    const LiaisonPoint &saved() const { return m_point; }
    NoticeBar *notice() const { return m_notice; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    LiaisonPoint edited() const;

    QSqlDatabase m_db;
    QString m_actor;
    LiaisonPoint m_point;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_host;
    QLineEdit *m_address;
    QLineEdit *m_district;
    QLineEdit *m_street;
    QLineEdit *m_contactPerson;
    QLineEdit *m_contactPhone;
    QComboBox *m_official;
    QCheckBox *m_setUpKnown;
    QDateEdit *m_setUpOn;
    QComboBox *m_status;
    QLineEdit *m_modelTitle;
    QSpinBox *m_modelYear;
    NoticeBar *m_notice;
};

} // namespace casedesk
