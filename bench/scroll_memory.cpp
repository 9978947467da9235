#include "scroll_memory.h"

#include "case_table_model.h"

#include <QElapsedTimer>

#include <algorithm>

namespace casedesk::bench {
namespace {

// What a view asks for when it paints one row: every column's text.
void paintRow(const CaseTableModel &model, int row)
{
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column)
        (void)model.data(model.index(row, column), Qt::DisplayRole);
    (void)model.data(model.index(row, 0), Qt::UserRole);
}

// A screenful of rows starting at `top`.
void paintScreen(const CaseTableModel &model, int top)
{
    constexpr int kRowsOnScreen = 40;
    for (int row = top; row < std::min(model.rowCount(), top + kRowsOnScreen); ++row)
        paintRow(model, row);
}

} // namespace

BenchLine scrollMemoryLine(const QSqlDatabase &db, const QString &path)
{
    const double before = residentMb();
    QElapsedTimer scroll;
    scroll.start();
    CaseTableModel model(db, path);
    paintScreen(model, 0);
    const qint64 firstCase = model.caseIdAt(0);
    while (model.canFetchMore({})) {
        const int firstNew = model.rowCount();
        model.fetchMore({});
        // The view fetched because its bottom reached the end: it paints the new rows as they scroll by.
        for (int top = firstNew; top < model.rowCount(); top += 40)
            paintScreen(model, top);
    }
    const double scrolledSeconds = scroll.elapsed() / 1000.0;
    // Back to the top (Ctrl+Home) and into the middle: pages long scrolled past are shown again.
    QElapsedTimer jump;
    jump.start();
    paintScreen(model, 0);
    const bool sameTop = model.caseIdAt(0) == firstCase;
    paintScreen(model, model.rowCount() / 2);
    const double jumpMs = double(jump.nsecsElapsed()) / 1e6;
    const double after = residentMb();
    return {QStringLiteral("memory after scrolling all %1 rows (MB)").arg(model.rowCount({})), 300, after, -1,
            QStringLiteral("MB, not ms; %1 MB before; scrolled in %2 s; back to the top and the middle in %3 ms%4")
                .arg(before, 0, 'f', 0)
                .arg(scrolledSeconds, 0, 'f', 1)
                .arg(jumpMs, 0, 'f', 1)
                .arg(sameTop ? QString() : QStringLiteral("; **the top row changed**"))};
}

} // namespace casedesk::bench
