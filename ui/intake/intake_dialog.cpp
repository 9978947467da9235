#include "intake_dialog.h"

#include "liaison/liaison_point_service.h"

#include "auth/permissions.h"
#include "intake_form.h"
#include "notice_bar.h"
#include "prepaid/case_registration.h"
#include "prepaid/prepaid_card_editor.h"
#include "storage/complaint_repository.h"
#include "storage/taxonomy_repository.h"
#include "validation/complaint_validator.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QVBoxLayout>

namespace casedesk {
namespace {

// A business with this many open complaints is worth a look before registering another.
constexpr int kManyOpenComplaints = 3;

QLabel *makeHint(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("background: #fff4d6; border: 1px solid #e8c66a; padding: 4px;"));
    label->hide();
    return label;
}

} // namespace

IntakeDialog::IntakeDialog(QSqlDatabase db, QString databasePath, QString actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(std::move(actor)), m_draft(databasePath, m_actor), m_lookup(m_db),
      m_form(new IntakeForm(this)), m_draftHint(makeHint(this, QStringLiteral("draftHint"))),
      m_consumerHint(makeHint(this, QStringLiteral("consumerHint"))),
      m_businessHint(makeHint(this, QStringLiteral("businessHint"))),
      m_viewBusinessCases(new QPushButton(tr("Show them"), this)),
      m_duplicateHint(makeHint(this, QStringLiteral("duplicateHint"))), m_businessNames(new QStringListModel(this)),
      m_businessCompleter(new QCompleter(m_businessNames, this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("Register a Complaint"));
    auto categories = TaxonomyRepository(m_db).categories();
    m_form->setCategories(categories ? categories.value() : QList<Category>{});
    QStringList failedLoads;
    if (!categories)
        failedLoads << tr("The categories could not be loaded: %1").arg(categories.error().message);
    // Administrators and auditors do no case work.
    auto caseworkers = namesOfUsersAllowed(m_db, Permission::WorkCase);
    if (!caseworkers)
        failedLoads << tr("The caseworkers could not be loaded: %1").arg(caseworkers.error().message);
    if (auto points = LiaisonPointService(m_db).list({}, m_actor))
        m_form->setLiaisonPoints(points.value());
    else
        failedLoads << tr("The liaison points could not be loaded: %1").arg(points.error().message);
    if (!failedLoads.isEmpty())
        m_notice->showError(failedLoads.join(QLatin1Char('\n')));
    m_form->setCaseworkers(caseworkers ? caseworkers.value() : QStringList());

    m_businessCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_businessCompleter->setFilterMode(Qt::MatchContains);
    m_businessCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_form->businessNameEdit()->setCompleter(m_businessCompleter);
    connect(m_form->businessNameEdit(), &QLineEdit::textEdited, this, &IntakeDialog::offerBusinesses);
    connect(m_businessCompleter, qOverload<const QString &>(&QCompleter::activated), this, &IntakeDialog::takeBusiness);
    connect(m_form, &IntakeForm::fieldLeft, this, &IntakeDialog::checkField);

    auto *businessRow = new QHBoxLayout;
    businessRow->addWidget(m_businessHint, 1);
    businessRow->addWidget(m_viewBusinessCases);
    m_viewBusinessCases->hide();
    connect(m_viewBusinessCases, &QPushButton::clicked, this,
            [this] { emit showBusinessCases(m_form->businessNameEdit()->text().trimmed()); });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("registerButton"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    save->setToolTip(tr("Register the complaint (Ctrl+S)"));
    save->setAutoDefault(false); // Enter moves between fields; it must not save half a form
    QPushButton *discard = buttons->addButton(tr("Discard Draft"), QDialogButtonBox::DestructiveRole);
    QPushButton *close = buttons->addButton(tr("Close (Keep Draft)"), QDialogButtonBox::RejectRole);
    close->setAutoDefault(false);
    discard->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &IntakeDialog::registerComplaint);
    connect(close, &QPushButton::clicked, this, &IntakeDialog::reject);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_draftTimer.stop();
        m_draft.discard();
        QDialog::reject();
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_draftHint);
    layout->addWidget(m_consumerHint);
    layout->addLayout(businessRow);
    layout->addWidget(m_duplicateHint);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(1000, 720);

    if (const auto draft = m_draft.load()) {
        m_form->setComplaint(*draft);
        if (const auto card = m_draft.loadCard())
            m_form->setPrepaidCard(card);
        setHint(m_draftHint, tr("Restored the registration you had not finished (saved %1).")
                                 .arg(QLocale().toString(m_draft.savedAt(), QLocale::ShortFormat)));
    }
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] { saveDraft(); });
    connect(m_form, &IntakeForm::changed, &m_draftTimer, qOverload<>(&QTimer::start));
    m_form->phoneEdit()->setFocus();
}

IntakeDialog::~IntakeDialog()
{
    // The form outlives this part of the dialog by a moment and emits focus changes as it goes.
    disconnect(m_form, nullptr, this, nullptr);
}

