<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Liaison</name>
    <message>
        <source>Community / residents&apos; committee</source>
        <translation>社区/居委</translation>
    </message>
    <message>
        <source>Village committee</source>
        <translation>村委</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Supermarket</source>
        <translation>超市</translation>
    </message>
    <message>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Scenic spot</source>
        <translation>景区</translation>
    </message>
    <message>
        <source>E-commerce platform</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Office building</source>
        <translation>商务楼宇</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>尚未移送</translation>
    </message>
    <message>
        <source>Forwarded to the regulator</source>
        <translation>已移送监管部门</translation>
    </message>
    <message>
        <source>Confirmed and penalised</source>
        <translation>查实处罚</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未查实</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>其他结果</translation>
    </message>
</context>
<context>
    <name>LiaisonCharts</name>
    <message>
        <source>Consultations</source>
        <translation>解答咨询</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <source>Disputes settled on site</source>
        <translation>现场化解纠纷</translation>
    </message>
    <message>
        <source>Complaints transferred</source>
        <translation>转办投诉</translation>
    </message>
</context>
<context>
    <name>LiaisonReport</name>
    <message>
        <source>Work of the consumer-rights liaison points in %1: annual report</source>
        <translation>%1消费维权联络点工作年度报告</translation>
    </message>
    <message>
        <source>Work of the consumer-rights liaison points in %1: quarterly report</source>
        <translation>%1消费维权联络点工作情况报告</translation>
    </message>
    <message>
        <source>Street not recorded</source>
        <translation>未登记街道</translation>
    </message>
    <message>
        <source>The liaison-point report is for a quarter or a year that has begun, such as %1 or %2.</source>
        <translation>联络点工作报告按已开始的季度或年度编制，例如 %1 或 %2。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>In %1 the district had %2 active liaison points; none of them has filed a ledger for the period.</source>
        <translation>%1，全区共有正常运行的联络点%2个，本期均未报送台账。</translation>
    </message>
    <message>
        <source>In %1 the district had %2 active liaison points, %3 of which filed ledgers. The points answered %4 consultations, trained %5 people in %6 trainings, handed out %7 leaflets and settled %8 disputes on site, involving ¥%9.</source>
        <translation>%1，全区共有正常运行的联络点%2个，其中%3个报送了台账。各联络点共解答消费咨询%4人次，开展培训%6场、培训%5人次，发放宣传资料%7份，现场化解消费纠纷%8件，涉及金额%9元。</translation>
    </message>
    <message>
        <source>No complaint came to the council through a liaison point in the period.</source>
        <translation>本期未收到联络点转办的投诉。</translation>
    </message>
    <message>
        <source>The points transferred %1 complaints to the council. Of the %2 whose answer was due, %3 were answered within the deadline (on-time rate %4); %5 were answered late and %6 are overdue and still awaiting an answer.</source>
        <translation>各联络点向我会转办投诉%1件。已到答复期限的%2件中，%3件在期限内答复（按时答复率%4）；逾期答复%5件，逾期未答复%6件。</translation>
    </message>
    <message>
        <source>The most transfers came from %1 (%2).</source>
        <translation>转办投诉最多的是%1（%2件）。</translation>
    </message>
    <message>
        <source>%1 settled the most disputes on site: %2, involving ¥%3.</source>
        <translation>现场化解纠纷最多的是%1，共%2件，涉及金额%3元。</translation>
    </message>
    <message>
        <source>The points passed no lead on illegal business in the period.</source>
        <translation>本期各联络点未报送违法经营线索。</translation>
    </message>
    <message>
        <source>The points passed %1 leads on illegal business: %2 were confirmed and penalised, %3 were not confirmed, %4 are with the regulator, %5 are not forwarded yet and %6 ended otherwise.</source>
        <translation>各联络点报送违法经营线索%1条：查实处罚%2条，未查实%3条，已移送监管部门待反馈%4条，尚未移送%5条，其他结果%6条。</translation>
    </message>
    <message>
        <source>The assigned officials visited every active point at least once in the period.</source>
        <translation>各联络点的指导人员本期均至少走访一次。</translation>
    </message>
    <message>
        <source>%1 of the %2 active points had no visit from an official in the period (listed in the last table); their officials are asked to visit them early in the next period.</source>
        <translation>%2个正常运行的联络点中，有%1个本期未经指导人员走访（见末表），请相关指导人员于下期初安排走访。</translation>
    </message>
    <message>
        <source>Active points</source>
        <translation>正常运行联络点</translation>
    </message>
    <message>
        <source>Points with ledgers</source>
        <translation>报送台账联络点</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>解答咨询（人次）</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>发放资料（份）</translation>
    </message>
    <message>
        <source>Disputes settled on site</source>
        <translation>现场化解纠纷（件）</translation>
    </message>
    <message>
        <source>Amount settled (yuan)</source>
        <translation>化解金额（元）</translation>
    </message>
    <message>
        <source>Complaints transferred</source>
        <translation>转办投诉（件）</translation>
    </message>
    <message>
        <source>Active points: points whose status is active today. The ledger figures add up the monthly ledgers (台账) of the months in the period, whatever the point&apos;s status now; complaints transferred: complaints received in the period that name the point.</source>
        <translation>正常运行：报告生成之日状态为“正常”的联络点。台账数据为本期各月月度台账之和，不论联络点目前状态；转办投诉：本期受理且注明该联络点的投诉。</translation>
    </message>
    <message>
        <source>No liaison point was active, filed a ledger or transferred a complaint in the period.</source>
        <translation>本期没有正常运行、报送台账或转办投诉的联络点。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>3. The points that transferred the most complaints</source>
        <translation>三、转办投诉最多的联络点</translation>
    </message>
    <message>
        <source>Most transfers</source>
        <translation>转办最多</translation>
    </message>
    <message>
        <source>Complaints received in the period that name the point; at most %1 points.</source>
        <translation>本期受理且注明该联络点的投诉；最多列%1个联络点。</translation>
    </message>
    <message>
        <source>No point transferred a complaint in the period.</source>
        <translation>本期没有联络点转办投诉。</translation>
    </message>
    <message>
        <source>4. The points that settled the most disputes on site</source>
        <translation>四、现场化解纠纷最多的联络点</translation>
    </message>
    <message>
        <source>Most settlements</source>
        <translation>化解最多</translation>
    </message>
    <message>
        <source>Disputes settled on site as the points&apos; ledgers record them; at most %1 points.</source>
        <translation>现场化解纠纷以联络点台账记录为准；最多列%1个联络点。</translation>
    </message>
    <message>
        <source>No point recorded a dispute settled on site in the period.</source>
        <translation>本期没有联络点记录现场化解纠纷。</translation>
    </message>
    <message>
        <source>5. Transferred complaints answered on time</source>
        <translation>五、转办投诉按时答复情况</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Answered within the deadline</source>
        <translation>期限内答复</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>Awaiting, within the deadline</source>
        <translation>未答复（未到期）</translation>
    </message>
    <message>
        <source>Awaiting, overdue</source>
        <translation>未答复（已逾期）</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无答复时限</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时答复率</translation>
    </message>
    <message>
        <source>A transferred complaint is answered when it is closed, refused or returned. The deadline is the rules&apos; &quot;answer the liaison point&quot; limit (5 working days from receipt unless the rule set in force on the complaint&apos;s received day says otherwise), counted on the council&apos;s working calendar. On-time rate: answered within the deadline ÷ (answered + overdue and still awaiting).</source>
        <translation>转办投诉办结、不予受理或退回即视为已答复。答复时限为规则中的“答复联络点”时限（除投诉受理日适用的规则另有规定外，自受理之日起5个工作日），按本会工作日历计算。按时答复率＝期限内答复 ÷（已答复＋逾期未答复）。</translation>
    </message>
    <message>
        <source>6. Leads on illegal business and their outcomes</source>
        <translation>六、违法经营线索及处理结果</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索（条）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Leads (线索) the points passed on that the council received in the period, by where they stand today.</source>
        <translation>本期收到的联络点报送线索，按目前处理结果统计。</translation>
    </message>
    <message>
        <source>7. Active points not visited in the period</source>
        <translation>七、本期未走访的联络点</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <source>Assigned official</source>
        <translation>指导人员</translation>
    </message>
    <message>
        <source>Points active today with no visit of an official (定人指导) dated in the period.</source>
        <translation>报告生成之日正常运行、本期没有指导人员（定人指导）走访记录的联络点。</translation>
    </message>
    <message>
        <source>The officials visited every active point in the period.</source>
        <translation>本期指导人员走访了全部正常运行的联络点。</translation>
    </message>
    <message>
        <source>None assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>1. The points&apos; work by type</source>
        <translation>一、按联络点类型统计</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Type of point</source>
        <translation>联络点类型</translation>
    </message>
    <message>
        <source>2. The points&apos; work by street</source>
        <translation>二、按街道统计</translation>
    </message>
    <message>
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <source>The report has no table &quot;%1&quot;; its tables are %2.</source>
        <translation>报告中没有表格“%1”；可选表格：%2。</translation>
    </message>
