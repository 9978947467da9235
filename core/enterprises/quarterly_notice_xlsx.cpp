#include "enterprises/quarterly_notice_xlsx.h"

#include "export/xlsx_workbook.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(QuarterlyNotice)
};

QVariant rateCell(const Rate &rate)
{
    const auto value = rate.value();
    return value ? QVariant(*value) : QVariant();
}

QVariantList rankingRow(const QVariant &rank, const QString &name, const EnterpriseQuarter &e)
{
    const auto days = e.averageAnswerDays();
    return {rank,
            name,
            e.received,
            e.forwarded,
            e.settled,
            rateCell(e.settlementRate()),
            e.settledOnTime,
            e.answeredLate,
            e.cameBack,
            e.unanswered,
            days ? QVariant(*days) : QVariant(),
            e.recoveredFen};
}

} // namespace

Status writeQuarterlyNoticeXlsx(const QuarterlyNotice &notice, const QString &path)
{
    using Cell = XlsxWorkbook::Cell;
    XlsxWorkbook book(path);
    const QStringList headers = noticeRankingHeaders();
    const QList<Cell> kinds = {Cell::Integer, Cell::Text,    Cell::Integer, Cell::Integer,
                               Cell::Integer, Cell::Percent, Cell::Integer, Cell::Integer,
                               Cell::Integer, Cell::Integer, Cell::Decimal, Cell::Money};
    QList<XlsxWorkbook::Column> columns;
    for (int i = 0; i < headers.size(); ++i)
        columns.append({headers.at(i), kinds.at(i), i == 1 ? 36.0 : 12.0});
    const QString title = Msg::tr("%1: networked enterprises, %2").arg(notice.councilName, notice.quarter.label());
    const int ranking = book.addSheet(Msg::tr("Ranking"), columns, title);
    for (const EnterpriseQuarter &e : notice.enterprises) // unranked: an empty cell, as the PDF's dash
        book.addRow(ranking, rankingRow(e.rank > 0 ? QVariant(e.rank) : QVariant(), e.name, e));
    book.addRow(ranking, rankingRow(QVariant(), Msg::tr("Total"), notice.total));

    const QStringList industryHeaders = noticeIndustryHeaders();
    const int industries =
        book.addSheet(Msg::tr("Industries"), {{industryHeaders.at(0), Cell::Text, 24},
                                               {industryHeaders.at(1), Cell::Integer, 12},
                                               {industryHeaders.at(2), Cell::Integer, 12},
                                               {industryHeaders.at(3), Cell::Integer, 12}});
    for (const IndustryChange &i : notice.industries)
        book.addRow(industries, {i.category, i.current, i.previous, i.current - i.previous});

    const int analysis = book.addSheet(Msg::tr("Analysis"), {{Msg::tr("Analysis"), Cell::Text, 120}});
    for (const QString &paragraph : notice.analysis)
        book.addRow(analysis, {paragraph});
    return book.close();
}

} // namespace casedesk
