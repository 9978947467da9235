// libFuzzer target: the work-order readers (File > Import Work Orders, `casedesk-cli import`).
// Any bytes as a CSV; bytes that begin like a zip also as an Excel workbook, from a scratch file
// (minizip reads files).

#include "workorders/sheet_reader.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

using namespace casedesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)readCsvBytes(bytes);
    if (bytes.startsWith("PK")) {
        QTemporaryFile file;
        if (file.open()) {
            file.write(bytes);
            file.close();
            (void)readXlsxFile(file.fileName());
        }
    }
    return 0;
}
