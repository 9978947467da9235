#pragma once

#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

// The pieces the printed reports are made of (the statistics reports, the quarterly notice):
// one style sheet, tables whose header repeats on every page, notes, dates in the report's
// language. Laid out by report_pdf.h.

namespace casedesk::reporthtml {

QString esc(const QString &text);
// The <style> of every report.
QString style();
QString headerRow(const QStringList &cells);
// The first cell is text, the others numbers (right-aligned).
QString dataRow(const QStringList &cells);
// The header row is a <thead>: on a page break it is repeated at the top of the next page.
QString table(const QString &header, const QString &rows);
QString note(const QString &text);
// A date in the report's language: 2026年12月4日 in Chinese.
QString reportDate(const QDate &date);
QString yuan(qint64 fen);
// Vertical space of `height` pixels: the image "spacer" (blankImage()), since QTextDocument
// ignores large margins and cell heights.
QString spacer(int height);
QImage blankImage();
// The first page's heading: the kind of document, its title and the lines under it (its period,
// its scope, the council and the day it was prepared).
QString cover(const QString &kind, const QString &title, const QStringList &lines);

} // namespace casedesk::reporthtml
