#include "export/xlsx_workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

struct XlsxWorkbook::Impl {
    QString path;
    QString partPath; // written here, renamed to path by close()
    lxw_workbook *book = nullptr;
    lxw_format *header = nullptr;
    lxw_format *title = nullptr;
    lxw_format *money = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    bool tooManyRows = false;
    lxw_error firstError = LXW_NO_ERROR; // of a sheet or a cell: close() fails with it
    struct Sheet {
        lxw_worksheet *sheet = nullptr;
        QList<Column> columns;
        int nextRow = 0;
    };
    QList<Sheet> sheets;
    bool closed = false;

    lxw_format *formatOf(Cell kind) const
    {
        switch (kind) {
        case Cell::Money: return money;
        case Cell::Percent: return percent;
        case Cell::Decimal: return decimal;
        case Cell::Date: return date;
        case Cell::DateTime: return dateTime;
        case Cell::Text:
        case Cell::Integer: break;
        }
        return nullptr;
    }
};

XlsxWorkbook::XlsxWorkbook(const QString &path) : m(std::make_unique<Impl>())
{
    m->path = path;
    const QFileInfo target(path);
    m->partPath = target.absoluteDir().filePath(QStringLiteral(".%1.part").arg(target.fileName()));
    if (!target.absoluteDir().exists())
        return; // close() says so
    // Constant memory: each row goes to a scratch file as it is written (rows come in order).
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m->book = workbook_new_opt(QFile::encodeName(m->partPath).constData(), &options);
    if (!m->book)
        return;
    m->header = workbook_add_format(m->book);
    format_set_bold(m->header);
    format_set_bg_color(m->header, 0xDFE8F3);
    format_set_border(m->header, LXW_BORDER_THIN);
    format_set_text_wrap(m->header);
    m->title = workbook_add_format(m->book);
    format_set_bold(m->title);
    format_set_font_size(m->title, 14);
    m->money = workbook_add_format(m->book);
    format_set_num_format(m->money, "\"¥\"#,##0.00");
    m->percent = workbook_add_format(m->book);
    format_set_num_format(m->percent, "0.0%");
    m->decimal = workbook_add_format(m->book);
    format_set_num_format(m->decimal, "0.0");
    m->date = workbook_add_format(m->book);
    format_set_num_format(m->date, "yyyy-mm-dd");
    m->dateTime = workbook_add_format(m->book);
    format_set_num_format(m->dateTime, "yyyy-mm-dd hh:mm");
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m->book && !m->closed) {
        workbook_close(m->book); // frees it; the half-made file goes
        QFile::remove(m->partPath);
    }
}

int XlsxWorkbook::addSheet(const QString &name, const QList<Column> &columns, const QString &title)
{
    if (!m->book)
        return -1;
    QString safe = name;
    for (QChar &c : safe) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    Impl::Sheet sheet;
    sheet.sheet = workbook_add_worksheet(m->book, safe.left(31).toUtf8().constData());
    if (!sheet.sheet) {
        m->firstError = LXW_ERROR_SHEETNAME_ALREADY_USED;
        return -1;
    }
    sheet.columns = columns;
    if (!title.isEmpty()) {
        worksheet_write_string(sheet.sheet, 0, 0, title.toUtf8().constData(), m->title);
        sheet.nextRow = 1;
    }
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(sheet.sheet, lxw_col_t(c), lxw_col_t(c), columns.at(c).width, nullptr);
        worksheet_write_string(sheet.sheet, lxw_row_t(sheet.nextRow), lxw_col_t(c),
                               columns.at(c).header.toUtf8().constData(), m->header);
    }
    ++sheet.nextRow;
    worksheet_freeze_panes(sheet.sheet, lxw_row_t(sheet.nextRow), 0);
    m->sheets.append(sheet);
    return int(m->sheets.size()) - 1;
}

