#include "export/csv_text.h"

namespace casedesk {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvSafeText(const QString &text)
{
    if (text.isEmpty() || !QStringLiteral("=+-@").contains(text.front()))
        return text;
    if (text.front() == QLatin1Char('-') && text.size() > 1 && text.at(1).isDigit())
        return text;
    return QLatin1Char('\'') + text;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace casedesk
