#include "user_guide_window.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {
namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

// Each section's heading in the guide of each language: the guide's headings are the anchors.
QString headingOf(const QString &key)
{
    static const QHash<QString, QPair<QString, QString>> headings{
        {QStringLiteral("main"), {QStringLiteral("主窗口"), QStringLiteral("The main window")}},
        {QStringLiteral("intake"), {QStringLiteral("接听登记"), QStringLiteral("Taking a complaint")}},
        {QStringLiteral("decision"), {QStringLiteral("受理与不予受理"), QStringLiteral("Accepting or declining")}},
        {QStringLiteral("mediation"), {QStringLiteral("调解与协议"), QStringLiteral("Mediation and agreements")}},
        {QStringLiteral("prepaid"),
         {QStringLiteral("预付卡群体投诉"), QStringLiteral("Prepaid-card group complaints")}},
        {QStringLiteral("court"), {QStringLiteral("移送法院"), QStringLiteral("Referral to court")}},
        {QStringLiteral("letters"), {QStringLiteral("文书与告知"), QStringLiteral("Letters and notices")}},
        {QStringLiteral("followup"), {QStringLiteral("回访"), QStringLiteral("Follow-up")}},
        {QStringLiteral("statistics"), {QStringLiteral("月报与统计"), QStringLiteral("Reports and statistics")}},
        {QStringLiteral("backup"), {QStringLiteral("备份与恢复"), QStringLiteral("Backup and restore")}},
        {QStringLiteral("settings"), {QStringLiteral("设置"), QStringLiteral("Settings")}},
    };
    const auto found = headings.constFind(key);
    if (found == headings.constEnd())
        return {};
    return chinese() ? found->first : found->second;
}

} // namespace

QString guideSectionFor(const QWidget *window)
{
    static const QHash<QString, QString> sections{
        {QStringLiteral("intakeDialog"), QStringLiteral("intake")},
        {QStringLiteral("transitionDialog"), QStringLiteral("decision")},
        {QStringLiteral("sessionDialog"), QStringLiteral("mediation")},
        {QStringLiteral("agreementDialog"), QStringLiteral("mediation")},
        {QStringLiteral("agendaDialog"), QStringLiteral("mediation")},
        {QStringLiteral("referralDialog"), QStringLiteral("court")},
        {QStringLiteral("lettersDialog"), QStringLiteral("letters")},
        {QStringLiteral("groupsDialog"), QStringLiteral("prepaid")},
        {QStringLiteral("businessesDialog"), QStringLiteral("prepaid")},
        {QStringLiteral("alertListDialog"), QStringLiteral("prepaid")},
        {QStringLiteral("fundsDialog"), QStringLiteral("prepaid")},
        {QStringLiteral("followUpDialog"), QStringLiteral("followup")},
        {QStringLiteral("spotCheckDialog"), QStringLiteral("followup")},
        {QStringLiteral("dashboardWindow"), QStringLiteral("statistics")},
        {QStringLiteral("settingsDialog"), QStringLiteral("settings")},
    };
    return window ? sections.value(window->objectName(), QStringLiteral("main")) : QStringLiteral("main");
}

UserGuideWindow::UserGuideWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("CaseDesk User Guide"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_browser->setObjectName(QStringLiteral("guideTextBrowser"));
    m_browser->setOpenExternalLinks(true);
    // Built in (ui/CMakeLists.txt): no network, nothing installed beside the program.
    m_browser->setSource(QUrl(chinese() ? QStringLiteral("qrc:/casedesk/guide/user-guide-zh.md")
                                        : QStringLiteral("qrc:/casedesk/guide/user-guide-en.md")),
                         QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 680);
}

UserGuideWindow *UserGuideWindow::showFor(QWidget *front, QWidget *owner)
{
    static QPointer<UserGuideWindow> guide;
    const QString key = guideSectionFor(front);
    if (!guide) {
        guide = new UserGuideWindow(owner);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
    guide->showSection(key);
    return guide;
}

bool UserGuideWindow::showSection(const QString &key)
{
    const QString heading = headingOf(key);
    if (heading.isEmpty())
        return false;
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed().startsWith(heading)) {
            QTextCursor cursor(block);
            m_browser->setTextCursor(cursor);
            // The heading at the top of the view, not merely somewhere on screen.
            m_browser->verticalScrollBar()->setValue(int(document->documentLayout()->blockBoundingRect(block).top()));
            m_section = key;
            return true;
        }
    }
    return false;
}

} // namespace casedesk
