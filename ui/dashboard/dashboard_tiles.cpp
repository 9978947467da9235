#include "dashboard/dashboard_tiles.h"

#include <QLabel>
#include <QVBoxLayout>

namespace casedesk {

DashboardTile::DashboardTile(const QString &key, bool upIsGood, QWidget *parent)
    : QFrame(parent), m_key(key), m_upIsGood(upIsGood), m_title(new QLabel(this)), m_value(new QLabel(this)),
      m_change(new QLabel(this))
{
    setObjectName(key + QStringLiteral("Tile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xf5, 0xf8, 0xfc));
    setPalette(p);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setStyleSheet(QStringLiteral("color: #1f3f68;"));
    m_title->setStyleSheet(QStringLiteral("color: #555555;"));
    for (QLabel *label : {m_title, m_value, m_change})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void DashboardTile::setMeasure(const MeasureLine &line, const QString &comparedWith)
{
    m_title->setText(line.label);
    m_value->setText(line.value);
    QString arrow;
    QString color = QStringLiteral("#555555");
    if (line.yearOnYearValue && *line.yearOnYearValue != 0.0) {
        const bool up = *line.yearOnYearValue > 0;
        arrow = up ? QStringLiteral("▲ ") : QStringLiteral("▼ ");
        color = up == m_upIsGood ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    }
    m_change->setText(tr("%1Year on year %2").arg(arrow, line.yearOnYear));
    m_change->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    QString tip = tr("%1: %2\nYear on year (against %3): %4\nPeriod on period: %5")
                      .arg(line.label, line.value, comparedWith, line.yearOnYear, line.periodOnPeriod);
    if (!m_definition.isEmpty())
        tip += QStringLiteral("\n\n") + m_definition;
    setToolTip(tip);
}

} // namespace casedesk