void IntakeDialog::setHint(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void IntakeDialog::checkField(const QString &field)
{
    const Complaint c = m_form->complaint();
    m_form->showProblemsFor(field, m_form->entryProblems() + validateComplaint(c, QDateTime::currentDateTime()));
    if (field == QLatin1String("consumer.phone"))
        lookUpConsumer();
    else if (field == QLatin1String("business.name"))
        lookUpBusinessLoad();
}

void IntakeDialog::lookUpConsumer()
{
    auto found = m_lookup.consumerByPhone(m_form->phoneEdit()->text());
    if (!found || !found->has_value()) {
        setHint(m_consumerHint, {});
        return;
    }
    const ReturningConsumer &returning = found->value();
    Complaint c = m_form->complaint();
    if (c.consumer.name.isEmpty() && c.consumer.address.isEmpty())
        m_form->fillReturningConsumer(returning.consumer);
    QString hint = tr("Returning complainant %1: %n earlier complaint(s).", nullptr, returning.complaints)
                       .arg(returning.consumer.name);
    for (const CaseListRow &earlier : returning.recentCases) {
        hint += QLatin1Char('\n') + tr("%1  %2  %3  %4")
                                         .arg(earlier.caseNumber,
                                              QLocale().toString(earlier.receivedAt.date(), QLocale::ShortFormat),
                                              earlier.businessName, labelOf(earlier.status));
    }
    setHint(m_consumerHint, hint);
}

void IntakeDialog::lookUpBusinessLoad()
{
    const QString name = m_form->businessNameEdit()->text().trimmed();
    auto open = name.isEmpty() ? Result<int>(0) : m_lookup.openComplaintsAgainst(name);
    const int count = open ? open.value() : 0;
    const bool many = count >= kManyOpenComplaints;
    setHint(m_businessHint, many ? tr("%1 already has %n open complaint(s): possibly a group case.", nullptr, count)
                                       .arg(name)
                                 : QString());
    m_viewBusinessCases->setVisible(many);
}

void IntakeDialog::offerBusinesses(const QString &text)
{
    auto matches = m_lookup.businessesMatching(text);
    m_offeredBusinesses = matches ? matches.value() : QList<KnownBusiness>{};
    QStringList shown;
    for (const KnownBusiness &match : std::as_const(m_offeredBusinesses))
        shown << match.business.name +
                     (match.business.creditCode.isEmpty() ? QString() : QStringLiteral("  ") + match.business.creditCode);
    m_businessNames->setStringList(shown);
}

void IntakeDialog::takeBusiness(const QString &shown)
{
    for (const KnownBusiness &match : std::as_const(m_offeredBusinesses)) {
        const bool same = shown.startsWith(match.business.name) &&
                          (match.business.creditCode.isEmpty() || shown.endsWith(match.business.creditCode));
        if (same) {
            m_form->fillBusiness(match.business);
            lookUpBusinessLoad();
            return;
        }
    }
}

void IntakeDialog::saveDraft()
{
    auto card = m_form->prepaidCard();
    m_draft.save(m_form->complaint(), card ? card.value() : std::nullopt);
}

bool IntakeDialog::registerComplaint()
{
    const Complaint c = m_form->complaint();
    const QList<FieldError> problems = m_form->entryProblems() + validateComplaint(c, QDateTime::currentDateTime());
    m_form->showProblems(problems);
    if (!problems.isEmpty()) {
        if (QWidget *first = m_form->fieldWidget(problems.first().field))
            first->setFocus();
        return false;
    }

    const QString duplicateKey = c.consumer.phone + QLatin1Char('|') + c.business.name;
    auto duplicates = m_lookup.likelyDuplicates(c.consumer.phone, c.business.name, c.receivedAt);
    if (duplicates && !duplicates->isEmpty() && m_confirmedDuplicateKey != duplicateKey) {
        const CaseListRow &earlier = duplicates->first();
        setHint(m_duplicateHint, tr("Possible duplicate: %1 from the same complainant about the same business was "
                                    "registered on %2. Press Register again to register this one anyway.")
                                     .arg(earlier.caseNumber,
                                          QLocale().toString(earlier.receivedAt.date(), QLocale::ShortFormat)));
        m_confirmedDuplicateKey = duplicateKey;
        return false;
    }

    // The card is checked before the case is stored, so only storage can refuse it afterwards.
    auto card = m_form->prepaidCard();
    if (!card) {
        m_form->prepaidEditor()->showProblems(card.error().fieldErrors);
        return false;
    }
    if (card.value()) {
        if (auto valid = validatePrepaidCard(*card.value(), QDate::currentDate()); !valid) {
            m_form->prepaidEditor()->showProblems(valid.error().fieldErrors);
            return false;
        }
    }

    // The case and its card in one transaction: a card that cannot be stored leaves no case.
    auto stored = registerCases(m_db, {NewCase{c, card.value()}}, m_actor);
    if (!stored) {
        m_form->showProblems(stored.error().fieldErrors);
        if (card.value())
            m_form->prepaidEditor()->showProblems(stored.error().fieldErrors);
        if (stored.error().fieldErrors.isEmpty())
            m_notice->showError(stored.error().message);
        return false;
    }
    const Complaint *added = &stored->first();
    m_draftTimer.stop();
    m_draft.discard();
    emit registered(added->id, added->caseNumber);
    accept();
    return true;
}

void IntakeDialog::reject()
{
    // Closing keeps what was typed: the draft is there next time.
    if (m_draftTimer.isActive()) {
        m_draftTimer.stop();
        saveDraft();
    }
    QDialog::reject();
}

} // namespace casedesk
