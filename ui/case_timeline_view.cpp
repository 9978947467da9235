#include "case_timeline_view.h"

#include "domain/grounds.h"
#include "workflow/case_workflow.h"

#include <QLocale>

namespace casedesk {

CaseTimelineView::CaseTimelineView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseTimelineView"));
    setOpenLinks(false);
}

void CaseTimelineView::showTimeline(const QList<CaseEvent> &events)
{
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const CaseEvent &event : events) {
        QString what = QStringLiteral("<b>%1</b>").arg(labelOf(event.to).toHtmlEscaped());
        if (!event.ground.isEmpty())
            what += QStringLiteral("<br>") +
                    tr("Ground: %1").arg(groundLabel(groundKindFor(event.to), event.ground)).toHtmlEscaped();
        if (!event.note.isEmpty())
            what += QStringLiteral("<br><span style='color:#444'>%1</span>")
                        .arg(event.note.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        const QString who = event.actor.isEmpty() ? QString() : event.actor.toHtmlEscaped();
        html += QStringLiteral("<tr><td style='color:#555; white-space:nowrap; vertical-align:top'>%1<br>%2</td>"
                               "<td style='vertical-align:top'>●</td><td style='vertical-align:top'>%3</td></tr>")
                    .arg(locale.toString(event.at, QStringLiteral("yyyy-MM-dd HH:mm")).toHtmlEscaped(), who, what);
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace casedesk
