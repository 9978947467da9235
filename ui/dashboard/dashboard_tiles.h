#pragma once

#include "stats/stats_figures.h"

#include <QFrame>

class QLabel;

namespace casedesk {

// One headline figure: its name, its value in large type, and its 同比 with an arrow.
class DashboardTile : public QFrame {
    Q_OBJECT
public:
    // `upIsGood`: a rise is good news (money recovered, rates), else it is a warning
    // (complaint volume): the arrow's colour says which.
    DashboardTile(const QString &key, bool upIsGood, QWidget *parent = nullptr);
    QString key() const { return m_key; }
    void setMeasure(const MeasureLine &line, const QString &comparedWith);
    // What the figure counts, at the foot of the tooltip (for the figures that could be confused).
    void setDefinition(const QString &definition) { m_definition = definition; }
    QLabel *valueLabel() const { return m_value; }
    QLabel *changeLabel() const { return m_change; }

private:
    QString m_key;
    bool m_upIsGood;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
    QString m_definition;
};

} // namespace casedesk
