#include "catch_qt.h"

#include "storage/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace casedesk;

TEST_CASE("sha256 gives Qt's digest for every length and the standard's examples", "[storage]")
{
    // FIPS 180-4's examples: one block, two blocks (the padding spills into a second), empty.
    CHECK(sha256("abc").toHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex() ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256(QByteArrayView()).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // Every length across the block and padding boundaries, and long inputs of random bytes.
    QRandomGenerator random(20261207);
    for (int length = 0; length < 1200; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        INFO("length " << length);
        REQUIRE(sha256(bytes) == QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }
    const QByteArray large(3'000'001, 'a');
    CHECK(sha256(large) == QCryptographicHash::hash(large, QCryptographicHash::Sha256));
}