void XlsxWorkbook::addRow(int index, const QVariantList &values, const QList<Cell> &kinds)
{
    if (index < 0 || index >= m->sheets.size()) {
        if (m->firstError == LXW_NO_ERROR)
            m->firstError = LXW_ERROR_NULL_PARAMETER_IGNORED;
        return;
    }
    Impl::Sheet &sheet = m->sheets[index];
    if (sheet.nextRow >= kMaxRows) {
        m->tooManyRows = true;
        return;
    }
    const lxw_row_t row = lxw_row_t(sheet.nextRow++);
    for (int c = 0; c < values.size() && c < sheet.columns.size(); ++c) {
        const QVariant &value = values.at(c);
        if (value.isNull())
            continue;
        const Cell kind = c < kinds.size() ? kinds.at(c) : sheet.columns.at(c).kind;
        lxw_format *format = m->formatOf(kind);
        lxw_error written = LXW_NO_ERROR;
        switch (kind) {
        case Cell::Text:
            written = worksheet_write_string(sheet.sheet, row, lxw_col_t(c), value.toString().toUtf8().constData(),
                                             nullptr);
            break;
        case Cell::Money:
            written = worksheet_write_number(sheet.sheet, row, lxw_col_t(c), double(value.toLongLong()) / 100.0, format);
            break;
        case Cell::Date: {
            const QDate day = value.toDate();
            if (!day.isValid())
                continue; // an unknown date: an empty cell (Qt 6 does not call an invalid date null)
            lxw_datetime at{day.year(), day.month(), day.day(), 0, 0, 0};
            written = worksheet_write_datetime(sheet.sheet, row, lxw_col_t(c), &at, format);
            break;
        }
        case Cell::DateTime: {
            // As the wall clock read where it happened (China time for every case).
            const QDateTime when = value.toDateTime();
            if (!when.isValid())
                continue;
            // The seconds are kept (the format shows minutes): a workbook read back gives the same time.
            lxw_datetime at{when.date().year(), when.date().month(), when.date().day(), when.time().hour(),
                            when.time().minute(), double(when.time().second())};
            written = worksheet_write_datetime(sheet.sheet, row, lxw_col_t(c), &at, format);
            break;
        }
        case Cell::Integer:
        case Cell::Percent:
        case Cell::Decimal:
            written = worksheet_write_number(sheet.sheet, row, lxw_col_t(c), value.toDouble(), format);
            break;
        }
        if (written != LXW_NO_ERROR && m->firstError == LXW_NO_ERROR)
            m->firstError = written; // e.g. a text longer than a cell holds
    }
}

Status XlsxWorkbook::close()
{
    const QString where = QDir::toNativeSeparators(m->path);
    if (!QFileInfo(m->path).absoluteDir().exists())
        return Error{ErrorCode::Io,
                     Msg::tr("The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(QFileInfo(m->path).absolutePath())),
                     {}};
    if (!m->book)
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1.").arg(where), {}};
    if (m->tooManyRows)
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("An Excel sheet holds at most %L1 rows: narrow the list first. Nothing was written.")
                         .arg(kMaxRows),
                     {}};
    if (m->firstError != LXW_NO_ERROR)
        return Error{ErrorCode::Io,
                     Msg::tr("Cannot write %1: %2").arg(where, QString::fromUtf8(lxw_strerror(m->firstError))), {}};
    m->closed = true;
    const lxw_error written = workbook_close(m->book);
    m->book = nullptr;
    if (written != LXW_NO_ERROR) {
        QFile::remove(m->partPath);
        return Error{ErrorCode::Io,
                     Msg::tr("Cannot write %1: %2").arg(where, QString::fromUtf8(lxw_strerror(written))), {}};
    }
    // The file it replaces (the save dialog asked) is moved aside first and put back if the
    // new one cannot take its place.
    const QString aside = m->partPath + QStringLiteral(".old");
    const bool replacing = QFile::exists(m->path);
    if (replacing && !QFile::rename(m->path, aside)) {
        QFile::remove(m->partPath);
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1.").arg(where), {}};
    }
    if (!QFile::rename(m->partPath, m->path)) {
        QFile::remove(m->partPath);
        if (replacing)
            QFile::rename(aside, m->path);
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1.").arg(where), {}};
    }
    if (replacing)
        QFile::remove(aside);
    return {};
}

} // namespace casedesk
