#include "case_history_view.h"

#include "field_labels.h"

#include <QHeaderView>
#include <QLocale>

namespace casedesk {

CaseHistoryView::CaseHistoryView(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("caseHistoryView"));
    setColumnCount(6);
    setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void CaseHistoryView::showHistory(const QList<AuditEntry> &entries)
{
    setRowCount(0);
    setRowCount(int(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const QStringList cells = {locale.toString(e.at, QStringLiteral("yyyy-MM-dd HH:mm")),
                                   e.actor,
                                   auditActionLabel(e.action),
                                   e.field.isEmpty() ? QString() : fieldLabel(e.field),
                                   fieldValueLabel(e.field, e.oldValue),
                                   fieldValueLabel(e.field, e.newValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    resizeRowsToContents();
}

} // namespace casedesk
