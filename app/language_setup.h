#pragma once

#include <QString>

namespace casedesk {

// "zh_CN" when the saved choice says so, or when nothing is saved and LANGUAGE, else the
// system locale, is Chinese or names no language at all (C, POSIX, C.UTF-8); otherwise "en"
// (the source language).
QString chooseLanguage(const QString &saved);

// Installs CaseDesk's and Qt's own translations for `language` (replacing any installed
// before) and makes it the default locale for number and date formats.
void installLanguage(const QString &language);

} // namespace casedesk