</context>
<context>
    <name>LiaisonReportDocument</name>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>季度报告</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1至%2</translation>
    </message>
    <message>
        <source>%1 · prepared %2</source>
        <translation>%1 · %2编制</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
    <message>
        <source>Approved for release (signature): ____________________      Date: ____________</source>
        <translation>签发（签名）：____________________      日期：____________</translation>
    </message>
</context>
<context>
    <name>LiaisonReportPreview</name>
    <message>
        <source>Liaison-Point Report</source>
        <translation>联络点工作报告</translation>
    </message>
    <message>
        <source>Counting the liaison points&apos; figures...</source>
        <translation>正在统计联络点数据……</translation>
    </message>
    <message>
        <source>Report Analysis</source>
        <translation>报告分析</translation>
    </message>
    <message>
        <source>This analysis opens the report, above the line the director signs. It was written from the report&apos;s figures; reword it if you wish (leave a blank line between paragraphs). The tables are not changed.</source>
        <translation>这段分析位于报告开头、签发栏之上，根据报告数据自动生成；可按需修改（段落之间空一行）。表格不会改变。</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Report as Excel</source>
        <translation>报告另存为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Report Tables as CSV (one file per table, named after the one given)</source>
        <translation>报告表格另存为 CSV（每表一个文件，以所给文件名命名）</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
