#include "language_setup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace casedesk {

QString chooseLanguage(const QString &saved)
{
    if (saved == QLatin1String("zh_CN") || saved == QLatin1String("en"))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void installLanguage(const QString &language)
{
    static std::unique_ptr<QTranslator> own;
    static std::unique_ptr<QTranslator> qt;
    for (auto *translator : {own.get(), qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    own.reset();
    qt.reset();

    const bool chinese = language == QLatin1String("zh_CN");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!chinese)
        return;

    own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/casedesk_zh_CN.qm")))
        QCoreApplication::installTranslator(own.get());
    // Qt's own strings (standard buttons, file dialogs) from the Qt installation.
    qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
}

} // namespace casedesk
