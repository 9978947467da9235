// libFuzzer target: the JSON case input of `casedesk-cli case add` and saved intake drafts.
// Any bytes: decoded strictly as UTF-8, parsed as JSON, read as one complaint or an array of
// them, validated, and written back. Must never crash, hang or read out of bounds.

#include "export/complaint_json.h"
#include "text/text_checks.h"
#include "validation/complaint_validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace casedesk;

namespace {

void readOne(const QJsonObject &object)
{
    auto complaint = complaintFromJson(object);
    if (!complaint)
        return;
    const QDateTime now(QDate(2026, 3, 20), QTime(12, 0), QTimeZone(8 * 3600));
    (void)validateComplaint(complaint.value(), now);
    const QJsonObject again = complaintToJson(complaint.value());
    (void)complaintFromJson(again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto text = decodeUtf8Strict(bytes);
    if (!text)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(text.value().toUtf8());
    if (document.isObject()) {
        readOne(document.object());
    } else if (document.isArray()) {
        for (const QJsonValue &value : document.array())
            readOne(value.toObject());
    }
    return 0;
}
