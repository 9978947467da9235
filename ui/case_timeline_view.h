#pragma once

#include "domain/case_event.h"

#include <QTextBrowser>

namespace casedesk {

// A case's lifecycle, oldest step first: when, who, from which status to which, the ground
// and the note.
class CaseTimelineView : public QTextBrowser {
    Q_OBJECT
public:
    explicit CaseTimelineView(QWidget *parent = nullptr);
    void showTimeline(const QList<CaseEvent> &events);
};

} // namespace casedesk
