<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="50" />
        <source>Entry %1 of "days" is not an object with name, date and isOffDay.</source>
        <translation>“days”中的第 %1 项不是包含 name、date 和 isOffDay 的对象。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="56" />
        <source>Entry %1 of "days" has no name.</source>
        <translation>“days”中的第 %1 项缺少 name。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="58" />
        <source>Entry %1 of "days": %2</source>
        <translation>“days”中的第 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="60" />
        <source>Entry %1 of "days" has no isOffDay true or false.</source>
        <translation>“days”中的第 %1 项缺少 isOffDay（应为 true 或 false）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="67" />
        <source>Entry %1 of "days": "%2" is not a date in the form YYYY-MM-DD.</source>
        <translation>“days”中的第 %1 项：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="72" />
        <source>Entry %1 of "days": %2 is not in the file's year %3.</source>
        <translation>“days”中的第 %1 项：%2 不在本文件所属的 %3 年内。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="86" />
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="90" />
        <source>The file is not a holiday schedule: expected a JSON object with year and days.</source>
        <translation>该文件不是节假日安排：应为包含 year 和 days 的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="97" />
        <source>The file has no valid "year" (a whole number such as 2026).</source>
        <translation>文件中没有有效的“year”（应为整数年份，如 2026）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="99" />
        <source>The file is the schedule of %1, not of %2.</source>
        <translation>该文件是 %1 年的节假日安排，不是 %2 年的。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="105" />
        <location filename="../core/calendar/holiday_schedule.cpp" line="108" />
        <source>"papers" must be a list of the notice's addresses.</source>
        <translation>“papers”应为通知原文网址的列表。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="115" />
        <source>The file has no "days" list.</source>
        <translation>文件中没有“days”列表。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="118" />
        <source>The schedule of %1 lists no days; every year has public holidays.</source>
        <translation>%1 年的节假日安排中没有任何日期，但每年都有法定节假日。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="126" />
        <source>Entry %1 of "days": %2 is listed twice.</source>
        <translation>“days”中的第 %1 项：%2 重复列出。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="137" />
        <source>The file "%1" cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="139" />
        <source>The file "%1" is too large to be a holiday schedule.</source>
        <translation>文件“%1”过大，不可能是节假日安排。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="142" />
        <source>"%1": %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="163" />
        <source>No holiday schedule of %1 ships with this version.</source>
        <translation>本版本未附带 %1 年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="168" />
        <source>The shipped holiday schedule of %1 is damaged: %2</source>
        <translation>本版本附带的 %1 年节假日安排已损坏：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="181" />
        <location filename="../core/storage/calendar_repository.cpp" line="202" />
        <source>Give a valid date (YYYY-MM-DD).</source>
        <translation>请填写有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="185" />
        <source>A day's name is at most %1 characters.</source>
        <translation>节日名称或说明最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="212" />
        <source>%1 has no setting of yours to clear.</source>
        <translation>%1 没有手动设置，无需清除。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="225" />
        <source>The stored schedule of %1 is damaged: %2</source>
        <translation>已保存的 %1 年节假日安排已损坏：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: casedesk-cli COMMAND [options]

Commands:
  init         create or upgrade a database file
  demo         write realistic demo cases
  case list    list cases
  case show    show one case

Every command accepts --help. Exit codes: 0 success, 1 user error, 2 internal error.</source>
        <translation>用法：casedesk-cli 命令 [选项]

命令：
  init         新建数据库文件或升级已有文件
  demo         生成演示案件
  case list    列出案件
  case show    查看单个案件

每个命令都支持 --help。退出码：0 成功，1 输入有误，2 内部错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_main.cpp" line="20" />
        <source>Usage: casedesk-cli COMMAND [options]

Commands:
  init         create or upgrade a database file
  demo         write realistic demo cases
  case list    list cases
  case show    show one case, with its due dates
  case add     register complaints from JSON
  case transition  move a case to another status (workflow rules)
  case assign  give a case to a caseworker
  case history show a case's timeline and audit trail
  case pause / case resume  stop or restart a case's deadline clock (appraisal, testing)
  user         add, list and change users and their roles
  workdays add      the N-th working day after a date
  workdays between  working days between two dates
  calendar     import a year's holiday notice, set or clear a day, show a year
  rules        list and add deadline rule sets

Every command accepts --help. Exit codes: 0 success, 1 user error, 2 internal error.</source>
        <translation>用法：casedesk-cli 命令 [选项]

命令：
  init              新建数据库文件或升级已有文件
  demo              生成贴近实际的演示案件
  case list         列出案件
  case show         查看单个案件及其各项期限
  case add          从 JSON 登记投诉
  case transition   按办理流程变更案件状态
  case assign       将案件分派给承办人
  case history      查看案件的办理经过和修改记录
  case pause / case resume
                    暂停或恢复案件的时限计时（鉴定、检测期间）
  user              添加、列出、修改用户及其角色
  workdays add      某日之后的第 N 个工作日
  workdays between  两个日期之间的工作日数
  calendar          导入某年的节假日通知，手动设置或清除某一天，查看某年安排
  rules             列出、添加时限规则

