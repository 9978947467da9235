#include "xlsx_reading.h"

#include <QFile>
#include <QXmlStreamReader>

#include <unzip.h>

namespace casedesk::test {

QString xlsxPart(const QString &path, const QString &part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray content;
    if (unzLocateFile(zip, part.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            content.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return QString::fromUtf8(content);
}

QStringList xlsxRows(const QString &path, int sheet)
{
    QXmlStreamReader xml(xlsxPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
    QStringList rows;
    QStringList cells;
    bool inValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            cells.clear();
        else if (xml.isEndElement() && xml.name() == QLatin1String("row"))
            rows << cells.join(QLatin1Char('|'));
        else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")))
            inValue = true;
        else if (xml.isEndElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")))
            inValue = false;
        else if (xml.isCharacters() && inValue)
            cells << xml.text().toString();
    }
    return rows;
}

} // namespace casedesk::test
