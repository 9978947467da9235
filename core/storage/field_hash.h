#pragma once

#include "storage/sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>

namespace casedesk {

// The canonical form the audit chain and the case state stamps hash: each field as
// "<byte length>:<UTF-8 bytes>;", so no choice of values can make two different records
// serialise alike. The fields are gathered in one buffer and hashed once instead of piece by
// piece (four calls and a UTF-8 copy per field, a few per cent of writing the demo's cases).
class FieldHasher {
public:
    FieldHasher() { m_buffer.reserve(2048); }

    void add(QByteArrayView bytes)
    {
        appendLength(bytes.size());
        m_buffer.append(bytes.data(), bytes.size());
        m_buffer.append(';');
    }
    void add(const QString &text)
    {
        if (!text.isValidUtf16()) { // a broken surrogate: exactly as QString::toUtf8() writes it
            add(QByteArrayView(text.toUtf8()));
            return;
        }
        if (m_scratch.size() < text.size() * 3)
            m_scratch.resize(text.size() * 3);
        QStringEncoder encoder(QStringEncoder::Utf8);
        const char *end = encoder.appendToBuffer(m_scratch.data(), text);
        add(QByteArrayView(m_scratch.constData(), end - m_scratch.constData()));
    }
    QByteArray sha256() const { return casedesk::sha256(m_buffer); }

private:
    // `value` in decimal at `out`; gives the number of digits.
    static int writeNumber(char *out, qsizetype value)
    {
        char reversed[24];
        int n = 0;
        do {
            reversed[n++] = char('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = 0; i < n; ++i)
            out[i] = reversed[n - 1 - i];
        return n;
    }
    void appendLength(qsizetype length)
    {
        char digits[24];
        m_buffer.append(digits, writeNumber(digits, length));
        m_buffer.append(':');
    }

    QByteArray m_buffer;
    QByteArray m_scratch; // a text field in UTF-8, reused
};

} // namespace casedesk
