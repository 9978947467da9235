#include "letter_page.h"

#include "agreement_document.h"
#include "letter_document.h"
#include "mediation/mediation_papers.h"
#include "referral_document.h"

namespace casedesk {

Result<LetterPage> letterPage(const QSqlDatabase &db, const Letter &letter)
{
    if (!letter.page.isEmpty())
        return LetterPage{letter.page, letterPdfOptions(letter)};
    switch (letter.kind) {
    case LetterKind::Agreement: {
        auto paper = agreementPaper(db, letter.caseId);
        if (!paper)
            return paper.error();
        return LetterPage{agreementHtml(paper.value(), letter), agreementPdfOptions(paper.value(), letter)};
    }
    case LetterKind::Referral: {
        auto paper = referralPaper(db, letter.caseId);
        if (!paper)
            return paper.error();
        return LetterPage{referralHtml(paper.value(), letter), referralPdfOptions(paper.value(), letter)};
    }
    default: return LetterPage{letterHtml(letter), letterPdfOptions(letter)};
    }
}

LetterService::PageLayout letterPageLayout(const QSqlDatabase &db)
{
    return [db](const Letter &letter) -> Result<QString> {
        auto page = letterPage(db, letter);
        if (!page)
            return page.error();
        return page->html;
    };
}

Status writeLetterPagePdf(const QSqlDatabase &db, const Letter &letter, const QString &path)
{
    auto page = letterPage(db, letter);
    if (!page)
        return page.error();
    return writeHtmlPdf(page->html, path, page->options);
}

Status writeCaseLetterPdf(const QSqlDatabase &db, qint64 caseId, LetterKind kind, const QString &actor,
                          const QString &path)
{
    auto letter = LetterService(db).compose(caseId, kind, actor);
    if (!letter)
        return letter.error();
    return writeLetterPagePdf(db, letter.value(), path);
}

} // namespace casedesk
