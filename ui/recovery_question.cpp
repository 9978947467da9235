#include "recovery_question.h"

#include "recovered/recovered_ledger.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(RecoveryQuestion)
};

} // namespace

bool askRecoveryQuestion(QWidget *parent, const Error &error, RecoveryDecision &decision)
{
    if (asksSameMoney(error) && decision.overlap == RecoveryDecision::Overlap::Ask) {
        QMessageBox box(QMessageBox::Question, Msg::tr("Money Recovered"), error.message, QMessageBox::Cancel, parent);
        QPushButton *same = box.addButton(Msg::tr("Same Money"), QMessageBox::YesRole);
        QPushButton *separate = box.addButton(Msg::tr("Separate Money"), QMessageBox::NoRole);
        box.setDefaultButton(same);
        box.exec();
        if (box.clickedButton() == same)
            decision.overlap = RecoveryDecision::Overlap::SameMoney;
        else if (box.clickedButton() == separate)
            decision.overlap = RecoveryDecision::Overlap::Separate;
        else
            return false;
        return true;
    }
    if (asksAboveAmount(error) && !decision.aboveAmountConfirmed) {
        QMessageBox box(QMessageBox::Warning, Msg::tr("Money Recovered"), error.message, QMessageBox::Cancel, parent);
        QPushButton *confirm = box.addButton(Msg::tr("It Is Right"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != confirm)
            return false;
        decision.aboveAmountConfirmed = true;
        return true;
    }
    return false;
}

} // namespace casedesk
