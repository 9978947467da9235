#include "catch_qt.h"
#include "cli_run.h"
#include "stats_fixture.h"
#include "test_support.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

// What an installed desk relies on: the PDF font inside the program, and --version.

using namespace casedesk::test;

namespace {

QString run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("a report PDF carries its Chinese font even when the desk has no font at all", "[cli][pdf][install]")
{
    // A fontconfig that knows no font folder: what a Windows desk or a bare Linux desk sees.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("fonts.conf"));
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("<?xml version=\"1.0\"?>\n<fontconfig><cachedir>%1</cachedir></fontconfig>\n")
                       .arg(dir.filePath(QStringLiteral("cache")))
                       .toUtf8());
    }
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    bare.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    // The premise: through this config fontconfig lists no font, Chinese or other.
    CHECK(run(QStringLiteral("fc-list"), {}, bare).trimmed().isEmpty());

    TestDatabase fixture;
    buildStatsFixture(fixture.connection());
    const QString pdf = dir.filePath(QStringLiteral("2026-01.pdf"));
    const Run report = cliWithEnvironment(
        {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--out"), pdf,
         QStringLiteral("--as"), QStringLiteral("王主任"), QStringLiteral("--database"), fixture.path()},
        {{QStringLiteral("FONTCONFIG_FILE"), config}}, kTestPassword);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);

    const QString text =
        run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(QStringLiteral("徐汇区")));
    CHECK(text.contains(QStringLiteral("长宁区")));
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    INFO(fonts.toStdString());
    bool embedded = false;
    for (const QString &line : fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // name type encoding emb sub uni object ID: "emb" is the fifth column from the right.
        if (line.contains(QStringLiteral("WenQuanYi")) && columns.size() >= 7 &&
            columns.at(columns.size() - 5) == QLatin1String("yes"))
            embedded = true;
    }
    CHECK(embedded);
}

TEST_CASE("casedesk-cli --version names the program and its version", "[cli][install]")
{
    const Run run = cli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QRegularExpression(QStringLiteral("^casedesk-cli \\d+\\.\\d+\\.\\d+"))));
}

TEST_CASE("a locale that names no language starts in Chinese; LANGUAGE still chooses", "[cli][install][language]")
{
    for (const char *locale : {"C", "POSIX", "C.UTF-8"}) {
        const Run run =
            cliWithEnvironment({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QString::fromLatin1(locale)},
                                                            {QStringLiteral("LC_ALL"), QString()},
                                                            {QStringLiteral("LANGUAGE"), QString()}});
        INFO(locale);
        CHECK(run.out.contains(QStringLiteral("用法")));
    }
    const Run english =
        cliWithEnvironment({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                                        {QStringLiteral("LANGUAGE"), QStringLiteral("en")}});
    CHECK(english.out.contains(QStringLiteral("Usage")));
    const Run german =
        cliWithEnvironment({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                                        {QStringLiteral("LANGUAGE"), QString()}});
    CHECK_FALSE(german.out.contains(QStringLiteral("用法"))); // a named language other than Chinese: English
}
