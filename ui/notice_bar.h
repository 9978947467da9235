#pragma once

#include <QFrame>

class QLabel;

namespace casedesk {

// A one-line notice above the content with a close button, instead of a modal box that
// would interrupt a caseworker on the phone.
class NoticeBar : public QFrame {
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);
    void showText(const QString &text);
    QString text() const;

private:
    QLabel *m_label;
};

} // namespace casedesk
