// main() for UI tests: forces the offscreen platform before QApplication exists, so the
// tests run (and CTest can list them) on a machine without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, not the user's
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDeskTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
