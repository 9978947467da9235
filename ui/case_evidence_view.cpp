#include "case_evidence_view.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace casedesk {
namespace {

constexpr int kPreviewSize = 240;
// Enough of the hash to compare by eye with a copy; the tooltip has all of it.
constexpr int kShortHashLength = 12;

} // namespace

CaseEvidenceView::CaseEvidenceView(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_attach(new QPushButton(tr("Attach Files..."), this)),
      m_open(new QPushButton(tr("Open"), this)), m_save(new QPushButton(tr("Save a Copy..."), this)),
      m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("caseEvidenceView"));
    m_table->setObjectName(QStringLiteral("evidenceTableWidget"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_open->setObjectName(QStringLiteral("openEvidenceButton"));
    m_save->setObjectName(QStringLiteral("saveEvidenceButton"));
    m_preview->setObjectName(QStringLiteral("evidencePreviewLabel"));

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Type"), tr("Size"), tr("Added"), tr("By"), tr("SHA-256")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumHeight(kPreviewSize / 2);
    m_preview->setWordWrap(true);
    m_preview->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_preview);

    connect(m_attach, &QPushButton::clicked, this, &CaseEvidenceView::askToAttach);
    connect(m_open, &QPushButton::clicked, this, &CaseEvidenceView::openSelected);
    connect(m_save, &QPushButton::clicked, this, &CaseEvidenceView::saveSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        showPreview();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CaseEvidenceView::openSelected);
    updateButtons();
}

CaseEvidenceView::~CaseEvidenceView() = default;

void CaseEvidenceView::setCase(QSqlDatabase db, qint64 caseId)
{
    m_db = std::move(db);
    m_caseId = caseId;
    reload();
}

void CaseEvidenceView::setActor(const QString &actor)
{
    m_actor = actor;
    updateButtons();
}

void CaseEvidenceView::reload()
{
    m_items.clear();
    m_table->setRowCount(0);
    QString failed;
    if (m_caseId != 0 && m_db.isValid()) {
        auto items = EvidenceRepository(m_db).list(m_caseId);
        if (items)
            m_items = items.value();
        else
            failed = items.error().message;
    }
    m_table->setRowCount(int(m_items.size()));
    const QLocale locale;
    for (int row = 0; row < m_items.size(); ++row) {
        const EvidenceItem &e = m_items.at(row);
        const QStringList cells = {e.fileName,
                                   e.mediaType,
                                   locale.formattedDataSize(e.sizeBytes),
                                   locale.toString(e.addedAt, QStringLiteral("yyyy-MM-dd HH:mm")),
                                   e.addedBy,
                                   e.sha256.left(kShortHashLength)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == 5 ? e.sha256 : cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    showPreview();
    // In the pane rather than a dialog: switching cases should never pop a window up.
    if (!failed.isEmpty()) {
        const QString text = tr("The evidence files could not be loaded: %1").arg(failed);
        m_preview->setText(text);
        m_preview->show();
        emit problem(text);
    }
}

void CaseEvidenceView::updateButtons()
{
    m_attach->setEnabled(m_caseId != 0 && m_db.isValid() && !m_actor.isEmpty());
    m_attach->setToolTip(m_actor.isEmpty() ? tr("Choose who you are (File > Switch User) to attach files.")
                                           : QString());
    const bool selected = selectedItem() != nullptr;
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
}

const EvidenceItem *CaseEvidenceView::selectedItem() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || !m_table->selectionModel()->isRowSelected(row, {}))
        return nullptr;
    return &m_items.at(row);
}

void CaseEvidenceView::showPreview()
{
    const EvidenceItem *item = selectedItem();
    if (!item || !item->isImage()) {
        m_preview->clear();
        m_preview->hide();
        return;
    }
    m_preview->show();
    // Shown in the label rather than a dialog: selecting a row should never pop a window up.
    auto bytes = EvidenceRepository(m_db).content(item->id);
    if (!bytes) {
        m_preview->setText(bytes.error().message);
        return;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(bytes.value())) {
        m_preview->setText(tr("This picture cannot be shown here; open it instead."));
        return;
    }
    m_preview->setPixmap(
        pixmap.scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

QStringList CaseEvidenceView::attachFiles(const QStringList &paths)
{
    QStringList problems;
    bool added = false;
    EvidenceRepository repository(m_db);
    for (const QString &path : paths) {
        auto item = repository.addFile(m_caseId, path, QString(), m_actor);
        if (item)
            added = true;
        else
            problems << item.error().message;
    }
    if (added) {
        reload();
        emit evidenceAdded(m_caseId);
    }
    return problems;
}

void CaseEvidenceView::askToAttach()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files"), QString(),
        tr("Receipts, contracts, photos and screenshots (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.pdf *.txt *.doc "
           "*.docx *.xls *.xlsx *.mp3 *.m4a *.amr *.mp4);;All files (*)"));
    if (paths.isEmpty())
        return;
    const QStringList problems = attachFiles(paths);
    if (!problems.isEmpty())
        emit problem(problems.join(QLatin1Char('\n')));
}

void CaseEvidenceView::openSelected()
{
    const EvidenceItem *item = selectedItem();
    if (!item)
        return;
    auto bytes = EvidenceRepository(m_db).content(item->id);
    if (!bytes) {
        emit problem(bytes.error().message);
        return;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // One folder per evidence id: the file keeps its own name (the viewer shows it) and two
    // files of the same name do not overwrite each other.
    const QString folder = m_openedFiles->filePath(QString::number(item->id));
    const QString path = QDir(folder).filePath(item->fileName);
    QSaveFile file(path);
    if (!m_openedFiles->isValid() || !QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes.value()) != bytes->size() || !file.commit()) {
        emit problem(tr("%1 could not be written to a temporary folder: %2").arg(item->fileName, file.errorString()));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit problem(
            tr("No program on this computer opens %1. Save a copy and open it from there.").arg(item->fileName));
}

void CaseEvidenceView::saveSelected()
{
    const EvidenceItem *item = selectedItem();
    if (!item)
        return;
    // Checked before asking where to save, so a changed file is never copied out.
    auto bytes = EvidenceRepository(m_db).content(item->id);
    if (!bytes) {
        emit problem(bytes.error().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), item->fileName);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        emit problem(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace casedesk
