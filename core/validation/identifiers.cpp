#include "validation/identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

const int kResidentIdWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
const char kResidentIdChecks[] = "10X98765432";

const int kCreditCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
const QLatin1String kCreditCodeAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");

} // namespace

QChar residentIdCheckDigit(const QString &first17)
{
    // Anything but 17 ASCII digits has no check digit (found by fuzzing: a non-digit's
    // digitValue() of -1 made the table index negative).
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += c.digitValue() * kResidentIdWeights[i];
    }
    return QLatin1Char(kResidentIdChecks[sum % 11]);
}

QDate birthDateOfResidentId(const QString &id)
{
    if (!residentIdProblem(id).isEmpty())
        return {};
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

QString residentIdProblem(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{17}[\\dXx]$"));
    if (id.size() != 18)
        return Msg::tr("A resident ID number has 18 characters; this one has %1.").arg(id.size());
    if (!shape.match(id).hasMatch())
        return Msg::tr("A resident ID number is 17 digits followed by a digit or X.");
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate())
        return Msg::tr("Characters 7 to 14 of the ID number are not a valid birth date.");
    if (residentIdCheckDigit(id.left(17)) != id.at(17).toUpper())
        return Msg::tr("The last character of the ID number does not match the others; please check it.");
    return {};
}

QChar creditCodeCheckCharacter(const QString &first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const auto index = kCreditCodeAlphabet.indexOf(first17.at(i));
        if (index < 0)
            return {}; // not a credit code character: no check character (as above)
        sum += int(index) * kCreditCodeWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditCodeAlphabet.at(check);
}

QString creditCodeProblem(const QString &code)
{
    if (code.size() != 18)
        return Msg::tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size());
    for (QChar c : code) {
        if (kCreditCodeAlphabet.indexOf(c) < 0)
            return Msg::tr("A unified social credit code uses only digits and capital letters other than "
                      "I, O, Z, S and V; \"%1\" is not allowed.")
                .arg(c);
    }
    if (creditCodeCheckCharacter(code.left(17)) != code.at(17))
        return Msg::tr("The last character of the credit code does not match the others; please check it.");
    return {};
}

bool isMobilePhone(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    return mobile.match(phone).hasMatch();
}

QString phoneProblem(const QString &phone)
{
    // Landline: optional 3-4 digit area code starting with 0, a 7-8 digit number, optional extension.
    static const QRegularExpression landline(
        QStringLiteral("^(?:0\\d{2,3}-?)?[2-9]\\d{6,7}(?:-\\d{1,6})?$"));
    if (phone.isEmpty())
        return Msg::tr("Enter the complainant's phone number.");
    if (isMobilePhone(phone) || landline.match(phone).hasMatch())
        return {};
    if (phone.startsWith(QLatin1Char('1')))
        return Msg::tr("A mobile number has 11 digits and starts with 13 to 19.");
    return Msg::tr("Enter a mobile number (11 digits) or a landline such as 021-62345678.");
}

} // namespace casedesk
