#pragma once

#include "query/case_list_query.h"
#include "storage/taxonomy_repository.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace casedesk {

// The row of filters above the case list: status, category, channel, received date range
// and free text. Emits the whole filter whenever one part changes (text after a pause).
// A district or another caseworker, which only the dashboard's click-through asks for, shows
// as a button that takes them off.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setCategories(const QList<Category> &categories);
    // Whose cases "My cases" shows; empty disables it.
    void setCurrentUser(const QString &name);
    CaseFilter filter() const;
    QLineEdit *searchEdit() const { return m_search; }

public slots:
    void clear();
    // Clears the other filters and searches for `text` (e.g. a business's name).
    void searchFor(const QString &text);
    // Shows exactly `filter` (the dashboard opens the cases behind a bar or slice this way);
    // "My cases" is ticked when its assignee is the current user.
    void setFilter(const casedesk::CaseFilter &filter);

signals:
    void filterChanged(const casedesk::CaseFilter &filter);

private:
    void emitChanged();
    void showScope();

    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_channel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QCheckBox *m_mine;
    QString m_currentUser;
    QString m_district;      // from setFilter() only
    QString m_otherAssignee; // a caseworker other than the current user, from setFilter() only
    QPushButton *m_scope;    // shows those two; a click takes them off
    QPushButton *m_clear;
    QTimer m_typingPause;
};

} // namespace casedesk
