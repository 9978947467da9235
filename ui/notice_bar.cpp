#include "notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace casedesk {

NoticeBar::NoticeBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    m_label->setObjectName(QStringLiteral("noticeLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse); // a message can be copied into a report
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this notice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    showMessage(QString(), Kind::Warning);
    hide();
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    switch (kind) {
    case Kind::Information:
        setStyleSheet(QStringLiteral("#noticeBar { background: #e3effa; border: 1px solid #8db4dc; border-radius: 3px; }"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("#noticeBar { background: #fff4d6; border: 1px solid #e8c66a; border-radius: 3px; }"));
        break;
    case Kind::Error:
        setStyleSheet(QStringLiteral("#noticeBar { background: #fbe3e3; border: 1px solid #d98a8a; border-radius: 3px; }"));
        break;
    }
    m_label->setText(text);
    if (!text.isEmpty())
        show();
}

QString NoticeBar::text() const { return m_label->text(); }

} // namespace casedesk
