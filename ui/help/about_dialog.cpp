#include "about_dialog.h"

#include "library_versions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {
namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString driverSqliteVersion(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen())
        return {};
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next() ? query.value(0).toString()
                                                                                 : QString();
}

QString row(const QString &name, const QString &version, const QString &licence)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
        .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const QSqlDatabase &db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CaseDesk"));
    const QString driverSqlite = driverSqliteVersion(db);
    QString sqlite = linkedSqliteVersion();
    if (!driverSqlite.isEmpty() && driverSqlite != sqlite)
        sqlite = tr("%1 (database driver: %2)").arg(sqlite, driverSqlite);

    m_html = tr("<h2>CaseDesk %1</h2><p>Case management for district consumer-rights protection committees: "
                "complaints, mediation, prepaid-card disputes and court referrals.</p>"
                "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). "
                "It comes with no warranty.</p>")
                 .arg(QApplication::applicationVersion()) +
             QStringLiteral("<h3>%1</h3>").arg(tr("Components")) +
             QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">") +
             row(tr("Qt"), QString::fromLatin1(qVersion()), tr("LGPL-3.0 (Qt Charts: GPL-3.0)")) +
             row(tr("SQLite"), sqlite, tr("public domain")) + row(tr("libsodium"), sodiumVersion(), tr("ISC")) +
             row(tr("Font WenQuanYi Micro Hei"), QStringLiteral("0.2.0-beta"),
                 tr("Apache-2.0 or GPL-3.0-or-later with the font exception")) +
             row(tr("Holiday data (holiday-cn by NateScarlet)"), tr("2024 to 2026"), tr("MIT")) +
             QStringLiteral("</table>") +
             QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                 .arg(tr("Font licence"),
                      resourceText(QStringLiteral(":/casedesk/fonts/wqy-microhei-LICENSE.txt")).toHtmlEscaped()) +
             QStringLiteral("<h3>%1</h3><pre>%2</pre>")
                 .arg(tr("Holiday data licence"),
                      resourceText(QStringLiteral(":/casedesk/holidays/LICENSE")).toHtmlEscaped());

    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutTextBrowser"));
    text->setOpenExternalLinks(true);
    text->setHtml(m_html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace casedesk
