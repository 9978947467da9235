#include "server_connect_dialog.h"

#include "notice_bar.h"
#include "storage/server_url.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {
namespace {

// Hosts and names are typed by people: a stray space is not part of them.
QString typed(const QLineEdit *edit) { return edit->text().trimmed(); }

} // namespace

ServerConnectDialog::ServerConnectDialog(const QString &current, QWidget *parent)
    : QDialog(parent),
      m_saved(new QComboBox(this)),
      m_name(new QLineEdit(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_security(new QComboBox(this)),
      m_caFile(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Browse..."), this)),
      m_forget(new QPushButton(tr("&Forget This Connection"), this)),
      m_notice(new NoticeBar(this))
{
    setWindowTitle(tr("Connect to Server"));
    setMinimumWidth(520); // room for the encryption choices and a certificate's path
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("e.g. 10.0.0.5 or db.council.local"));
    m_database->setPlaceholderText(tr("e.g. casedesk"));
    m_name->setPlaceholderText(tr("e.g. Council office"));
    // What each libpq sslmode means to an office, in its words.
    m_security->addItem(tr("Encrypt if the server offers it"), QString());
    m_security->addItem(tr("Always encrypt"), QStringLiteral("require"));
    m_security->addItem(tr("Encrypt and check the server's certificate"), QStringLiteral("verify-ca"));
    m_security->addItem(tr("Encrypt and check the certificate and the server's name"), QStringLiteral("verify-full"));
    m_security->addItem(tr("Never encrypt (a test server only)"), QStringLiteral("disable"));
    m_caFile->setPlaceholderText(tr("The office's CA certificate (.pem, .crt)"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Saved connections:"), m_saved);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Your &user name:"), m_user);
    form->addRow(tr("&Encryption:"), m_security);
    form->addRow(tr("CA certi&ficate:"), caRow);
    auto *note = new QLabel(tr("Your CaseDesk user name and password are your sign-in to the server: the password is asked for when you connect and is never saved."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_forget, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString name = m_saved->itemData(index).toString();
        const QList<ServerProfile> profiles = ServerProfiles().all();
        const auto found = std::find_if(profiles.cbegin(), profiles.cend(),
                                        [&](const ServerProfile &p) { return p.name == name; });
        showProfile(found != profiles.cend() ? *found : ServerProfile{});
        m_forget->setEnabled(found != profiles.cend());
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::updateCaFile);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA Certificate"), QFileInfo(typed(m_caFile)).absolutePath(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(file));
    });
    connect(m_forget, &QPushButton::clicked, this, &ServerConnectDialog::forgetSelected);

    reloadSaved({});
    // The server this window is on, else the first saved connection.
    const QList<ServerProfile> profiles = ServerProfiles().all();
    if (auto now = ServerProfile::fromUrl(current)) {
        const auto saved = std::find_if(profiles.cbegin(), profiles.cend(),
                                        [&](const ServerProfile &p) { return p.url() == now->url(); });
        if (saved != profiles.cend()) {
            reloadSaved(saved->name);
            showProfile(*saved);
        } else {
            showProfile(*now);
        }
    } else if (!profiles.isEmpty()) {
        reloadSaved(profiles.first().name);
        showProfile(profiles.first());
    } else {
        showProfile({});
    }
    m_forget->setEnabled(!m_saved->currentData().toString().isEmpty());
}

void ServerConnectDialog::reloadSaved(const QString &select)
{
    m_saved->clear();
    m_saved->addItem(tr("(a new connection)"), QString());
    for (const ServerProfile &p : ServerProfiles().all())
        m_saved->addItem(p.name, p.name);
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(select)));
}

void ServerConnectDialog::showProfile(const ServerProfile &profile)
{
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_security->setCurrentIndex(std::max(0, m_security->findData(profile.sslMode)));
    m_caFile->setText(QDir::toNativeSeparators(profile.caFile));
    updateCaFile();
}

void ServerConnectDialog::updateCaFile()
{
    const bool checks = m_security->currentData().toString().startsWith(QLatin1String("verify"));
    m_caFile->setEnabled(checks);
    m_browse->setEnabled(checks);
}

ServerProfile ServerConnectDialog::typedProfile() const
{
    ServerProfile p;
    p.host = typed(m_host);
    p.port = m_port->value();
    p.database = typed(m_database);
    p.user = typed(m_user);
    p.sslMode = m_security->currentData().toString();
    if (p.sslMode.startsWith(QLatin1String("verify")))
        p.caFile = QDir::fromNativeSeparators(typed(m_caFile));
    p.name = typed(m_name).isEmpty() ? tr("%1 on %2").arg(p.database, p.host) : typed(m_name);
    return p;
}

void ServerConnectDialog::forgetSelected()
{
    const QString name = m_saved->currentData().toString();
    if (name.isEmpty())
        return;
    ServerProfiles().remove(name);
    reloadSaved({});
    showProfile({});
    m_forget->setEnabled(false);
    m_notice->showMessage(tr("The connection \"%1\" was forgotten on this desk.").arg(name), NoticeBar::Kind::Information);
}

void ServerConnectDialog::accept()
{
    const ServerProfile p = typedProfile();
    QString problem;
    if (p.host.isEmpty())
        problem = tr("Type the server's name or address.");
    else if (p.database.isEmpty())
        problem = tr("Type the name of the office's database on the server.");
    else if (p.sslMode.startsWith(QLatin1String("verify")) && p.caFile.isEmpty())
        problem = tr("Choose the office's CA certificate: the server's certificate is checked against it.");
    else if (p.sslMode.startsWith(QLatin1String("verify")) && !QFileInfo(p.caFile).isReadable())
        problem = tr("The CA certificate %1 cannot be read.").arg(QDir::toNativeSeparators(p.caFile));
    else if (auto parsed = ServerUrl::parse(p.url()); !parsed)
        problem = parsed.error().message;
    if (!problem.isEmpty()) {
        m_notice->showError(problem);
        return;
    }
    ServerProfiles().save(p);
    m_url = p.url();
    QDialog::accept();
}

} // namespace casedesk
