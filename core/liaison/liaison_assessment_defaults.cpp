#include "liaison/liaison_assessment_defaults.h"

namespace casedesk {
namespace {

struct DefaultCriterion {
    const char *category;
    const char *name;
    int maxPoints;
};

// A council's sheet is Chinese text it prints and files, like the Chinese column names the
// imports read: not translated with the desk's language.
const DefaultCriterion kDefaultSheet[] = {
    {"组织建设", "统一挂牌，名称、标识规范醒目", 4},
    {"组织建设", "确定专职或兼职联络员，人员相对稳定", 4},
    {"组织建设", "维权职责、受理流程上墙公示", 4},
    {"组织建设", "设置投诉箱和公示栏，信息及时更新", 4},
    {"组织建设", "接受定人指导，按时参加消保委组织的培训", 4},
    {"制度台账", "建立咨询受理、现场调解、投诉转交等工作制度", 5},
    {"制度台账", "工作台账按月登记，内容真实完整", 6},
    {"制度台账", "投诉、调解记录规范，资料归档保存", 5},
    {"制度台账", "按时报送月度工作情况和统计数据", 4},
    {"受理调解", "消费咨询及时解答，答复准确", 6},
    {"受理调解", "消费纠纷现场调解，矛盾化解在基层", 8},
    {"受理调解", "不能现场解决的投诉及时转交，转交材料齐全", 6},
    {"受理调解", "落实首问责任、先行赔付、无理由退货等承诺", 6},
    {"受理调解", "及时报送无证经营、假冒伪劣等违法经营线索", 4},
    {"宣传培训", "定期开展消费维权宣传活动", 5},
    {"宣传培训", "发放宣传资料，宣传栏内容定期更换", 3},
    {"宣传培训", "组织消费者教育或经营者培训", 4},
    {"宣传培训", "“3·15”等重点时段开展主题活动", 3},
    {"社会评价", "消费者满意度测评结果良好", 6},
    {"社会评价", "辖区内未发生重大群体性消费纠纷", 5},
    {"社会评价", "工作经验被媒体报道或被上级部门推广", 4},
};

} // namespace

AssessmentSheet defaultAssessmentSheet(int year)
{
    AssessmentSheet sheet;
    sheet.year = year;
    for (const DefaultCriterion &c : kDefaultSheet) {
        const QString category = QString::fromUtf8(c.category);
        if (sheet.categories.isEmpty() || sheet.categories.last().name != category)
            sheet.categories.append({0, category, {}});
        sheet.categories.last().criteria.append({0, QString::fromUtf8(c.name), c.maxPoints});
    }
    return sheet;
}

QString defaultModelTitle() { return QStringLiteral("示范联络点"); }

} // namespace casedesk
