#include "filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace casedesk {
namespace {

// A date edit whose lowest date reads "any": QDateEdit has no empty state of its own.
const QDate kNoDate(2000, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(FilterBar::tr("Any"));
    edit->setDate(kNoDate);
    return edit;
}

QDate dateOrNull(const QDateEdit *edit) { return edit->date() == kNoDate ? QDate() : edit->date(); }

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_category(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_from(makeDateEdit(this)), m_to(makeDateEdit(this)), m_search(new QLineEdit(this)),
      m_mine(new QCheckBox(tr("My cases"), this)), m_scope(new QPushButton(this)),
      m_clear(new QPushButton(tr("Clear filters"), this))
{
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_channel->setObjectName(QStringLiteral("channelComboBox"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_mine->setObjectName(QStringLiteral("myCasesCheckBox"));
    m_mine->setEnabled(false);
    m_scope->setObjectName(QStringLiteral("scopeButton"));
    m_scope->setToolTip(tr("Only the cases the dashboard's chart counted. Click to show every district and "
                           "caseworker."));
    m_scope->hide();

    m_status->addItem(tr("All statuses"));
    for (CaseStatus status : allStatuses())
        m_status->addItem(labelOf(status), codeOf(status));
    m_channel->addItem(tr("All channels"));
    for (Channel channel : allChannels())
        m_channel->addItem(labelOf(channel), codeOf(channel));
    setCategories({});

    m_search->setPlaceholderText(tr("Search number, name, phone, business, text"));
    m_search->setToolTip(tr("Finds any part of the case number, complainant, phone, business, demand or facts"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    // Combo boxes keep a modest width; their lists still show the full labels.
    for (QComboBox *box : {m_status, m_category, m_channel}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_category);
    layout->addWidget(m_channel);
    auto *receivedLabel = new QLabel(tr("Received"), this);
    layout->addWidget(receivedLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_mine);
    layout->addWidget(m_scope);
    layout->addWidget(m_clear);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(250);
    connect(&m_typingPause, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::emitChanged);
    for (QComboBox *box : {m_status, m_category, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::emitChanged);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        if (mine) { // my cases, not the other caseworker's any more
            m_otherAssignee.clear();
            showScope();
        }
        emitChanged();
    });
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_scope, &QPushButton::clicked, this, [this] {
        m_district.clear();
        m_otherAssignee.clear();
        showScope();
        emitChanged();
    });
}

void FilterBar::showScope()
{
    QStringList parts;
    if (!m_district.isEmpty())
        parts << tr("District: %1").arg(m_district);
    if (!m_otherAssignee.isEmpty())
        parts << tr("Caseworker: %1").arg(m_otherAssignee);
    m_scope->setText(parts.join(tr(", ")) + QStringLiteral("  ✕"));
    m_scope->setVisible(!parts.isEmpty());
}

void FilterBar::setCategories(const QList<Category> &categories)
{
    const QSignalBlocker blocker(m_category);
    const QVariant current = m_category->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"));
    for (const Category &category : categories)
        m_category->addItem(categoryLabel(category), category.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void FilterBar::setCurrentUser(const QString &name)
{
    m_currentUser = name;
    m_mine->setEnabled(!name.isEmpty());
    m_mine->setToolTip(name.isEmpty() ? tr("Choose who you are first (File > Switch User)")
                                      : tr("Only cases assigned to %1").arg(name));
    if (m_mine->isChecked())
        emitChanged();
}

CaseFilter FilterBar::filter() const
{
    CaseFilter filter;
    if (m_status->currentIndex() > 0)
        filter.status = statusFromCode(m_status->currentData().toString());
    if (m_category->currentIndex() > 0)
        filter.categoryId = m_category->currentData().toLongLong();
    if (m_channel->currentIndex() > 0)
        filter.channel = channelFromCode(m_channel->currentData().toString());
    filter.receivedFrom = dateOrNull(m_from);
    filter.receivedTo = dateOrNull(m_to);
    filter.text = m_search->text().trimmed();
    if (m_mine->isChecked())
        filter.assignee = m_currentUser;
    else
        filter.assignee = m_otherAssignee;
    filter.district = m_district;
    return filter;
}

void FilterBar::clear() { searchFor({}); }

void FilterBar::searchFor(const QString &text)
{
    {
        const QSignalBlocker a(m_status), b(m_category), c(m_channel), d(m_from), e(m_to), f(m_search), g(m_mine);
        m_status->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_from->setDate(kNoDate);
        m_to->setDate(kNoDate);
        m_search->setText(text);
        m_mine->setChecked(false);
    }
    m_district.clear();
    m_otherAssignee.clear();
    showScope();
    emitChanged();
}

void FilterBar::setFilter(const CaseFilter &filter)
{
    {
        const QSignalBlocker a(m_status), b(m_category), c(m_channel), d(m_from), e(m_to), f(m_search), g(m_mine);
        m_status->setCurrentIndex(filter.status ? std::max(0, m_status->findData(codeOf(*filter.status))) : 0);
        m_category->setCurrentIndex(filter.categoryId ? std::max(0, m_category->findData(*filter.categoryId)) : 0);
        m_channel->setCurrentIndex(filter.channel ? std::max(0, m_channel->findData(codeOf(*filter.channel))) : 0);
        m_from->setDate(filter.receivedFrom.isValid() ? filter.receivedFrom : kNoDate);
        m_to->setDate(filter.receivedTo.isValid() ? filter.receivedTo : kNoDate);
        m_search->setText(filter.text);
        m_mine->setChecked(!filter.assignee.isEmpty() && filter.assignee == m_currentUser);
    }
    m_district = filter.district;
    m_otherAssignee = filter.assignee == m_currentUser ? QString() : filter.assignee;
    showScope();
    emitChanged();
}

void FilterBar::emitChanged()
{
    m_typingPause.stop();
    emit filterChanged(filter());
}

} // namespace casedesk
