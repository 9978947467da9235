#include "catch_qt.h"
#include "test_support.h"

#include "notice_bar.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "workorders/import_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("Import Work Orders...: a download read, its columns shown and changed, its valid rows registered",
          "[ui][import]")
{
    TestDatabase db;
    const QString worker = QStringLiteral("李敏");
    REQUIRE(UserRepository(db.connection()).add(worker, Role::Caseworker).ok());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("12315.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("登记编号,登记时间,投诉人,联系电话,投诉人地址,被投诉人,被投诉对象地址,投诉内容,诉求,涉案金额,客户备注\r\n"
                              "T1,2026-03-01 09:30,张三,13812340001,长宁区1号,上海甲超市,长宁区2号,牛奶过期。,退一赔十,59.5,急\r\n"
                              "T2,2026-03-02 10:00,李四,13812340002,长宁区3号,上海乙商店,长宁区4号,少找零钱。,,10,\r\n")
                   .toUtf8());
    file.close();

    ImportDialog dialog(db.connection(), worker);
    dialog.sourceBox()->setCurrentIndex(dialog.sourceBox()->findData(QStringLiteral("12315")));
    dialog.fileEdit()->setText(csv);
    REQUIRE(dialog.readFile());
    REQUIRE(dialog.plan().has_value());
    CHECK(dialog.previewTable()->rowCount() == 2);
    CHECK(dialog.previewTable()->item(0, 3)->text() == QStringLiteral("张*")); // names masked in the preview
    CHECK(dialog.previewTable()->item(1, 6)->text().contains(QStringLiteral("asks for"))); // no demand
    CHECK(dialog.columnTable()->rowCount() == 11);
    auto *remark = qobject_cast<QComboBox *>(dialog.columnTable()->cellWidget(10, 1));
    REQUIRE(remark);
    CHECK(remark->currentData().toString().isEmpty()); // 客户备注: not recognised

    // The user takes 客户备注 as the demand: the rows read are taken again (the file is not read
    // again: gone from the disk, it still is) and the second row still lacks one.
    const QString sha256 = dialog.plan()->sha256;
    REQUIRE(QFile::rename(csv, csv + QStringLiteral(".moved")));
    remark->setCurrentIndex(remark->findData(QStringLiteral("demand")));
    QCoreApplication::processEvents(); // the rows are taken again after the box's signal
    REQUIRE(dialog.plan().has_value());
    CHECK(dialog.plan()->sha256 == sha256);
    CHECK(dialog.plan()->rows.at(0).complaint.demand == QStringLiteral("急"));
    CHECK(dialog.plan()->validCount() == 1);

    auto *demand = qobject_cast<QComboBox *>(dialog.columnTable()->cellWidget(8, 1));
    REQUIRE(demand);
    CHECK(demand->currentData().toString().isEmpty()); // 诉求 gave way to the user's choice
    demand->setCurrentIndex(demand->findData(QStringLiteral("demand"))); // back to the file's own demand column
    QCoreApplication::processEvents();
    CHECK(remark->currentData().toString().isEmpty());
    CHECK(dialog.plan()->rows.at(0).complaint.demand == QStringLiteral("退一赔十"));
    REQUIRE(dialog.plan().has_value());
    REQUIRE(QFile::rename(csv + QStringLiteral(".moved"), csv));
    dialog.allOrNothingButton()->setChecked(true);
    CHECK_FALSE(dialog.importRows());
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 0);

    dialog.validRowsButton()->setChecked(true);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    const bool done = dialog.importRows();
    INFO(dialog.notice()->text().toStdString());
    REQUIRE(done);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().at(0).toInt() == 1);
    CHECK(rowCount(db.connection(), QStringLiteral("complaints")) == 1);

    // A file that is not one: the problem is shown, nothing is offered for import.
    const QString bad = dir.filePath(QStringLiteral("bad.xlsx"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write("not a workbook");
    badFile.close();
    dialog.fileEdit()->setText(bad);
    CHECK_FALSE(dialog.readFile());
    CHECK(dialog.notice()->kind() == NoticeBar::Kind::Error);
    CHECK_FALSE(dialog.importButton()->isEnabled());
}