每个命令都支持 --help。退出码：0 成功，1 输入有误，2 内部错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_main.cpp" line="75" />
        <source>casedesk-cli: unknown command "%1".</source>
        <translation>casedesk-cli：没有“%1”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="51" />
        <location filename="../app/cli/cli_support.cpp" line="69" />
        <source>casedesk-cli: %1</source>
        <translation>casedesk-cli：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="56" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="57" />
        <source>The database FILE.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="57" />
        <location filename="../app/cli/command_case_add.cpp" line="62" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="70" />
        <location filename="../app/cli/cli_support.cpp" line="76" />
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="87" />
        <source>Give the database file with --database FILE.</source>
        <translation>请用 --database 文件 指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="101" />
        <source>Usage: casedesk-cli %1 %2 [options]  (--help on each)</source>
        <translation>用法：casedesk-cli %1 %2 [选项]（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="113" />
        <source>casedesk-cli: unknown %1 command "%2".</source>
        <translation>casedesk-cli：%1 下没有“%2”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="28" />
        <source>List cases, newest first.</source>
        <translation>列出案件，最新登记的在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="34" />
        <source>Only cases in status S: %1.</source>
        <translation>只列出处于状态 S 的案件：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="35" />
        <location filename="../app/cli/command_demo.cpp" line="27" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="36" />
        <source>Only cases containing TEXT.</source>
        <translation>只列出包含该文字的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="36" />
        <location filename="../app/cli/command_case_clock.cpp" line="28" />
        <location filename="../app/cli/command_case_workflow.cpp" line="66" />
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="37" />
        <source>At most N cases (default 100; 0 for all).</source>
        <translation>最多列出 N 件（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="23" />
        <source>Give exactly one %1.</source>
        <translation>请只给出一个%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="30" />
        <source>Import one year of the State Council's holiday notice (holiday-cn JSON: {year, papers, days: [{name, date, isOffDay}]}). It replaces that year's published days; days set by hand with "calendar set" are kept. A file with any problem changes nothing.</source>
        <translation>导入某一年的国务院办公厅节假日通知（holiday-cn JSON 格式：{year, papers, days: [{name, date, isOffDay}]}）。导入后替换该年已公布的日期；用“calendar set”手动设置的日期保留不变。文件有任何问题时，不做任何改动。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="35" />
        <source>The year file, e.g. 2027.json.</source>
        <translation>年度文件，如 2027.json。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="38" />
        <source>year file</source>
        <translation>年度文件</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="47" />
        <source>Imported the holiday schedule of %1: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年节假日安排：放假 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="52" />
        <source>It replaces the schedule of %1 stored before.</source>
        <translation>已替换此前保存的 %1 年节假日安排。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="54" />
        <source>%1 day(s) of %2 set by hand keep their setting ("calendar clear DATE" undoes one).</source>
        <translation>%2 年有 %1 天为手动设置，仍保留原设置（可用“calendar clear 日期”逐日撤销）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="64" />
        <source>Make one day a working day or a day off by hand, e.g. a district's own arrangement. It wins over the published schedule, also after a re-import.</source>
        <translation>手动将某一天设为工作日或休息日，如本区自行安排的调休。手动设置优先于公布的节假日安排，重新导入后依然有效。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="67" />
        <source>The day is a working day.</source>
        <translation>该日为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="68" />
        <source>The day is a day off.</source>
        <translation>该日为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="69" />
        <source>Why, in a few words (e.g. 区政府调休).</source>
        <translation>简要说明原因（如“区政府调休”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="70" />
        <location filename="../app/cli/command_case.cpp" line="37" />
        <location filename="../app/cli/command_case_workflow.cpp" line="73" />
        <location filename="../app/cli/command_demo.cpp" line="26" />
        <location filename="../app/cli/command_rules.cpp" line="129" />
        <location filename="../app/cli/command_workdays.cpp" line="36" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="73" />
        <location filename="../app/cli/command_calendar.cpp" line="103" />
        <source>The day, YYYY-MM-DD.</source>
        <translation>日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="76" />
        <location filename="../app/cli/command_calendar.cpp" line="106" />
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="83" />
        <source>Give either --working or --off.</source>
        <translation>请指定 --working 或 --off 其中之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="92" />
        <source>%1 is now a working day.</source>
        <translation>%1 已设为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="93" />
        <source>%1 is now a day off.</source>
        <translation>%1 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="100" />
        <source>Undo "calendar set" for one day: it follows the published schedule again (or the weekday rule if the schedule does not list it).</source>
        <translation>撤销对某一天的“calendar set”设置：该日重新按公布的节假日安排执行（安排中未列出的，按周一至周五上班、周末休息认定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="121" />
        <source>%1 is a working day again.</source>
        <translation>%1 恢复为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="122" />
        <source>%1 is a day off again.</source>
        <translation>%1 恢复为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="129" />
        <source>List the days of year Y that differ from the weekday rule (days off on weekdays, make-up working days) and say whether the year's schedule is known.</source>
        <translation>列出 Y 年中与常规作息不同的日期（周一至周五放假的日子、调休上班日），并说明是否已有该年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="132" />
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="132" />
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="139" />
        <source>--year takes a year such as 2026.</source>
        <translation>--year 须为年份，如 2026。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="144" />
        <source>casedesk-cli: warning: no holiday schedule for %1; only days set by hand are listed.</source>
        <translation>casedesk-cli：警告：没有 %1 年的节假日安排，仅列出手动设置的日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="152" />
        <source>working</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="152" />
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="156" />
        <source>%1 working days in %2.</source>
        <translation>%2 年共 %1 个工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="39" />
        <location filename="../app/cli/command_case.cpp" line="99" />
        <location filename="../app/cli/command_case_workflow.cpp" line="169" />
        <location filename="../app/cli/command_rules.cpp" line="90" />
        <location filename="../app/cli/command_user.cpp" line="86" />
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="50" />
        <location filename="../app/cli/command_case_workflow.cpp" line="89" />
        <source>Unknown status "%1"; use one of: %2.</source>
        <translation>没有“%1”这个状态，请使用：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="58" />
        <source>--limit takes a whole number, 0 or more.</source>
        <translation>--limit 须为 0 或正整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="97" />
        <source>Show one case. ID is the case number (e.g. 长宁-2026-000123) or the internal id.</source>
        <translation>查看单个案件。ID 为案件编号（如 长宁-2026-000123）或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="101" />
        <location filename="../app/cli/command_case_clock.cpp" line="36" />
        <location filename="../app/cli/command_case_workflow.cpp" line="77" />
        <location filename="../app/cli/command_case_workflow.cpp" line="136" />
        <location filename="../app/cli/command_case_workflow.cpp" line="171" />
        <source>Case number or id.</source>
        <translation>案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="106" />
        <location filename="../app/cli/command_case_clock.cpp" line="41" />
        <location filename="../app/cli/command_case_workflow.cpp" line="83" />
        <location filename="../app/cli/command_case_workflow.cpp" line="142" />
        <location filename="../app/cli/command_case_workflow.cpp" line="176" />
        <source>Give exactly one case number or id.</source>
        <translation>请给出一个案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="128" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="129" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="130" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="131" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="132" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="133" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="134" />
        <source>Amount</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="135" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="136" />
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="137" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="138" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="139" />
        <source>Facts</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="146" />
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="147" />
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="148" />
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="149" />
        <source>Due: %1 by %2 (%3)</source>
        <translation>期限：%1，截至 %2（%3）</translation>
    </message>
    <message>
        <source>Usage: casedesk-cli case list|show [options]  (--help on each)</source>
        <translation>用法：casedesk-cli case list|show [选项]（各子命令均支持 --help）</translation>
    </message>
    <message>
        <source>casedesk-cli: unknown case command "%1".</source>
        <translation>casedesk-cli：case 下没有“%1”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="23" />
        <source>Write N realistic, invented cases over the three years before DATE (default: today). The same seed and date give the same data.</source>
        <translation>生成 N 件虚构但贴近实际的案件，登记时间分布在指定日期（默认今天）之前的三年内。种子和日期相同，生成的数据也相同。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="26" />
        <source>How many cases to write.</source>
        <translation>生成的案件数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="27" />
        <source>Random seed (default 20261123).</source>
        <translation>随机种子（默认 20261123）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="28" />
        <source>Last day (exclusive), YYYY-MM-DD.</source>
        <translation>截止日期（不含当天），格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="28" />
        <location filename="../app/cli/command_rules.cpp" line="131" />
        <location filename="../app/cli/command_workdays.cpp" line="35" />
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="29" />
        <source>Case number prefix for a new file (default 长宁).</source>
        <translation>新文件的案件编号前缀（默认“长宁”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="30" />
        <location filename="../app/cli/command_init.cpp" line="22" />
        <source>P</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="40" />
        <source>Give the number of cases with --cases N (a whole number).</source>
        <translation>请用 --cases N 指定案件数（整数）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="44" />
        <source>The seed must be a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="49" />
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>日期格式须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="77" />
        <source>%1% written</source>
        <translation>已写入 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="83" />
        <source>Wrote %1 cases, %2 complainants and %3 businesses in %4 s.</source>
        <translation>已写入 %1 件案件、%2 名投诉人、%3 家经营者，用时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="89" />
        <source>Sudden runs of complaints against: %1</source>
        <translation>短期内集中被投诉的经营者：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="20" />
        <source>Create a new database, or bring an existing one up to this version's schema.</source>
        <translation>新建数据库，或将已有数据库升级到本版本的结构。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="22" />
        <source>Case number prefix, e.g. 长宁.</source>
        <translation>案件编号前缀，如“长宁”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="23" />
        <source>The council's name for documents.</source>
        <translation>文书上使用的消保委名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="23" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="41" />
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_calendar_support.cpp" line="25" />
        <source>%1 takes a date as YYYY-MM-DD, e.g. 2026-02-12; "%2" is not one.</source>
        <translation>%1 须为 YYYY-MM-DD 格式的日期，如 2026-02-12；“%2”不符合。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_calendar_support.cpp" line="48" />
        <source>casedesk-cli: warning: no holiday schedule for %1; only weekends were skipped there. Import the year's notice with: casedesk-cli calendar import FILE --database DB</source>
        <translation>casedesk-cli：警告：没有 %1 年的节假日安排，该年只扣除了周末。请导入该年的通知：casedesk-cli calendar import 文件 --database 数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="21" />
        <source>Act as USER (a user of the database; default: your login name).</source>
        <translation>以指定用户的身份操作（须为数据库中的用户；默认为当前登录名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="22" />
        <location filename="../app/cli/command_case_workflow.cpp" line="132" />
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="37" />
        <source>Say who you are with --as USER (no login name was found).</source>
        <translation>请用 --as 用户 说明您的身份（未找到登录名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="33" />
        <source>Cannot read "%1": %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="48" />
        <source>There is no category "%1".</source>
        <translation>没有“%1”这个投诉类别。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="57" />
        <source>Register complaints from JSON: one object, or an array of objects, with the keys of case show --json (the case number and status are assigned). An array is registered all or nothing.</source>
        <translation>从 JSON 登记投诉：可以是一个对象，也可以是对象数组，键名与 case show --json 的输出相同（案件编号和状态由系统分配）。数组中的投诉要么全部登记，要么一件都不登记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="61" />
        <source>The JSON file, or - for standard input.</source>
        <translation>JSON 文件；用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="69" />
        <source>Give the JSON with --json FILE (or --json - for standard input).</source>
        <translation>请用 --json 文件 指定 JSON（或用 --json - 从标准输入读取）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="80" />
        <source>The JSON cannot be read at character %1: %2.</source>
        <translation>JSON 在第 %1 个字符处无法解析：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="85" />
        <source>The JSON holds no complaint.</source>
        <translation>JSON 中没有投诉。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="102" />
        <source>Item %1: </source>
        <translation>第 %1 条： </translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="104" />
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="116" />
        <source>Nothing was registered.</source>
        <translation>未登记任何投诉。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="25" />
        <source>Stop the case's deadline clock while goods are appraised or tested.</source>
        <translation>商品送鉴定或检测期间，暂停案件的时限计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="26" />
        <source>Restart the case's deadline clock when the appraisal or test is back.</source>
        <translation>鉴定或检测结果出来后，恢复案件的时限计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="28" />
        <source>What is appraised or tested.</source>
        <translation>鉴定或检测的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="29" />
        <source>When (YYYY-MM-DDTHH:MM, default now).</source>
        <translation>时间（YYYY-MM-DDTHH:MM，默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="30" />
        <location filename="../app/cli/command_case_workflow.cpp" line="70" />
        <source>DATETIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="43" />
        <source>Say what is appraised or tested with --reason TEXT.</source>
        <translation>请用 --reason 文字 说明鉴定或检测的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="48" />
        <source>The time must be written as YYYY-MM-DDTHH:MM.</source>
        <translation>时间格式须为 YYYY-MM-DDTHH:MM。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="66" />
        <source>%1: clock stopped at %2.</source>
        <translation>%1：已于 %2 暂停计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="67" />
        <source>%1: clock running again from %2.</source>
        <translation>%1：自 %2 起恢复计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="55" />
        <source>Move a case to another status, by the workflow rules. ID is the case number or the internal id. Refusing, returning and terminating mediation need a --ground; reopening needs a --note.</source>
        <translation>按办理流程变更案件状态。ID 为案件编号或内部编号。不予受理、退回和终止调解须用 --ground 给出理由；重新打开须用 --note 说明原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="58" />
        <source>The new status: %1.</source>
        <translation>新状态：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="58" />
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="61" />
        <source>The ground code. Refusal: %1. Return: %2. Termination: %3.</source>
        <translation>理由代码。不予受理：%1。退回：%2。终止调解：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="65" />
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="66" />
        <source>A note on the decision.</source>
        <translation>本次办理的备注。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="68" />
        <source>When it happened, e.g. 2026-03-17T09:30 or 2026-03-17T09:30+08:00 (default: now).</source>
        <translation>办理时间，如 2026-03-17T09:30 或 2026-03-17T09:30+08:00（默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="72" />
        <source>Refuse if the case's version is no longer N (someone changed it).</source>
        <translation>若案件版本已不是 N（已被他人修改），则不执行变更。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="90" />
        <source>Give the new status with --to STATUS (%1).</source>
        <translation>请用 --to 状态 指定新状态（%1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="97" />
        <source>Write the time as YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +08:00.</source>
        <translation>时间请写成 YYYY-MM-DDTHH:MM，可带秒和时区偏移（如 +08:00）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="105" />
        <source>--expect-version takes a whole number.</source>
        <translation>--expect-version 须为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="122" />
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="130" />
        <source>Make USER (an active caseworker or supervisor) the caseworker of a case; reassigning is allowed.</source>
        <translation>将案件分派给指定用户（须为未停用的承办人或主管）承办；已分派的案件可以改派。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="132" />
        <source>The caseworker who takes the case.</source>
        <translation>接手案件的承办人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="144" />
        <source>Give the caseworker with --to USER.</source>
        <translation>请用 --to 用户 指定承办人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="159" />
        <source>%1: caseworker %2</source>
        <translation>%1：承办人 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="166" />
        <source>Show a case's timeline (its status changes) and its audit trail (every recorded change).</source>
        <translation>查看案件的办理经过（状态变更）和修改记录（所有记录在案的改动）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="194" />
        <source>Timeline:</source>
        <translation>办理经过：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="205" />
        <source>Audit trail:</source>
        <translation>修改记录：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="46" />
        <source>--%1 takes a number with an optional unit: 7 or 7wd (working days), 7d (calendar days), 2h (hours); "%2" is not one.</source>
        <translation>--%1 须为数字，可带单位：7 或 7wd（工作日）、7d（自然日）、2h（小时）；“%2”不符合。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="66" />
        <source> (channel %1)</source>
        <translation>（来源渠道 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="87" />
        <source>List the deadline rule sets, oldest first. A case follows the set in force on the day it was received.</source>
        <translation>列出时限规则，最早施行的在前。案件适用登记当天施行的时限规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="108" />
        <source>From %1: %2</source>
        <translation>自 %1 起施行：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="123" />
        <source>Add a deadline rule set for cases received from DATE on. Limits: 7 or 7wd working days, 7d calendar days, 2h hours; without a unit, hours for --hotline-dispatch and working days otherwise. Hotline limits apply to 12345 transfers. Limits not given are copied from the set in force the day before DATE.</source>
        <translation>添加时限规则，适用于自指定日期起登记的案件。时限写法：7 或 7wd 为工作日，7d 为自然日，2h 为小时；不写单位时，--hotline-dispatch 按小时计，其余按工作日计。热线时限适用于12345热线转办件。未给出的时限，沿用该日期前一天施行的时限规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="128" />
        <source>The set's name, e.g. the order that sets it.</source>
        <translation>规则名称，如规定这些时限的规章名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="130" />
        <source>The first received date it applies to.</source>
        <translation>施行日期：自该日起登记的案件适用。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="132" />
        <source>A note, e.g. the source.</source>
        <translation>备注，如出处。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="132" />
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="137" />
        <source>Limit for: %1.</source>
        <translation>%1的时限。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="138" />
        <source>LIMIT</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="186" />
        <source>Added rule set %1 "%2", for cases received from %3 on:</source>
        <translation>已添加时限规则 %1“%2”，适用于自 %3 起登记的案件：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="192" />
        <source>Copied from "%1": %2.</source>
        <translation>沿用“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="32" />
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="39" />
        <source>casedesk-cli: unknown role "%1"; use one of: %2.</source>
        <translation>casedesk-cli：没有“%1”这个角色，请使用：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="46" />
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="46" />
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="53" />
        <source>Add a user. Caseworkers handle cases, supervisors also reopen them, administrators manage users and do no case work.</source>
        <translation>添加用户。承办人办理案件；主管还可以重新打开案件；管理员负责管理用户，不办理案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="56" />
        <source>The role: %1 (default caseworker).</source>
        <translation>角色：%1（默认为 caseworker，即承办人）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="58" />
        <source>The user's name, as cases will show it.</source>
        <translation>用户姓名，即案件中显示的名字。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="63" />
        <location filename="../app/cli/command_user.cpp" line="125" />
        <source>Give exactly one user name.</source>
        <translation>请只给出一个用户姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="84" />
        <source>List the users, active and inactive, by name.</source>
        <translation>按姓名列出全部用户，包括已停用的。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="112" />
        <source>Change a user's role, or let someone who left stop acting (their name stays on old cases).</source>
        <translation>修改用户角色，或停用已离职人员（其姓名仍保留在原有案件中）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="114" />
        <source>The new role: %1.</source>
        <translation>新角色：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="115" />
        <source>The user may act again.</source>
        <translation>重新启用该用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="116" />
        <source>The user may no longer act.</source>
        <translation>停用该用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="119" />
        <source>The user's name.</source>
        <translation>用户姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="127" />
        <source>Give --active or --inactive, not both.</source>
        <translation>--active 和 --inactive 只能选一个。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="129" />
        <source>Nothing to change: give --role, --active or --inactive.</source>
        <translation>没有要修改的内容：请指定 --role、--active 或 --inactive。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="23" />
        <source>Without --database, the holiday schedules shipped with CaseDesk are used; with it, that database's calendar (including imported years and days set by hand).</source>
        <translation>不指定 --database 时，使用消保案件台自带的节假日安排；指定时，使用该数据库中的日历（包括导入的年份和手动设置的日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="30" />
        <source>Print the N-th working day after DATE (before it for a negative N), as a deadline of N working days counted from DATE ends. </source>
        <translation>输出指定日期之后的第 N 个工作日（N 为负数时为之前），即自该日起算 N 个工作日的期限届满之日。 </translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="34" />
        <source>The start date, YYYY-MM-DD (not counted).</source>
        <translation>起算日期，格式 YYYY-MM-DD（当日不计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="36" />
        <source>The number of working days.</source>
        <translation>工作日天数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="49" />
        <source>--days takes a whole number from -%1 to %1.</source>
        <translation>--days 须为 -%1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="62" />
        <source>Print the number of working days after A up to and including B (negative if B is before A). </source>
        <translation>输出 A 之后至 B（含 B 当日）的工作日数（B 早于 A 时为负数）。 </translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="66" />
        <source>The first date, YYYY-MM-DD (not counted).</source>
        <translation>开始日期，格式 YYYY-MM-DD（当日不计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="67" />
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="68" />
        <source>The last date, YYYY-MM-DD (counted).</source>
        <translation>结束日期，格式 YYYY-MM-DD（当日计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="68" />
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="81" />
        <source>The dates are more than a hundred years apart.</source>
        <translation>两个日期相隔超过一百年。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../core/domain/codes.cpp" line="15" />
        <source>12315 platform</source>
        <translation>12315平台</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="16" />
        <source>12345 hotline transfer</source>
        <translation>12345热线转办</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="17" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="18" />
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="19" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="20" />
        <source>WeChat / online</source>
        <translation>微信/网络</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="21" />
        <source>Liaison point transfer</source>
        <translation>联络点转交</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="23" />
        <source>Networked enterprise report</source>
        <translation>联网企业报送</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="24" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="28" />
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="29" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="30" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="31" />
        <source>False advertising</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="32" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="33" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="34" />
        <source>Counterfeit</source>
        <translation>假冒</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="35" />
        <source>Personal rights</source>
        <translation>人格权益</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="36" />
        <source>Measurement</source>
        <translation>计量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="37" />
        <location filename="../core/domain/grounds.cpp" line="42" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="41" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="42" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="43" />
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="44" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="46" />
        <source>Forwarded to enterprise</source>
        <translation>转企业和解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="47" />
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="48" />
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="50" />
        <source>Mediation terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="51" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="12" />
        <source>Outside our duties or jurisdiction</source>
        <translation>不属于本部门职责或管辖范围</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="14" />
        <source>Already handled by a court, arbitration body or another body</source>
        <translation>法院、仲裁机构或其他机构已受理或处理</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="16" />
        <source>Not personal consumption, or no provable dispute</source>
        <translation>非生活消费，或无法证明存在消费争议</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="18" />
        <source>More than 3 years since the consumer knew of the harm</source>
        <translation>自知道权益受损之日起已超过三年</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="19" />
        <source>Required elements missing</source>
        <translation>投诉要素不全</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="21" />
        <source>Refuses identity verification (Order No. 121)</source>
        <translation>拒绝身份核验（第121号令）</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="22" />
        <source>Other grounds in law</source>
        <translation>法律法规规定的其他情形</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="26" />
        <source>Missing elements</source>
        <translation>要素不全</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="27" />
        <source>Unclear statement</source>
        <translation>诉求表述不清</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="28" />
        <source>Wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="29" />
        <source>Unknown address</source>
        <translation>地址不详</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="30" />
        <source>Duplicate</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="31" />
        <source>Withdrawn by the citizen</source>
        <translation>投诉人撤回</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="32" />
        <source>Not our duty</source>
        <translation>非本部门职责</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="37" />
        <source>The complainant withdrew</source>
        <translation>投诉人撤回投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="39" />
        <source>The business refused mediation or did not appear</source>
        <translation>被投诉人拒绝调解或无正当理由不参加</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="40" />
        <source>The parties cannot agree</source>
        <translation>双方分歧较大，无法达成一致</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="41" />
        <source>The time limit passed</source>
        <translation>调解期限届满未达成协议</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="114" />
        <source>refusal ground</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="115" />
        <source>return reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="116" />
        <source>termination ground</source>
        <translation>终止调解理由</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="119" />
        <source>ground</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="10" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="11" />
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="12" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="22" />
        <source>Accept or refuse</source>
        <translation>决定是否受理</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="23" />
        <source>End mediation</source>
        <translation>调解期满</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="24" />
        <source>Notify termination</source>
        <translation>告知终止调解</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="25" />
        <source>Networked enterprise settles</source>
        <translation>联网企业处理期满</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="26" />
        <source>Sign for the hotline transfer</source>
        <translation>热线工单签收</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="27" />
        <source>Reply to the hotline</source>
        <translation>热线工单回复</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="29" />
        <source>Dispatch the hotline transfer</source>
        <translation>热线工单派单</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="33" />
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="34" />
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="35" />
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="51" />
        <source>%n working day(s)</source>
        <translation><numerusform>%n 个工作日</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="52" />
        <source>%n calendar day(s)</source>
        <translation><numerusform>%n 个自然日</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="53" />
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="76" />
        <source>Give the rule set a name, e.g. the order that sets it.</source>
        <translation>请为时限规则命名，如规定这些时限的规章名称。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="82" />
        <source>Give the date from which the rules apply.</source>
        <translation>请填写规则的施行日期。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="84" />
        <source>A rule set needs at least one rule.</source>
        <translation>时限规则至少要包含一项时限。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="90" />
        <source>%1: the limit must be a whole number from 1 to %2.</source>
        <translation>%1：时限须为 1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="94" />
        <source>%1: unknown channel "%2".</source>
        <translation>%1：没有“%2”这个来源渠道。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="97" />
        <source>%1 is given twice.</source>
        <translation>%1 重复填写了。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="106" />
        <source>The rule set cannot be saved: %1</source>
        <translation>无法保存时限规则：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="49" />
        <source>Give the time the appraisal or test started.</source>
        <translation>请填写鉴定或检测开始的时间。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="60" />
        <source>The case's clock is already paused since %1.</source>
        <translation>该案件自 %1 起已暂停计时。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="87" />
        <source>The case's clock is not paused.</source>
        <translation>该案件没有暂停计时。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="91" />
        <source>The pause cannot end before it started (%1).</source>
        <translation>恢复计时的时间不能早于暂停时间（%1）。</translation>
    </message>
    <message>
        <location filename="../core/storage/deadline_rule_repository.cpp" line="80" />
        <source>The rule set "%1" already starts on %2; give the new set another date.</source>
        <translation>时限规则“%1”已于 %2 施行，请为新规则另选施行日期。</translation>
    </message>
    <message>
        <location filename="../core/storage/deadline_rule_repository.cpp" line="116" />
        <source>No deadline rule set is in force on %1; add one that starts on or before it.</source>
        <translation>%1 没有施行中的时限规则，请添加一套在此日或更早施行的规则。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="228" />
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="249" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="265" />
        <source>The number of demo cases must be between 1 and 5,000,000.</source>
        <translation>演示案件数须在 1 到 5,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="270" />
        <source>The demo data cannot end in the future.</source>
        <translation>演示数据的截止日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="36" />
        <source>%1 is %2; files larger than %3 cannot be attached.</source>
        <translation>%1 大小为 %2，超过 %3 的文件无法作为证据上传。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="72" />
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="78" />
        <source>%1 is empty; there is nothing to attach.</source>
        <translation>%1 是空文件，无法作为证据上传。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="99" />
        <source>Case %1 does not exist.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="123" />
        <source>%1 cannot be found or is not a file.</source>
        <translation>找不到 %1，或它不是文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="129" />
        <location filename="../core/storage/evidence_repository.cpp" line="133" />
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="160" />
        <source>The evidence file no longer exists.</source>
        <translation>该证据文件已不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="167" />
        <source>%1 has changed since it was attached: its SHA-256 no longer matches. It cannot be relied on as evidence.</source>
        <translation>%1 上传后已被改动：SHA-256 校验值不符，不能再作为证据使用。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../ui/field_labels.cpp" line="21" />
        <source>Complainant's name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="22" />
        <source>Complainant's phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="23" />
        <source>Complainant's ID number</source>
        <translation>投诉人身份证号</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="24" />
        <source>Complainant's address</source>
        <translation>投诉人地址</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="25" />
        <source>Business name</source>
        <translation>经营者名称</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="26" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="27" />
        <source>Business address</source>
        <translation>经营者地址</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="28" />
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="29" />
        <source>Street</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="30" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="31" />
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="32" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="33" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="34" />
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="35" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="36" />
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="37" />
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="38" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="39" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="40" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="41" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="42" />
        <source>Deadline clock</source>
        <translation>办理时限计时</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="64" />
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="65" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="66" />
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="67" />
        <source>Assigned</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="68" />
        <source>Evidence attached</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="69" />
        <source>Clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="70" />
        <source>Clock restarted</source>
        <translation>恢复计时</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="84" />
        <source>"%1" must be text.</source>
        <translation>“%1”应为文本。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="94" />
        <source>"%1" must be an object.</source>
        <translation>“%1”应为对象。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="106" />
        <source>"%1" is not a known code for "%2".</source>
        <translation>“%1”不是“%2”的有效代码。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="139" />
        <source>"amountFen" must be a whole number of fen.</source>
        <translation>“amountFen”应为以分计的整数。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="143" />
        <source>"%1" is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="146" />
        <source>"amountFen" must be a number.</source>
        <translation>“amountFen”应为数字。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="152" />
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="158" />
        <source>"%1" is not a date and time (YYYY-MM-DDTHH:MM:SS+08:00).</source>
        <translation>“%1”不是有效的日期时间（YYYY-MM-DDTHH:MM:SS+08:00）。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/gui_main.cpp" line="44" />
        <source>Changning</source>
        <translation>长宁</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="46" />
        <source>This is a demo database with %1 invented cases, created on first start at %2. Use File &gt; New Database to start real work.</source>
        <translation>这是首次启动时生成的演示数据库，含 %1 件虚构案件，位于 %2。正式办案请用“文件 &gt; 新建数据库”。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="52" />
        <source>Created a new, empty database at %1.</source>
        <translation>已在 %1 新建空数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="57" />
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="58" />
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="61" />
        <source>Open Another File...</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="67" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="135" />
        <source>CaseDesk case management</source>
        <translation>消保案件台：消费投诉案件管理</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="139" />
        <source>Open (or create) the database FILE.</source>
        <translation>打开（或新建）指定的数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="140" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="143" />
        <source>Work as the user NAME of the database.</source>
        <translation>以数据库中的用户身份登录。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="144" />
        <source>NAME</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/settings_repository.cpp" line="36" />
        <source>A case number prefix is 1 to 12 letters or digits, such as 长宁.</source>
        <translation>案件编号前缀须为 1 至 12 个汉字、字母或数字，如“长宁”。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="35" />
        <source>A category needs a name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="37" />
        <source>A category name has at most 40 characters.</source>
        <translation>类别名称最多 40 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="78" />
        <source>There is already a category named "%1".</source>
        <translation>已有名为“%1”的类别。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="96" />
        <source>The category was not found.</source>
        <translation>找不到该类别。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="93" />
        <source>The chosen category does not exist.</source>
        <translation>所选投诉类别不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="121" />
        <location filename="../core/storage/complaint_repository.cpp" line="134" />
        <source>Item %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="157" />
        <source>A new case starts as registered; its status then changes through the workflow.</source>
        <translation>新案件一律为“已登记”状态，之后按办理流程变更。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="214" />
        <source>Case %1 was changed by someone else after you opened it. Your changes were not saved; reopen the case to see the latest version.</source>
        <translation>案件 %1 在您打开后已被他人修改，您的修改未保存。请重新打开案件查看最新内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="222" />
        <source>The status of a case changes through the workflow, not by editing it.</source>
        <translation>案件状态只能按办理流程变更，不能直接修改。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="250" />
        <source>The case was changed by someone else; nothing was saved.</source>
        <translation>该案件已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="284" />
        <source>No case %1 was found.</source>
        <translation>找不到案件 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="57" />
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="59" />
        <source>"%1" is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="62" />
        <source>The database file "%1" does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="64" />
        <source>The folder "%1" cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="31" />
        <source>The database is busy: another program or colleague is writing to it. Please try again in a moment. (%1)</source>
        <translation>数据库正忙：其他程序或同事正在写入，请稍后再试。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="34" />
        <source>The database file cannot be written (read-only). (%1)</source>
        <translation>数据库文件是只读的，无法写入。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="36" />
        <source>The disk is full; nothing was saved. (%1)</source>
        <translation>磁盘已满，本次未保存任何内容。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="39" />
        <source>The database file could not be read or written. (%1)</source>
        <translation>无法读写数据库文件。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="43" />
        <source>The file is damaged or is not a CaseDesk database. (%1)</source>
        <translation>文件已损坏，或不是消保案件台的数据库。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="45" />
        <source>A database error occurred: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="23" />
        <source>This file is not a CaseDesk database, or it is damaged. It was not changed.</source>
        <translation>该文件不是消保案件台的数据库，或已损坏。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="46" />
        <source>This database was written by a newer version of CaseDesk (schema %1; this version reads up to %2). Please install the newer version. The file was not changed.</source>
        <translation>该数据库由更新版本的消保案件台创建（结构版本 %1，本版本最高支持 %2）。请安装新版本。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="96" />
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="25" />
        <source>A user needs a name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="27" />
        <source>A user name has at most %1 characters.</source>
        <translation>用户姓名最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="31" />
        <source>A user name is one line of text.</source>
        <translation>用户姓名只能占一行。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="58" />
        <source>There is already a user named "%1".</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="86" />
        <location filename="../core/storage/user_repository.cpp" line="107" />
        <source>There is no user named "%1".</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/text/text_checks.cpp" line="14" />
        <source>The text is not valid UTF-8. Save the file as UTF-8 and try again.</source>
        <translation>文字不是有效的 UTF-8 编码。请将文件另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <location filename="../core/text/text_checks.cpp" line="31" />
        <source>The text contains unreadable characters (broken encoding).</source>
        <translation>文字中含有无法识别的字符（编码有误）。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="31" />
        <source>This text is too long (%1 characters); at most %2 are allowed.</source>
        <translation>内容过长（%1 字），最多 %2 字。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="48" />
        <source>Enter the complainant's name.</source>
        <translation>请填写投诉人姓名。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="57" />
        <source>Enter the complainant's address.</source>
        <translation>请填写投诉人地址。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="60" />
        <source>Enter the name of the business complained about.</source>
        <translation>请填写被投诉经营者名称。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="66" />
        <source>Enter the business's address.</source>
        <translation>请填写被投诉经营者地址。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="72" />
        <source>Choose a category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="74" />
        <source>The amount involved cannot be negative.</source>
        <translation>涉及金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="76" />
        <source>The amount involved is over ¥%1; please check it.</source>
        <translation>涉及金额超过 ¥%1，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="79" />
        <source>Enter what the complainant asks for.</source>
        <translation>请填写投诉人的诉求。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="81" />
        <source>Enter the facts of the dispute.</source>
        <translation>请填写争议事实。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="86" />
        <source>Enter when the complaint was received.</source>
        <translation>请填写登记时间。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="88" />
        <source>The received time cannot be in the future.</source>
        <translation>登记时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="91" />
        <source>The purchase or incident date cannot be in the future.</source>
        <translation>消费（事发）日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="94" />
        <source>The purchase or incident date cannot be after the complaint was received.</source>
        <translation>消费（事发）日期不能晚于登记时间。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="41" />
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，现为 %1 位。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="43" />
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="46" />
        <source>Characters 7 to 14 of the ID number are not a valid birth date.</source>
        <translation>身份证号第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="48" />
        <source>The last character of the ID number does not match the others; please check it.</source>
        <translation>身份证号校验位不符，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="64" />
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，现为 %1 位。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="67" />
        <source>A unified social credit code uses only digits and capital letters other than I, O, Z, S and V; "%1" is not allowed.</source>
        <translation>统一社会信用代码只能由数字和除 I、O、Z、S、V 以外的大写字母组成，不能含“%1”。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="72" />
        <source>The last character of the credit code does not match the others; please check it.</source>
        <translation>统一社会信用代码校验位不符，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="88" />
        <source>Enter the complainant's phone number.</source>
        <translation>请填写投诉人联系电话。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="92" />
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号应为 11 位，以 13 至 19 开头。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="93" />
        <source>Enter a mobile number (11 digits) or a landline such as 021-62345678.</source>
        <translation>请填写 11 位手机号，或固定电话（如 021-62345678）。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="36" />
        <source>Say who makes the change: a user of this database.</source>
        <translation>请说明由谁办理：须为本数据库的用户。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="42" />
        <source>"%1" is not a user of this database; an administrator can add them.</source>
        <translation>“%1”不是本数据库的用户，可请管理员添加。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="47" />
        <source>The user "%1" is no longer active and cannot change cases.</source>
        <translation>用户“%1”已停用，不能办理案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="58" />
        <source>Case %1 was changed by someone else after you opened it; nothing was changed. Reopen the case to see the latest version.</source>
        <translation>案件 %1 在您打开后已被他人修改，本次未做任何变更。请重新打开案件查看最新内容。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="71" />
        <source>The time of the change (%1) lies in the future.</source>
        <translation>办理时间（%1）不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="74" />
        <source>The time of the change (%1) is before the case was received (%2).</source>
        <translation>办理时间（%1）早于案件登记时间（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="81" />
        <source>The time of the change (%1) is before the case's last step (%2, %3).</source>
        <translation>办理时间（%1）早于该案件上一步办理（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="86" />
        <source>The case was changed by someone else; nothing was saved.</source>
        <translation>该案件已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="148" />
        <source>As %1 you cannot assign cases.</source>
        <translation>%1无权分派案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="159" />
        <source>The user "%1" is no longer active and cannot take cases.</source>
        <translation>用户“%1”已停用，不能承办案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="162" />
        <source>The user "%1" is an administrator and does no case work.</source>
        <translation>用户“%1”是管理员，不承办案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="70" />
        <source>A move to %1 takes no ground; leave it out.</source>
        <translation>转为“%1”无需填写理由，请勿填写。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="75" />
        <source>A move to %1 needs a %2: one of %3.</source>
        <translation>转为“%1”须填写%2，可选：%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="79" />
        <source>"%1" is not a %2; use one of: %3.</source>
        <translation>“%1”不是有效的%2，可选：%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="90" />
        <source>Say in a note why the case is reopened.</source>
        <translation>请在备注中说明重新打开案件的原因。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="93" />
        <source>The ground "%1" must be explained in a note.</source>
        <translation>选择“%1”时须在备注中说明具体情况。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="98" />
        <source>The note is too long (%1 characters); at most %2 are allowed.</source>
        <translation>备注过长（%1 字），最多 %2 字。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="133" />
        <source>The case is already %1.</source>
        <translation>该案件已经是“%1”状态。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="137" />
        <source>A case that is %1 cannot become %2.</source>
        <translation>“%1”的案件不能转为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="139" />
        <source>As %1 you cannot move it any further.</source>
        <translation>%1无权继续办理该案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="141" />
        <source>It can become: %1.</source>
        <translation>可转为：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="147" />
        <source>Only a supervisor can move a case from %1 to %2.</source>
        <translation>只有主管才能将案件从“%1”转为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="148" />
        <source>As %1 you cannot move a case from %2 to %3.</source>
        <translation>%1无权将案件从“%2”转为“%3”。</translation>
    </message>
