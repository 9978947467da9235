#pragma once

#include <QDate>

class QDateEdit;
class QWidget;

namespace casedesk {

// A day field as the case dialogs use it: ISO display, a calendar to pick from, and (for a day
// something happened) nothing after today.
QDateEdit *newDayEdit(QWidget *parent, const QDate &day = QDate::currentDate(), bool upToToday = true);

} // namespace casedesk
