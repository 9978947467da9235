#include "case_detail_view.h"

#include "domain/money.h"
#include "privacy/masking.h"
#include "storage/taxonomy_repository.h"

#include <QLocale>

namespace casedesk {
namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")); }

QString orDash(const QString &text) { return text.trimmed().isEmpty() ? QStringLiteral("—") : escaped(text); }

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px; white-space:nowrap'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

QString section(const QString &title) { return QStringLiteral("<h3 style='margin-top:14px'>%1</h3>").arg(title.toHtmlEscaped()); }

} // namespace

CaseDetailView::CaseDetailView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("caseDetailView"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("reveal"))
            return;
        emit revealRequested(url.path() == codeOf(PersonalField::Phone) ? PersonalField::Phone
                                                                         : PersonalField::IdNumber);
    });
    showMessage(tr("Select a case to see its details."));
}

void CaseDetailView::showRevealed(PersonalField field, const QString &value)
{
    m_revealed.insert(int(field), value);
    render();
}

QString CaseDetailView::personalValue(PersonalField field, const QString &full, const QString &masked) const
{
    if (full.trimmed().isEmpty())
        return QStringLiteral("—");
    if (m_revealed.contains(int(field)))
        return escaped(m_revealed.value(int(field))) + QStringLiteral(" <span style='color:#777'>(%1)</span>")
                                                            .arg(tr("shown in full; recorded").toHtmlEscaped());
    QString html = escaped(masked);
    if (m_mayReveal)
        html += QStringLiteral(" <a href='reveal:%1'>%2</a>").arg(codeOf(field), tr("Show").toHtmlEscaped());
    return html;
}

void CaseDetailView::showMessage(const QString &message)
{
    m_complaint = Complaint();
    m_revealed.clear();
    setHtml(QStringLiteral("<p style='color:#777'>%1</p>").arg(message.toHtmlEscaped()));
}

QString CaseDetailView::deadlineState(const Deadline &d) const
{
    const QLocale locale;
    if (!d.doneAt.isNull())
        return d.overdue ? tr("done late, on %1").arg(locale.toString(d.doneAt.date(), QLocale::ShortFormat))
                         : tr("done on %1").arg(locale.toString(d.doneAt.date(), QLocale::ShortFormat));
    if (d.clockPaused)
        return tr("clock stopped for appraisal or testing");
    if (d.rule.unit == DeadlineUnit::Hours)
        return d.overdue ? tr("overdue by %n hour(s)", nullptr, int((-d.minutesLeft + 59) / 60))
                         : tr("%n hour(s) left", nullptr, int(d.minutesLeft / 60));
    if (d.overdue)
        return tr("overdue by %n working day(s)", nullptr, -d.daysLeft);
    return d.daysLeft == 0 ? tr("due today") : tr("%n working day(s) left", nullptr, d.daysLeft);
}

void CaseDetailView::showCase(const Complaint &complaint, const QList<Deadline> &deadlines, bool mayReveal)
{
    if (complaint.id != m_complaint.id)
        m_revealed.clear(); // a reveal is for one case at a time
    m_complaint = complaint;
    m_deadlines = deadlines;
    m_mayReveal = mayReveal;
    render();
}

void CaseDetailView::render()
{
    const Complaint &c = m_complaint;
    const QList<Deadline> &deadlines = m_deadlines;
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p>").arg(c.caseNumber.toHtmlEscaped(),
                                                                      labelOf(c.status).toHtmlEscaped());
    if (isMinor(c.consumer.idNumber, QDate::currentDate()))
        html += QStringLiteral("<p><span style='background:#fce8e6; color:#b3261e; padding:2px'><b>%1</b></span></p>")
                    .arg(tr("Minor (under %1): sensitive personal data").arg(kMinorAgeLimit).toHtmlEscaped());
    // A transfer from a liaison point is answered first (联络点转办件优先办理).
    if (c.liaisonPointId > 0)
        html += QStringLiteral("<p><span style='background:#fff3d6; color:#7a4d00; padding:2px'><b>%1</b></span></p>")
                    .arg(tr("Transferred by liaison point %1: handle first, answer the point")
                             .arg(c.liaisonPointName)
                             .toHtmlEscaped());
    if (!deadlines.isEmpty()) {
        html += section(tr("Deadlines")) + QStringLiteral("<table>");
        for (const Deadline &d : deadlines) {
            const QString due = d.rule.unit == DeadlineUnit::Hours
                                    ? locale.toString(d.dueAt, QStringLiteral("yyyy-MM-dd HH:mm"))
                                    : d.dueDate.toString(Qt::ISODate);
            const bool open = d.doneAt.isNull();
            const QString colour = d.overdue && open ? QStringLiteral("#b3261e") : open ? QStringLiteral("#000")
                                                                                         : QStringLiteral("#777");
            QString state = deadlineState(d);
            if (d.beyondCalendar)
                state += QLatin1Char(' ') + tr("(no holiday schedule for that year yet)");
            html += row(labelOf(d.kind), QStringLiteral("<span style='color:%1'>%2 · %3</span>")
                                             .arg(colour, due.toHtmlEscaped(), state.toHtmlEscaped()));
        }
        html += QStringLiteral("</table>");
    }

    html += section(tr("Complainant")) + QStringLiteral("<table>");
    html += row(tr("Name"), orDash(c.consumer.name));
    html += row(tr("Phone"), personalValue(PersonalField::Phone, c.consumer.phone, maskPhone(c.consumer.phone)));
    html += row(tr("ID number"),
                personalValue(PersonalField::IdNumber, c.consumer.idNumber, maskIdNumber(c.consumer.idNumber)));
    html += row(tr("Address"), orDash(c.consumer.address));
    html += QStringLiteral("</table>");

    html += section(tr("Business complained about")) + QStringLiteral("<table>");
    html += row(tr("Business name"), orDash(c.business.name));
    html += row(tr("Credit code"), orDash(c.business.creditCode));
    html += row(tr("Address"), orDash(c.business.address));
    html += row(tr("District / street"), orDash(QStringList{c.business.district, c.business.street}.join(QLatin1Char(' '))));
    html += QStringLiteral("</table>");

    html += section(tr("Complaint")) + QStringLiteral("<table>");
    html += row(tr("Received"), escaped(locale.toString(c.receivedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
    html += row(tr("Channel"), escaped(labelOf(c.channel)));
    html += row(tr("Platform ticket"), orDash(c.platformRef));
    if (c.liaisonPointId > 0)
        html += row(tr("Liaison point"), orDash(c.liaisonPointName));
    html += row(tr("Category"), orDash(categoryLabel(c.categoryName, c.categoryNameEn)));
    html += row(tr("Nature"), escaped(labelOf(c.nature)));
    html += row(tr("Amount involved"), QStringLiteral("¥") + escaped(formatYuan(c.amountFen)));
    html += row(tr("Purchase / incident date"),
                c.incidentDate.isValid() ? escaped(c.incidentDate.toString(Qt::ISODate)) : QStringLiteral("—"));
    html += row(tr("Caseworker"), orDash(c.assignee));
    html += QStringLiteral("</table>");

    html += section(tr("Demand")) + QStringLiteral("<p>%1</p>").arg(orDash(c.demand));
    html += section(tr("Facts and reasons")) + QStringLiteral("<p>%1</p>").arg(orDash(c.facts));
    setHtml(html);
}

} // namespace casedesk
