// libFuzzer target: the field validators (resident ID, credit code, phone, money, text).
// The first byte picks nothing: every validator sees every input, as UTF-8 and as Latin-1.

#include "domain/money.h"
#include "text/text_checks.h"
#include "validation/identifiers.h"

#include <cstddef>
#include <cstdint>

using namespace casedesk;

namespace {

void checkAll(const QString &text)
{
    (void)residentIdProblem(text);
    (void)birthDateOfResidentId(text);
    (void)creditCodeProblem(text);
    (void)phoneProblem(text);
    (void)isMobilePhone(text);
    (void)textProblem(text);
    (void)parseYuan(text);
    if (text.size() >= 17) {
        (void)residentIdCheckDigit(text.left(17));
        (void)creditCodeCheckCharacter(text.left(17));
    }
    if (auto fen = parseYuan(text))
        (void)formatYuan(*fen);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAll(QString::fromUtf8(bytes));
    checkAll(QString::fromLatin1(bytes));
    (void)decodeUtf8Strict(bytes);
    return 0;
}
