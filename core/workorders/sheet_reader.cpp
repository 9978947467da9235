#include "workorders/sheet_reader.h"

#include "text/text_checks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <unzip.h>

#include <memory>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(WorkOrders)
};

constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024; // a workbook part larger than this is refused

Error fileError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

// One part of the zip, read whole; empty when the zip has no such part.
Result<QByteArray> zipPart(unzFile zip, const QString &part)
{
    if (unzLocateFile(zip, part.toUtf8().constData(), 1) != UNZ_OK)
        return QByteArray();
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        qint64(info.uncompressed_size) > kMaxPartBytes)
        return fileError(Msg::tr("The workbook's part %1 cannot be read.").arg(part));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return fileError(Msg::tr("The workbook's part %1 cannot be read.").arg(part));
    QByteArray bytes;
    bytes.reserve(qsizetype(info.uncompressed_size));
    char buffer[65536];
    int read = 0;
    while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, read);
    unzCloseCurrentFile(zip);
    if (read < 0)
        return fileError(Msg::tr("The workbook's part %1 is damaged.").arg(part));
    return bytes;
}

// "BC12" → 54 (zero-based column); -1 when it is no cell reference.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

// The text of <si> or <is>: its <t> runs joined (rich text has several).
QString runsText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray &xmlBytes)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << runsText(xml);
    }
    return strings;
}

Result<QList<QStringList>> sheetRows(const QByteArray &xmlBytes, const QStringList &shared)
{
    QList<QStringList> rows;
    QXmlStreamReader xml(xmlBytes);
    QStringList row;
    int rowNumber = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
                while (rows.size() < rowNumber - 1)
                    rows.append(QStringList()); // rows the file leaves out are empty
                rows.append(row);
            }
            continue;
        }
        if (xml.name() == QLatin1String("row")) {
            row.clear();
            rowNumber = xml.attributes().value(QLatin1String("r")).toInt();
            if (rowNumber <= 0)
                rowNumber = int(rows.size()) + 1;
            if (rowNumber > 1100000)
                return fileError(Msg::tr("The sheet has more rows than a workbook can hold."));
        } else if (xml.name() == QLatin1String("c")) {
            const QXmlStreamAttributes a = xml.attributes();
            int column = columnOf(a.value(QLatin1String("r")));
            if (column < 0)
                column = int(row.size());
            const QString type = a.value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = runsText(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                value = ok && index >= 0 && index < shared.size() ? shared.at(index) : QString();
            } else if (type == QLatin1String("e")) {
                value.clear(); // #N/A and the like: no value
            }
            if (column > 16383)
                continue;
            while (row.size() <= column)
                row.append(QString());
            row[column] = value;
        }
    }
    if (xml.hasError())
        return fileError(Msg::tr("A sheet of the workbook is damaged: %1").arg(xml.errorString()));
    return rows;
}

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};

} // namespace

Result<QList<SheetTable>> readXlsxFile(const QString &path)
{
    std::unique_ptr<void, ZipCloser> zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return fileError(Msg::tr("%1 is not an Excel workbook (.xlsx).").arg(QFileInfo(path).fileName()));
    auto workbook = zipPart(zip.get(), QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return workbook.error();
    if (workbook->isEmpty())
        return fileError(Msg::tr("%1 is not an Excel workbook (.xlsx).").arg(QFileInfo(path).fileName()));
    auto relations = zipPart(zip.get(), QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!relations)
        return relations.error();
    auto strings = zipPart(zip.get(), QStringLiteral("xl/sharedStrings.xml"));
    if (!strings)
        return strings.error();
    const QStringList shared = sharedStrings(strings.value());

    QHash<QString, QString> targets; // relation id → part
    QXmlStreamReader rels(relations.value());
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")) {
            QString target = rels.attributes().value(QLatin1String("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(), QDir::cleanPath(target));
        }
    }
    QList<SheetTable> tables;
    QXmlStreamReader book(workbook.value());
    while (!book.atEnd()) {
        book.readNext();
        if (!book.isStartElement() || book.name() != QLatin1String("sheet"))
            continue;
        QString id;
        for (const QXmlStreamAttribute &attribute : book.attributes()) {
            if (attribute.name() == QLatin1String("id")) // r:id, whatever the prefix
                id = attribute.value().toString();
        }
        const QString part = targets.value(id);
        if (part.isEmpty())
            continue;
        auto bytes = zipPart(zip.get(), part);
        if (!bytes)
            return bytes.error();
        auto rows = sheetRows(bytes.value(), shared);
        if (!rows)
            return rows.error();
        tables.append({book.attributes().value(QLatin1String("name")).toString(), rows.value()});
    }
    if (tables.isEmpty())
        return fileError(Msg::tr("The workbook has no sheet to read."));
    return tables;
}

Result<QList<SheetTable>> readCsvBytes(const QByteArray &bytes)
{
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        // Marked as UTF-8: broken bytes in it are an error, not a replacement character.
        auto decoded = decodeUtf8Strict(bytes.mid(3));
        if (!decoded)
            return fileError(Msg::tr("The file says it is UTF-8 but holds bytes that are not: save it again as CSV "
                                     "(UTF-8)."));
        text = decoded.value();
    } else if (auto utf8 = decodeUtf8Strict(bytes)) {
        text = utf8.value();
    } else {
        // Not UTF-8: the other encoding Chinese platforms write, GB18030 (a superset of GBK).
        QStringDecoder gb18030("GB18030");
        if (!gb18030.isValid())
            return fileError(Msg::tr("The file is not UTF-8, and this computer cannot read GB18030."));
        text = gb18030.decode(bytes);
        if (gb18030.hasError())
            return fileError(Msg::tr("The file is neither UTF-8 nor GB18030 text: save it again as CSV (UTF-8)."));
    }
    if (text.contains(QChar(0)))
        return fileError(Msg::tr("The file is not text: choose a CSV or an Excel workbook (.xlsx)."));
    // RFC 4180: fields split by commas, quoted fields may hold commas, quotes ("") and line breaks.
    SheetTable table{QStringLiteral("CSV"), {}};
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            fieldStarted = false;
            const bool empty = std::all_of(row.cbegin(), row.cend(), [](const QString &f) { return f.isEmpty(); });
            table.rows.append(empty ? QStringList() : row);
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fileError(Msg::tr("The CSV file ends inside a quoted field: it is cut short or damaged."));
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        table.rows.append(row);
    }
    return QList<SheetTable>{table};
}

Result<QList<SheetTable>> readSheetFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    const QByteArray start = file.peek(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (start.startsWith("PK\x03\x04"))
        return readXlsxFile(path);
    if (start.startsWith("\xD0\xCF\x11\xE0"))
        return fileError(Msg::tr("%1 is an old Excel file (.xls): open it in Excel or WPS and save it as .xlsx.")
                             .arg(QFileInfo(path).fileName()));
    if (suffix == QLatin1String("xlsx"))
        return fileError(Msg::tr("%1 is not an Excel workbook (.xlsx).").arg(QFileInfo(path).fileName()));
    constexpr qint64 kMaxCsv = 256LL * 1024 * 1024;
    if (file.size() > kMaxCsv)
        return fileError(Msg::tr("The file is larger than 256 MB: split it first."));
    return readCsvBytes(file.readAll());
}

} // namespace casedesk
