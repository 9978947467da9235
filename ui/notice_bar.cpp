#include "notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace casedesk {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setStyleSheet(QStringLiteral("#noticeBar { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 3px; }"));
    m_label->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showText(const QString &text)
{
    m_label->setText(text);
    show();
}

QString NoticeBar::text() const { return m_label->text(); }

} // namespace casedesk
