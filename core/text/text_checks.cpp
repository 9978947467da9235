#include "text/text_checks.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace casedesk {

Result<QString> decodeUtf8Strict(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "Validation", "The text is not valid UTF-8. Save the file as UTF-8 and try again."),
                     {}};
    }
    return text;
}

QString textProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool allowedControl = c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t');
        if (c.isSurrogate() || c == QChar::ReplacementCharacter || (c.category() == QChar::Other_Control && !allowedControl))
            return QCoreApplication::translate("Validation",
                                               "The text contains unreadable characters (broken encoding).");
    }
    return {};
}

} // namespace casedesk
