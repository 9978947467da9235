#include "storage/case_search.h"

#include "storage/sql_helpers.h"

namespace casedesk {

namespace {

// Above this many (estimated) matching cases, a page is found faster by walking the list's
// sort order with LIKE: with 1% of cases matching, 200 rows come after about 20,000 cases.
constexpr qint64 kScanAbove = 10000;
// A count over more prefix terms than this reads every case with LIKE instead.
constexpr int kMaxPrefixTerms = 3000;

// FTS5 query syntax: a double-quoted string is one phrase, taken literally (quotes doubled),
// so operators, parentheses or asterisks in what the caseworker typed mean nothing special.
QString ftsPhrase(const QString &text)
{
    QString inner = text;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

TextCondition likeCondition(const QString &text)
{
    const QString columns[] = {QStringLiteral("c.case_number"), QStringLiteral("p.name"), QStringLiteral("p.phone"),
                               QStringLiteral("b.name"),        QStringLiteral("c.demand"), QStringLiteral("c.facts")};
    TextCondition condition;
    QStringList any;
    for (const QString &column : columns) {
        any << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        condition.values << QLatin1Char('%') + escapeLike(text) + QLatin1Char('%');
    }
    condition.sql = QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    condition.needsPartyJoin = true;
    return condition;
}

TextCondition indexCondition(const QString &match)
{
    return {QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"), {match}, false};
}

TextCondition nothing() { return {QStringLiteral("1 = 0"), {}, false}; }

// The trigrams of `folded` (already lower case), each once, in order.
QStringList trigramsOf(const QString &folded)
{
    const QList<uint> points = folded.toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString gram = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
        if (!grams.contains(gram))
            grams << gram;
    }
    return grams;
}

} // namespace

Result<TextCondition> caseTextCondition(const QSqlDatabase &db, const QString &text, TextUse use)
{
    // The trigram tokenizer folds case the same way for ASCII and most alphabets.
    const QString folded = text.toLower();
    if (folded.toUcs4().size() >= 3) {
        // No case holds more matches than its rarest trigram's count.
        qint64 estimate = -1;
        for (const QString &gram : trigramsOf(folded)) {
            auto count = queryScalar(db, QStringLiteral("SELECT doc FROM case_search_vocab WHERE term = ?"), {gram});
            if (!count)
                return count.error();
            if (count->isNull())
                return nothing(); // a trigram no case has
            estimate = estimate < 0 ? count->toLongLong() : std::min(estimate, count->toLongLong());
        }
        if (use == TextUse::Page && estimate > kScanAbove)
            return likeCondition(text);
        return indexCondition(ftsPhrase(text));
    }

    // One or two characters: the trigrams that begin with them.
    auto terms = runQuery(db, QStringLiteral("SELECT term, doc FROM case_search_vocab WHERE term >= ? AND term < ? || char(1114111)"),
                          {folded, folded});
    if (!terms)
        return terms.error();
    QStringList phrases;
    qint64 estimate = 0;
    while (terms->next()) {
        phrases << ftsPhrase(terms->value(0).toString());
        estimate += terms->value(1).toLongLong();
    }
    if (phrases.isEmpty())
        return nothing();
    if ((use == TextUse::Page && estimate > kScanAbove) || phrases.size() > kMaxPrefixTerms)
        return likeCondition(text);
    return indexCondition(phrases.join(QStringLiteral(" OR ")));
}

Status SearchIndexPause::pause()
{
    auto triggers = runQuery(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                                  "AND name LIKE 'case\\_search\\_%' ESCAPE '\\' ORDER BY name"));
    if (!triggers)
        return triggers.error();
    QStringList names;
    while (triggers->next()) {
        names << triggers->value(0).toString();
        m_triggers << triggers->value(1).toString();
    }
    triggers->finish();
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = runQuery(m_db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !dropped)
            return dropped.error();
    }
    return {};
}

Status SearchIndexPause::resume()
{
    if (m_triggers.isEmpty())
        return {};
    if (auto rebuilt = runQuery(m_db, QStringLiteral("INSERT INTO case_search(case_search) VALUES ('rebuild')"));
        !rebuilt)
        return rebuilt.error();
    for (const QString &sql : std::as_const(m_triggers)) {
        if (auto created = runQuery(m_db, sql); !created)
            return created.error();
    }
    m_triggers.clear();
    return {};
}

} // namespace casedesk
