// main() for UI tests: forces the offscreen platform before QApplication exists, so the
// tests run (and CTest can list them) on a machine without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Every test process gets its own settings and data folders: CTest runs each test case as its own
    // process, and under `ctest -j2` two of them sharing ~/.qttest saw each other's backup folder.
    // The folder is made before QApplication so nothing reads the shared location first.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/casedesk-ui-test-XXXXXX"));
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder for the test's settings\n");
        return 2;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    // Not QStandardPaths' test mode: it puts every process in the same ~/.qttest folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.filePath(QStringLiteral("config")));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDeskTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return Catch::Session().run(argc, argv);
}
