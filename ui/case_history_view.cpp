#include "case_history_view.h"

#include "field_labels.h"

#include <QLocale>

namespace casedesk {

CaseHistoryView::CaseHistoryView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseHistoryView"));
    setOpenLinks(false);
}

void CaseHistoryView::showHistory(const QList<AuditEntry> &entries)
{
    const QLocale locale;
    QString html;
    for (const AuditEntry &e : entries) {
        QString what = auditActionLabel(e.action).toHtmlEscaped();
        if (!e.field.isEmpty()) {
            const QString before = fieldValueLabel(e.field, e.oldValue);
            const QString after = fieldValueLabel(e.field, e.newValue);
            const QString change = before.isEmpty() ? after : tr("%1 → %2").arg(before, after);
            what += QStringLiteral(" · ") + tr("%1: %2").arg(fieldLabel(e.field), change).toHtmlEscaped();
        } else if (!e.newValue.isEmpty()) {
            what += QStringLiteral(" · ") + e.newValue.toHtmlEscaped();
        }
        html += QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:#555'>%1 · %2</span><br>%3</p>")
                    .arg(locale.toString(e.at, QStringLiteral("yyyy-MM-dd HH:mm")).toHtmlEscaped(),
                         e.actor.toHtmlEscaped(), what.replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    setHtml(html);
}

} // namespace casedesk