</context>
<context>
    <name>casedesk::CalendarSettingsPage</name>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="24" />
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="24" />
        <location filename="../ui/settings/calendar_settings_page.cpp" line="105" />
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="34" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="34" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="34" />
        <source>Working?</source>
        <translation>上班/休息</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="34" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="42" />
        <source>Why, e.g. 区政府调休</source>
        <translation>原因，如“区政府调休”</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="45" />
        <source>Import a Year's Notice...</source>
        <translation>导入年度节假日通知…</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="46" />
        <source>Set This Day</source>
        <translation>设置该日</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="47" />
        <source>Clear My Setting</source>
        <translation>取消手动设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="49" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="71" />
        <source>Import a Year's Notice</source>
        <translation>导入年度节假日通知</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="72" />
        <source>Holiday schedules (*.json)</source>
        <translation>节假日安排 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="95" />
        <source>The published schedule of %1 is known.</source>
        <translation>已有 %1 年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="96" />
        <source>No schedule for %1 yet: only weekends are days off. Import the notice when it is published.</source>
        <translation>尚无 %1 年的节假日安排，目前只按周末休息计算。通知发布后请导入。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="105" />
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="125" />
        <source>Imported the schedule of %1: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年节假日安排：休息 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="136" />
        <source>%1 is now a working day.</source>
        <translation>%1 已设为上班日。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="137" />
        <source>%1 is now a day off.</source>
        <translation>%1 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="146" />
        <source>%1 follows the published schedule again.</source>
        <translation>%1 已恢复按公布的安排执行。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseActionsBar</name>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="13" />
        <source>Reopen for a decision</source>
        <translation>重新打开，再作决定</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="14" />
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="15" />
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="16" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="17" />
        <source>Forward to enterprise</source>
        <translation>转联网企业处理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="18" />
        <source>Start mediation</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="19" />
        <source>Agreement reached</source>
        <translation>达成调解协议</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="20" />
        <source>Terminate mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="21" />
        <source>Close case</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailView</name>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="30" />
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="42" />
        <source>done late, on %1</source>
        <translation>已于 %1 完成（逾期）</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="43" />
        <source>done on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="45" />
        <source>clock stopped for appraisal or testing</source>
        <translation>鉴定/检测中，暂停计时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="47" />
        <source>overdue by %n hour(s)</source>
        <translation><numerusform>已超时 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="48" />
        <source>%n hour(s) left</source>
        <translation><numerusform>剩余 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="50" />
        <source>overdue by %n working day(s)</source>
        <translation><numerusform>已逾期 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="51" />
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="51" />
        <source>%n working day(s) left</source>
        <translation><numerusform>剩余 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="60" />
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="70" />
        <source>(no holiday schedule for that year yet)</source>
        <translation>（该年度节假日安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="77" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="78" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="79" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="80" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="81" />
        <location filename="../ui/case_detail_view.cpp" line="87" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="84" />
        <source>Business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="85" />
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="86" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="88" />
        <source>District / street</source>
        <translation>所在区/街道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="91" />
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="92" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="93" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="94" />
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="95" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="96" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="97" />
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="98" />
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="100" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="103" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="104" />
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseEditDialog</name>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="27" />
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="73" />
        <source>Correct Case %1</source>
        <translation>更正案件 %1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="80" />
        <source>Use Assign in the case pane to give the case to someone else.</source>
        <translation>如需改由他人承办，请在案件面板中点击“分派”。</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="86" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="87" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="88" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="95" />
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="96" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseEvidenceView</name>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="29" />
        <source>Attach Files...</source>
        <translation>上传证据…</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="30" />
        <location filename="../ui/case_evidence_view.cpp" line="208" />
        <location filename="../ui/case_evidence_view.cpp" line="220" />
        <location filename="../ui/case_evidence_view.cpp" line="226" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="30" />
        <source>Save a Copy...</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>Added</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>By</source>
        <translation>上传人</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="41" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="130" />
        <source>Choose who you are (File &gt; Switch User) to attach files.</source>
        <translation>请先选择您的身份（文件 &gt; 切换用户），再上传证据。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="162" />
        <source>This picture cannot be shown here; open it instead.</source>
        <translation>此处无法显示该图片，请点击“打开”查看。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="191" />
        <location filename="../ui/case_evidence_view.cpp" line="198" />
        <source>Attach Files</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="192" />
        <source>Receipts, contracts, photos and screenshots (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.pdf *.txt *.doc *.docx *.xls *.xlsx *.mp3 *.m4a *.amr *.mp4);;All files (*)</source>
        <translation>票据、合同、照片和截图 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.pdf *.txt *.doc *.docx *.xls *.xlsx *.mp3 *.m4a *.amr *.mp4);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="221" />
        <source>%1 could not be written to a temporary folder: %2</source>
        <translation>无法将 %1 写入临时文件夹：%2</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="227" />
        <source>No program on this computer opens %1. Save a copy and open it from there.</source>
        <translation>本机没有可打开 %1 的程序，请另存副本后再打开。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="239" />
        <location filename="../ui/case_evidence_view.cpp" line="242" />
        <location filename="../ui/case_evidence_view.cpp" line="247" />
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="248" />
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseHistoryView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../ui/case_history_view.cpp" line="24" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/case_history_view.cpp" line="25" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePane</name>
    <message>
        <location filename="../ui/case_pane.cpp" line="27" />
        <source>Correct...</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="28" />
        <source>Assign...</source>
        <translation>分派…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="35" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="36" />
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="37" />
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="38" />
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="42" />
        <source>Correct the registration details; every change is kept in the history</source>
        <translation>更正登记信息；每项修改都会记入修改记录</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="83" />
        <location filename="../ui/case_pane.cpp" line="111" />
        <source>Stop Clock...</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="85" />
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="111" />
        <source>Restart Clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="112" />
        <source>The deadline clock stops while goods are appraised or tested (鉴定/检测).</source>
        <translation>商品送鉴定或检测期间，办理时限暂停计算。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="114" />
        <source>Choose who you are (File &gt; Switch User) to work on cases.</source>
        <translation>请先选择您的身份（文件 &gt; 切换用户），再办理案件。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="117" />
        <source>Nothing to do here for a %1.</source>
        <translation>%1在此无可办理的事项。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="125" />
        <source>%1 is now: %2</source>
        <translation>%1 已转为：%2</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="157" />
        <source>%1 is now with %2.</source>
        <translation>%1 已分派给 %2。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="167" />
        <source>The clock is stopped: %1</source>
        <translation>已暂停计时：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="177" />
        <source>The clock runs again.</source>
        <translation>已恢复计时。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="191" />
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="204" />
        <source>Assign</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="204" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="216" />
        <source>%1 was corrected.</source>
        <translation>案件 %1 已更正。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="227" />
        <source>Stop Clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="227" />
        <source>What is appraised or tested?</source>
        <translation>送鉴定或检测的是什么？</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseTableModel</name>
    <message>
        <location filename="../ui/case_table_model.cpp" line="87" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="88" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="89" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="90" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="91" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="92" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="93" />
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="94" />
        <source>Amount (¥)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="95" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseTimelineView</name>
    <message>
        <location filename="../ui/case_timeline_view.cpp" line="24" />
        <source>Ground: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::ChooseUserDialog</name>
    <message>
        <location filename="../ui/choose_user_dialog.cpp" line="17" />
        <source>Who Is Working?</source>
        <translation>当前办理人</translation>
    </message>
    <message>
        <location filename="../ui/choose_user_dialog.cpp" line="20" />
        <source>(a new user)</source>
        <translation>（新用户）</translation>
    </message>
    <message>
        <location filename="../ui/choose_user_dialog.cpp" line="33" />
        <source>I am</source>
        <translation>我是</translation>
    </message>
    <message>
        <location filename="../ui/choose_user_dialog.cpp" line="34" />
        <source>New user's name</source>
        <translation>新用户姓名</translation>
    </message>
    <message>
        <location filename="../ui/choose_user_dialog.cpp" line="35" />
        <source>New user's role</source>
        <translation>新用户角色</translation>
    </message>
