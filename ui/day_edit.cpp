#include "day_edit.h"

#include <QDateEdit>

namespace casedesk {

QDateEdit *newDayEdit(QWidget *parent, const QDate &day, bool upToToday)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (upToToday)
        edit->setMaximumDate(QDate::currentDate());
    return edit;
}

} // namespace casedesk
