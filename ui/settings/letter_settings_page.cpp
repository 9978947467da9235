#include "letter_settings_page.h"

#include "letter_examples.h"
#include "letters/letter_template_service.h"
#include "letters/letter_wording.h"
#include "notice_bar.h"
#include "storage/settings_repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casedesk {

LetterSettingsPage::LetterSettingsPage(QSqlDatabase db, const QString &actor, bool mayEdit, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_mayEdit(mayEdit), m_kind(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_body(new QPlainTextEdit(this)), m_placeholders(new QListWidget(this)),
      m_preview(new QTextBrowser(this)), m_version(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_restore(new QPushButton(tr("Use the Built-in Wording"), this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("letterSettingsPage"));
    m_kind->setObjectName(QStringLiteral("letterKindBox"));
    m_title->setObjectName(QStringLiteral("letterTitleEdit"));
    m_body->setObjectName(QStringLiteral("letterBodyEdit"));
    m_title->setMaxLength(LetterTemplateService::kMaxTitleLength);
    for (LetterKind kind : allLetterKinds())
        m_kind->addItem(labelOf(kind), codeOf(kind));
    m_title->setReadOnly(!mayEdit);
    m_body->setReadOnly(!mayEdit);
    m_save->setEnabled(mayEdit);
    m_restore->setEnabled(mayEdit);
    m_version->setWordWrap(true);
    m_placeholders->setToolTip(tr("Double-click to put the placeholder into the text at the cursor."));

    auto *form = new QFormLayout;
    form->addRow(tr("Letter"), m_kind);
    form->addRow(tr("Title"), m_title);
    auto *editing = new QVBoxLayout;
    editing->addLayout(form);
    editing->addWidget(new QLabel(tr("Text (one paragraph a line; the page indents each):"), this));
    editing->addWidget(m_body, 2);
    editing->addWidget(new QLabel(tr("Placeholders:"), this));
    editing->addWidget(m_placeholders, 1);
    editing->addWidget(m_version);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    editing->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addLayout(editing, 1);
    body->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);
    m_notice->hide();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterSettingsPage::loadKind);
    connect(m_title, &QLineEdit::textChanged, this, &LetterSettingsPage::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterSettingsPage::updatePreview);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, &LetterSettingsPage::insertPlaceholder);
    connect(m_save, &QPushButton::clicked, this, &LetterSettingsPage::save);
    connect(m_restore, &QPushButton::clicked, this, &LetterSettingsPage::restoreBuiltIn);
    loadKind();
}

LetterKind LetterSettingsPage::currentKind() const
{
    return letterKindFromCode(m_kind->currentData().toString()).value_or(LetterKind::Acceptance);
}

void LetterSettingsPage::loadKind()
{
    const LetterKind kind = currentKind();
    m_placeholders->clear();
    for (const auto &[name, meaning] : letterPlaceholders(kind)) {
        auto *item = new QListWidgetItem(QStringLiteral("{%1}  %2").arg(name, meaning), m_placeholders);
        item->setData(Qt::UserRole, name);
    }
    LetterTemplateService wordings(m_db);
    auto wording = wordings.wording(kind);
    auto versions = wordings.versions(kind);
    if (!wording || !versions) {
        // Not shown as the built-in wording: a save would then put that over the council's own.
        m_notice->showError(tr("The wording of this letter could not be loaded: %1")
                                .arg(!wording ? wording.error().message : versions.error().message));
        m_title->clear();
        m_body->clear();
        m_save->setEnabled(false);
        m_restore->setEnabled(false);
        return;
    }
    m_save->setEnabled(m_mayEdit);
    m_restore->setEnabled(m_mayEdit);
    m_title->setText(wording->title);
    m_body->setPlainText(wording->body);
    if (versions->isEmpty()) {
        m_version->setText(tr("In use: CaseDesk's built-in wording. A save keeps it for the letters already sent."));
    } else {
        const SavedWording &latest = versions->first();
        m_version->setText(tr("In use: version %1, saved by %2 on %3 (%4 versions kept; letters already sent keep "
                              "the wording they went out with).")
                               .arg(latest.wording.version)
                               .arg(latest.savedBy, latest.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(versions->size()));
    }
    updatePreview();
}

void LetterSettingsPage::updatePreview()
{
    const LetterKind kind = currentKind();
    if (auto checked = LetterTemplateService::check(kind, m_title->text().trimmed(), m_body->toPlainText()); !checked) {
        m_notice->showError(checked.error().message);
        return;
    }
    if (m_notice->kind() == NoticeBar::Kind::Error)
        m_notice->hide(); // the wording is right again
    auto council = SettingsRepository(m_db).councilName();
    auto body = fillPlaceholders(m_body->toPlainText(), exampleLetterValues(kind));
    Letter letter;
    letter.kind = kind;
    letter.caseNumber = QStringLiteral("长宁-2026-000123");
    letter.councilName = council ? council.value() : QString();
    letter.title = m_title->text().trimmed();
    letter.addressee = exampleAddressee(kind);
    letter.body = body ? body.value() : m_body->toPlainText();
    letter.date = QDate::currentDate();
    m_preview->setHtml(exampleLetterHtml(letter));
}

void LetterSettingsPage::insertPlaceholder()
{
    auto *item = m_placeholders->currentItem();
    if (!item || m_body->isReadOnly())
        return;
    m_body->insertPlainText(QStringLiteral("{%1}").arg(item->data(Qt::UserRole).toString()));
    m_body->setFocus();
}

bool LetterSettingsPage::save()
{
    auto saved = LetterTemplateService(m_db).save(currentKind(), m_title->text(), m_body->toPlainText(), m_actor);
    if (!saved) {
        m_notice->showError(saved.error().message);
        return false;
    }
    loadKind();
    m_notice->showMessage(tr("Saved as version %1: the next %2 uses it.").arg(saved->version).arg(labelOf(currentKind())),
                          NoticeBar::Kind::Information);
    return true;
}

bool LetterSettingsPage::restoreBuiltIn()
{
    auto saved = LetterTemplateService(m_db).restoreBuiltIn(currentKind(), m_actor);
    if (!saved) {
        m_notice->showError(saved.error().message);
        return false;
    }
    loadKind();
    m_notice->showMessage(tr("The built-in wording is in use again."), NoticeBar::Kind::Information);
    return true;
}

} // namespace casedesk