</context>
<context>
    <name>casedesk::DueListDialog</name>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="19" />
        <source>Only my cases</source>
        <translation>只看我的案件</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="22" />
        <source>Due Soon and Overdue</source>
        <translation>即将到期与已逾期</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="25" />
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="30" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="30" />
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="30" />
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="30" />
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="30" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="31" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="31" />
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="31" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="39" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="41" />
        <source>Due within</source>
        <translation>到期范围</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="78" />
        <source>clock stopped</source>
        <translation>暂停计时中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="80" />
        <source>%n hour(s) late</source>
        <translation><numerusform>已超时 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="81" />
        <source>%n hour(s) left</source>
        <translation><numerusform>剩余 %n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="83" />
        <source>%n working day(s) late</source>
        <translation><numerusform>已逾期 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="84" />
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="85" />
        <source>%n working day(s) left</source>
        <translation><numerusform>剩余 %n 个工作日</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="96" />
        <source>%1 deadline(s) to watch, %2 of them overdue.</source>
        <translation>共 %1 项时限需关注，其中 %2 项已逾期。</translation>
    </message>
</context>
<context>
    <name>casedesk::FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.cpp" line="23" />
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="35" />
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="36" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="47" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="50" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="55" />
        <source>Search number, name, phone, business, text</source>
        <translation>搜索编号、姓名、电话、经营者、内容</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="56" />
        <source>Finds any part of the case number, complainant, phone, business, demand or facts</source>
        <translation>可按案件编号、投诉人、电话、经营者、诉求或事实中的任意片段查找</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="107" />
        <source>Choose who you are first (File &gt; Switch User)</source>
        <translation>请先选择您的身份（文件 &gt; 切换用户）</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="108" />
        <source>Only cases assigned to %1</source>
        <translation>只看分派给 %1 的案件</translation>
    </message>
    <message>
        <source>Search case number, complainant, phone, business, demand or facts</source>
        <translation>搜索案件编号、投诉人、电话、经营者、诉求或事实</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="71" />
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="74" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="97" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakeDialog</name>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="43" />
        <source>Show them</source>
        <translation>查看这些投诉</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="48" />
        <source>Register a Complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="76" />
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="79" />
        <source>Register the complaint (Ctrl+S)</source>
        <translation>登记这件投诉（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="81" />
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="82" />
        <source>Close (Keep Draft)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="108" />
        <source>Restored the registration you had not finished (saved %1).</source>
        <translation>已恢复您上次未完成的登记（保存于 %1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/intake_dialog.cpp" line="151" />
        <source>Returning complainant %1: %n earlier complaint(s).</source>
        <translation><numerusform>老投诉人 %1：此前已投诉 %n 次。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="154" />
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message numerus="yes">
        <source>Returning complainant %1: %n earlier complaint(s), the latest %2 on %3.</source>
        <translation><numerusform>老投诉人 %1：此前已投诉 %n 次，最近一次为 %2（%3）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/intake_dialog.cpp" line="168" />
        <source>%1 already has %n open complaint(s): possibly a group case.</source>
        <translation><numerusform>%1 已有 %n 件未办结投诉，可能属于群体性投诉。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="213" />
        <source>Possible duplicate: %1 from the same complainant about the same business was registered on %2. Press Register again to register this one anyway.</source>
        <translation>可能重复登记：同一投诉人对同一经营者的投诉 %1 已于 %2 登记。如确需另行登记，请再次点击“登记”。</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakeForm</name>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="50" />
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="53" />
        <source>Mobile or landline; a returning complainant is filled in</source>
        <translation>手机或固话；老投诉人会自动带出信息</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="54" />
        <source>Type part of the name or the credit code</source>
        <translation>输入名称的一部分或信用代码</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="55" />
        <source>e.g. 2400 or 2400.50</source>
        <translation>如 2400 或 2400.50</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="59" />
        <source>Complaint</source>
        <translation>投诉来源</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="61" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="62" />
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="63" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="65" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="67" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="68" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="69" />
        <source>ID number (optional)</source>
        <translation>身份证号（选填）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="70" />
        <location filename="../ui/intake/intake_form.cpp" line="76" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="72" />
        <source>Business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="74" />
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="75" />
        <source>Credit code (optional)</source>
        <translation>统一社会信用代码（选填）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="77" />
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="78" />
        <source>Street</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="80" />
        <source>Dispute</source>
        <translation>争议内容</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="82" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="83" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="84" />
        <source>Amount involved (¥)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="85" />
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="86" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="87" />
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="88" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="157" />
        <source>Choose...</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="174" />
        <source>Enter the amount in yuan, e.g. 2400 or 2400.50.</source>
        <translation>请按元填写金额，如 2400 或 2400.50。</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="40" />
        <location filename="../ui/main_window.cpp" line="176" />
        <location filename="../ui/main_window.cpp" line="337" />
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="95" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="102" />
        <source>&amp;Open Database...</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="103" />
        <source>&amp;Switch User...</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="104" />
        <source>Se&amp;ttings...</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="114" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="115" />
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="119" />
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="121" />
        <source>&amp;Due Soon and Overdue...</source>
        <translation>即将到期与已逾期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="130" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="147" />
        <source>&amp;About CaseDesk</source>
        <translation>关于消保案件台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="148" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="180" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198" />
        <source>Warning: %1 Make a copy of the file and restore a backup before entering new cases.</source>
        <translation>警告：%1 请先复制保存该文件并恢复备份，再登记新案件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="230" />
        <source>Registered case %1.</source>
        <translation>已登记案件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="273" />
        <location filename="../ui/main_window.cpp" line="301" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274" />
        <source>CaseDesk databases (*.db *.casedesk *.sqlite);;All files (*)</source>
        <translation>消保案件台数据库 (*.db *.casedesk *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="282" />
        <source>CaseDesk databases (*.db)</source>
        <translation>消保案件台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="337" />
        <source>CaseDesk — %1 (%2)</source>
        <translation>消保案件台 — %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352" />
        <source>%Ln case(s)</source>
        <translation><numerusform>共 %Ln 件</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="281" />
        <location filename="../ui/main_window.cpp" line="289" />
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="96" />
        <source>&amp;Register Complaint...</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100" />
        <source>New &amp;Database...</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="290" />
        <source>"%1" already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>“%1”已存在。请换一个文件名，或用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="352" />
        <source>Counting cases...</source>
        <translation>正在统计案件数…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>共 %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357" />
        <source>About CaseDesk</source>
        <translation>关于消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="358" />
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;Case management for district consumer-rights protection committees: complaints, mediation, prepaid-card disputes and court referrals.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;消保案件台 %1&lt;/h3&gt;&lt;p&gt;供区消费者权益保护委员会使用的案件管理软件：投诉登记、调解、预付卡纠纷与诉调对接。&lt;/p&gt;&lt;p&gt;按 GNU 通用公共许可证第 3 版或更新版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeBar</name>
    <message>
        <location filename="../ui/notice_bar.cpp" line="17" />
        <source>Hide this notice</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>casedesk::RuleSettingsPage</name>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="37" />
        <source>From</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="37" />
        <location filename="../ui/settings/rule_settings_page.cpp" line="53" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="37" />
        <source>Limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="44" />
        <source>e.g. SAMR Order No. 121</source>
        <translation>如“市场监管总局第121号令”</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="46" />
        <source>Deadline</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="46" />
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="46" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="51" />
        <source>New rule set</source>
        <translation>新增时限规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="54" />
        <source>For cases received from</source>
        <translation>适用于此日起登记的案件</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="55" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="57" />
        <source>Add Rule Set</source>
        <translation>添加时限规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="62" />
        <source>A case follows the set in force on the day it was received.</source>
        <translation>案件按登记当日施行的时限规则计算。</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="128" />
        <source>Added "%1" for cases received from %2.</source>
        <translation>已添加“%1”，适用于 %2 起登记的案件。</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="16" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="18" />
        <source>Working Days</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="19" />
        <source>Deadline Rules</source>
        <translation>时限规则</translation>
    </message>
</context>
<context>
    <name>casedesk::TransitionDialog</name>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="19" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="38" />
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="38" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="39" />
        <source>When</source>
        <translation>办理时间</translation>
    </message>
</context>
</TS>