</context>
<context>
    <name>casedesk::DashboardWindow</name>
    <message>
        <source>Liaison Points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>The liaison points (联络点) of the quarter or year shown: charts by type and by street, and the quarterly or annual report</source>
        <translation>所示季度或年度的联络点：按类型、按街道的图表，以及季度或年度工作报告</translation>
    </message>
    <message>
        <source>Charts by Type and Street...</source>
        <translation>按类型和街道的图表...</translation>
    </message>
    <message>
        <source>Report Print Preview...</source>
        <translation>报告打印预览...</translation>
    </message>
    <message>
        <source>Save Report PDF...</source>
        <translation>报告另存为 PDF...</translation>
    </message>
    <message>
        <source>Save Report Excel Workbook...</source>
        <translation>报告另存为 Excel 工作簿...</translation>
    </message>
    <message>
        <source>Save Report CSV Files...</source>
        <translation>报告另存为 CSV 文件...</translation>
    </message>
</context>
<context>
    <name>casedesk::LiaisonPointsPage</name>
    <message>
        <source>Liaison Points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <source>The liaison-point report of the period shown</source>
        <translation>所示期间的联络点工作报告</translation>
    </message>
    <message>
        <source>Print Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <source>Save PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>Save Excel Workbook...</source>
        <translation>另存为 Excel 工作簿...</translation>
    </message>
    <message>
        <source>Save CSV Files...</source>
        <translation>另存为 CSV 文件...</translation>
    </message>
    <message>
        <source>%1: %2 active points, %3 with ledgers; %4 consultations, %5 people trained, %6 leaflets, %7 disputes settled on site (¥%8); %9 complaints transferred, %10 answered within the deadline; %11 leads; %12 active points not visited.</source>
        <translation>%1：正常运行联络点%2个，报送台账%3个；解答咨询%4人次，培训%5人次，发放资料%6份，现场化解纠纷%7件（%8元）；转办投诉%9件，期限内答复%10件；线索%11条；未走访联络点%12个。</translation>
    </message>
    <message>
        <source>By type of point, %1</source>
        <translation>按联络点类型（%1）</translation>
    </message>
    <message>
        <source>By street, %1</source>
        <translation>按街道（%1）</translation>
    </message>
</context>
</TS>
