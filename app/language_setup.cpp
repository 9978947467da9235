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
    // LANGUAGE (GNU's list of preferred languages) is the most explicit choice a user makes.
    const QString preferred = qEnvironmentVariable("LANGUAGE").section(QLatin1Char(':'), 0, 0);
    if (!preferred.isEmpty())
        return preferred.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    // A locale that names no language (C, POSIX, C.UTF-8: a fresh desk or a service account)
    // starts in Chinese, the language of the councils this is made for.
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::Chinese || system == QLocale::C ? QStringLiteral("zh_CN") : QStringLiteral("en");
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
