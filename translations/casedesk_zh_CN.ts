<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <location filename="../ui/audit_verification.cpp" line="44"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit_verification.cpp" line="66"/>
        <source>The audit trail could not be checked: %1</source>
        <translation>无法核验审计记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit_verification.cpp" line="70"/>
        <source>The audit trail has been tampered with.</source>
        <translation>审计记录已被篡改。</translation>
    </message>
    <message>
        <location filename="../ui/audit_verification.cpp" line="72"/>
        <source>Someone changed the database outside CaseDesk. Keep a copy of this file as evidence and compare it with a backup.</source>
        <translation>有人绕过消保案件台直接改动了数据库。请复制保留此文件作为证据，并与备份进行比对。</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <location filename="../core/storage/audit_verifier.cpp" line="64"/>
        <source>Audit record #%1 was changed after it was written (its content no longer matches its hash).</source>
        <translation>第 %1 条审计记录在写入后被改动过（内容与其哈希值不符）。</translation>
    </message>
    <message>
        <location filename="../core/storage/audit_verifier.cpp" line="70"/>
        <source>The audit trail breaks before record #%1: one or more older records were deleted.</source>
        <translation>审计记录链在第 %1 条之前断开：有一条或多条更早的记录被删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/audit_verifier.cpp" line="73"/>
        <source>The audit trail breaks between records #%1 and #%2: a record between them was deleted, or record #%1 was altered.</source>
        <translation>审计记录链在第 %1 条与第 %2 条之间断开：两者之间有记录被删除，或第 %1 条被改动过。</translation>
    </message>
    <message>
        <location filename="../core/storage/audit_verifier.cpp" line="92"/>
        <source>The audit trail is empty, but it should end at record #%1: records were deleted.</source>
        <translation>审计记录为空，但本应截至第 %1 条：记录已被删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/audit_verifier.cpp" line="95"/>
        <source>The audit trail should end at record #%1 but ends at #%2: the newest records were deleted or changed.</source>
        <translation>审计记录本应截至第 %1 条，实际只到第 %2 条：最新的记录被删除或改动过。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/audit_verifier.cpp" line="101"/>
        <source>The audit trail is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>审计记录完整：共核验 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/audit_verifier.cpp" line="123"/>
        <source>The desk log is intact: %n line(s) checked.</source>
        <translation>
            <numerusform>工作台日志完整：共核验 %n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/audit_verifier.cpp" line="124"/>
        <source>Cases and users agree with what the trails last recorded; %n anchor(s) outside the file agree with it.</source>
        <translation>
            <numerusform>案件和用户与记录最后所载一致；文件之外的 %n 个锚点与本文件一致。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/desk_chain.cpp" line="169"/>
        <source>Desk log line #%1 was changed or added outside CaseDesk (its content no longer matches its hash).</source>
        <translation>工作台日志第 %1 条在本系统之外被改动或添加（内容与其哈希值不符）。</translation>
    </message>
    <message>
        <location filename="../core/storage/desk_chain.cpp" line="176"/>
        <source>The desk log breaks before line #%1: older lines were deleted.</source>
        <translation>工作台日志在第 %1 条之前断开：更早的记录被删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/desk_chain.cpp" line="178"/>
        <source>The desk log breaks between lines #%1 and #%2: a line between them was deleted, or line #%1 was altered.</source>
        <translation>工作台日志在第 %1 条与第 %2 条之间断开：两者之间有记录被删除，或第 %1 条被改动过。</translation>
    </message>
    <message>
        <location filename="../core/storage/desk_chain.cpp" line="191"/>
        <source>The desk log should end at line #%1 but ends at #%2: the newest lines were deleted or changed.</source>
        <translation>工作台日志本应截至第 %1 条，实际只到第 %2 条：最新的记录被删除或改动过。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="48"/>
        <source>The audit trail is empty</source>
        <translation>审计记录为空</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="48"/>
        <source>The desk log is empty</source>
        <translation>工作台日志为空</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="49"/>
        <source>The audit trail ends at #%1</source>
        <translation>审计记录截至第 %1 条</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="49"/>
        <source>The desk log ends at #%1</source>
        <translation>工作台日志截至第 %1 条</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="51"/>
        <source>%1, but %2 saw #%3 on %4: records were deleted.</source>
        <translation>%1，但%2曾于 %4 见到第 %3 条：有记录被删除。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="56"/>
        <source>Audit record #%1, which %2 saw on %3, is gone.</source>
        <translation>%2曾于 %3 见到的第 %1 条审计记录已不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="57"/>
        <source>Desk log line #%1, which %2 saw on %3, is gone.</source>
        <translation>%2曾于 %3 见到的工作台日志第 %1 条已不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="62"/>
        <source>Audit record #%1 is not the record %2 saw on %3: the trail was rewritten.</source>
        <translation>第 %1 条审计记录已不是%2于 %3 见到的那一条：审计记录被改写过。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="63"/>
        <source>Desk log line #%1 is not the line %2 saw on %3: the log was rewritten.</source>
        <translation>工作台日志第 %1 条已不是%2于 %3 见到的那一条：日志被改写过。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="80"/>
        <source>this file</source>
        <translation>本文件</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="101"/>
        <source>Audit trail #%1 %2 · desk log #%3 %4</source>
        <translation>审计记录 #%1 %2 · 工作台日志 #%3 %4</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="113"/>
        <source>the backup %1</source>
        <translation>备份 %1 </translation>
    </message>
    <message>
        <location filename="../core/storage/trail_anchors.cpp" line="132"/>
        <source>this desk</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="56"/>
        <source>Case %1: %2 is &quot;%3&quot;, but the audit trail last recorded &quot;%4&quot; (changed without an audit record).</source>
        <translation>案件 %1：%2 现为“%3”，但审计记录最后记载为“%4”（未留审计记录即被改动）。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="67"/>
        <source>Case %1 no longer matches what the audit trail recorded when it was registered: a field or its first status changes were changed without an audit record.</source>
        <translation>案件 %1 与登记时审计记录所载不再一致：某项内容或最初的状态变更未留审计记录即被改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="79"/>
        <source>Case %1: its timeline has %2 status change(s) after registration, but the audit trail records %3.</source>
        <translation>案件 %1：办理经过中登记后有 %2 次状态变更，但审计记录只载有 %3 次。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="88"/>
        <source>Case %1: the timeline&apos;s status change on %2 (%3 → %4) is not the one the audit trail records (%5 → %6).</source>
        <translation>案件 %1：办理经过中 %2 的状态变更（%3 → %4）与审计记录所载（%5 → %6）不符。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="167"/>
        <source>Case %1 was deleted outside CaseDesk: the audit trail records it, but it is no longer in the file.</source>
        <translation>案件 %1 在本系统之外被删除：审计记录载有该案，但文件中已没有它。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="206"/>
        <source>Case %1 has no registration record in the audit trail: it was added outside CaseDesk.</source>
        <translation>案件 %1 在审计记录中没有登记记录：它是在本系统之外添加的。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="255"/>
        <source>%1, inactive</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="264"/>
        <source>User %1 is not in the desk log: added outside CaseDesk.</source>
        <translation>用户 %1 不在工作台日志中：是在本系统之外添加的。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="267"/>
        <source>User %1 is %2, but the desk log last recorded %3 (changed outside CaseDesk).</source>
        <translation>用户 %1 现为%2，但工作台日志最后记载为%3（在本系统之外被改动）。</translation>
    </message>
    <message>
        <location filename="../core/storage/trail_state.cpp" line="276"/>
        <source>User %1 is in the desk log but no longer in the file: deleted outside CaseDesk.</source>
        <translation>用户 %1 在工作台日志中，但文件中已没有该用户：是在本系统之外删除的。</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../ui/background_work.cpp" line="42"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/background_work.cpp" line="94"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/background_work.cpp" line="111"/>
        <source>Cancelling...</source>
        <translation>正在取消……</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../core/auth/restore_authorization.cpp" line="34"/>
        <source>The name or the password is wrong (checked in the backup, because the database cannot be opened).</source>
        <translation>用户名或密码错误（数据库无法打开，已按备份中的账号核对）。</translation>
    </message>
    <message>
        <location filename="../core/auth/restore_authorization.cpp" line="42"/>
        <source>Sign in as a user who may manage backups to restore one.</source>
        <translation>请以有权管理备份的用户身份登录后再恢复备份。</translation>
    </message>
    <message>
        <location filename="../core/auth/restore_authorization.cpp" line="86"/>
        <source>Cannot open the backup %1: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
</context>
<context>
    <name>Businesses</name>
    <message>
        <location filename="../core/storage/business_repository.cpp" line="89"/>
        <source>No business with id %1 was found.</source>
        <translation>未找到编号为 %1 的经营者。</translation>
    </message>
    <message>
        <location filename="../core/storage/business_repository.cpp" line="109"/>
        <source>A business cannot be merged with itself.</source>
        <translation>经营者不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../core/storage/business_repository.cpp" line="111"/>
        <source>The reason is too long or holds unreadable characters.</source>
        <translation>原因过长或含有无法识别的字符。</translation>
    </message>
    <message>
        <location filename="../core/storage/business_repository.cpp" line="125"/>
        <source>&quot;%1&quot; and &quot;%2&quot; have different credit codes (%3, %4): they are different businesses and are not merged.</source>
        <translation>“%1”与“%2”的统一社会信用代码不同（%3、%4），属于不同经营者，不予合并。</translation>
    </message>
    <message>
        <location filename="../core/storage/business_repository.cpp" line="130"/>
        <source>&quot;%1&quot; and &quot;%2&quot; do not share a credit code; confirm that they are the same business.</source>
        <translation>“%1”与“%2”没有相同的统一社会信用代码，请确认二者为同一经营者。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="50"/>
        <source>Entry %1 of &quot;days&quot; is not an object with name, date and isOffDay.</source>
        <translation>“days”中的第 %1 项不是包含 name、date 和 isOffDay 的对象。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="56"/>
        <source>Entry %1 of &quot;days&quot; has no name.</source>
        <translation>“days”中的第 %1 项缺少 name。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="58"/>
        <source>Entry %1 of &quot;days&quot;: %2</source>
        <translation>“days”中的第 %1 项：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="60"/>
        <source>Entry %1 of &quot;days&quot; has no isOffDay true or false.</source>
        <translation>“days”中的第 %1 项缺少 isOffDay（应为 true 或 false）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="67"/>
        <source>Entry %1 of &quot;days&quot;: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>“days”中的第 %1 项：“%2”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="72"/>
        <source>Entry %1 of &quot;days&quot;: %2 is not in the file&apos;s year %3.</source>
        <translation>“days”中的第 %1 项：%2 不在本文件所属的 %3 年内。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="86"/>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <translation>文件不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="90"/>
        <source>The file is not a holiday schedule: expected a JSON object with year and days.</source>
        <translation>该文件不是节假日安排：应为包含 year 和 days 的 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="97"/>
        <source>The file has no valid &quot;year&quot; (a whole number such as 2026).</source>
        <translation>文件中没有有效的“year”（应为整数年份，如 2026）。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="99"/>
        <source>The file is the schedule of %1, not of %2.</source>
        <translation>该文件是 %1 年的节假日安排，不是 %2 年的。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="105"/>
        <location filename="../core/calendar/holiday_schedule.cpp" line="108"/>
        <source>&quot;papers&quot; must be a list of the notice&apos;s addresses.</source>
        <translation>“papers”应为通知原文网址的列表。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="115"/>
        <source>The file has no &quot;days&quot; list.</source>
        <translation>文件中没有“days”列表。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="118"/>
        <source>The schedule of %1 lists no days; every year has public holidays.</source>
        <translation>%1 年的节假日安排中没有任何日期，但每年都有法定节假日。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="126"/>
        <source>Entry %1 of &quot;days&quot;: %2 is listed twice.</source>
        <translation>“days”中的第 %1 项：%2 重复列出。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="137"/>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="139"/>
        <source>The file &quot;%1&quot; is too large to be a holiday schedule.</source>
        <translation>文件“%1”过大，不可能是节假日安排。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="142"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="163"/>
        <source>No holiday schedule of %1 ships with this version.</source>
        <translation>本版本未附带 %1 年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../core/calendar/holiday_schedule.cpp" line="168"/>
        <source>The shipped holiday schedule of %1 is damaged: %2</source>
        <translation>本版本附带的 %1 年节假日安排已损坏：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="187"/>
        <location filename="../core/storage/calendar_repository.cpp" line="212"/>
        <source>Give a valid date (YYYY-MM-DD).</source>
        <translation>请填写有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="191"/>
        <source>A day&apos;s name is at most %1 characters.</source>
        <translation>节日名称或说明最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="220"/>
        <source>%1 has no setting of yours to clear.</source>
        <translation>%1 没有手动设置，无需清除。</translation>
    </message>
    <message>
        <location filename="../core/storage/calendar_repository.cpp" line="233"/>
        <source>The stored schedule of %1 is damaged: %2</source>
        <translation>已保存的 %1 年节假日安排已损坏：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli_main.cpp" line="30"/>
        <source>Usage: casedesk-cli COMMAND [options]

Commands:
  init         create or upgrade a database file
  server       an office&apos;s PostgreSQL server: init (set up an empty database), upgrade,
               import (a file onto the server), export (the server into a file)
  demo         write realistic demo cases
  case list    list cases
  case show    show one case, with its due dates
  case add     register complaints from JSON
  import       register work orders from a 12315 or 12345 download (.xlsx or .csv)
  case transition  move a case to another status (workflow rules)
  case assign  give a case to a caseworker
  case contact record the first contact with the complainant (24-hour first response)
  case history show a case&apos;s timeline and audit trail
  case pause / case resume  stop or restart a case&apos;s deadline clock (appraisal, testing)
  case reveal  show a complainant&apos;s full phone or ID number (supervisors; logged)
  user         add, list and change users, their roles and passwords
  retention    anonymise personal data of cases closed long ago (--preview, --apply)
  workdays add      the N-th working day after a date
  workdays between  working days between two dates
  calendar     import a year&apos;s holiday notice, set or clear a day, show a year
  rules        list and add deadline rule sets
  audit verify check that nobody changed or deleted audit records behind CaseDesk&apos;s back
  backup       write a checked copy of the database (--out FILE)
  restore      replace the database with a checked backup
  mediator     add and list mediators (staff, people&apos;s mediators, volunteer lawyers, experts)
  court        add and list courts and circuit hearing points
  session      book and list mediation sessions (the agenda)
  agreement    draft, sign and track a mediation agreement; agreement CASE --out FILE.pdf
  referral     refer to a court, hearings, outcome; referral CASE --out FILE.pdf
  letter       letters to the complainant as PDF, recorded as sent; letter list CASE
  talk         talks (约谈) with a business: add, list, check a promise, print the record
  enterprise   networked enterprises: agreement, list, answer (settled a forwarded case or not)
  stats        statistics of a period (--json for programs)
  report       the monthly, quarterly or annual report as PDF
  notice-quarter  the quarterly notice on the networked enterprises as PDF or Excel
  platform-results  closed 12315 work orders&apos; results as Excel, to paste into the platform
  followup     follow-up visits, the monthly spot check, typical cases
  alerts       early warnings: sudden runs of complaints against one business
  group        group cases: list, show, create, outcome, move, roster
  points       liaison points (联络点): list, add, show, import, merge, ledger-import, lead,
               report, sheet, score, ranking, model (示范联络点评选)
  fund         first-compensation funds: list, create, top-up, payout, statement
  recovered    money recovered for a case, one entry per sum: list, add, remove, above

Commands that read or change cases sign in: --as USER (default: your login name) and the
password from --password-file FILE, the CASEDESK_PASSWORD variable or a prompt.

Every command accepts --help. Exit codes: 0 success, 1 user error, 2 internal error.</source>
        <translation>用法：casedesk-cli COMMAND [选项]

命令：
  init         新建或升级数据库文件
  server       办公室的 PostgreSQL 服务器：init（在空数据库中建立）、upgrade（升级）、
               import（将文件导入服务器）、export（将服务器导出为文件）
  demo         写入仿真演示案件
  case list    列出案件
  case show    查看一件案件及其办理期限
  case add     从 JSON 登记投诉
  import       将 12315 或 12345 下载的工单（.xlsx 或 .csv）登记为案件
  case transition  按办理流程变更案件状态
  case assign  将案件分派给承办人
  case contact 登记首次联系投诉人（24小时首次响应）
  case history 查看案件的办理经过和操作记录
  case pause / case resume  暂停或恢复案件计时（鉴定、检测）
  case reveal  查看投诉人完整电话或身份证号（限科长，留痕）
  user         添加、列出和修改用户及其角色、密码
  retention    对办结已久案件的个人信息做匿名化处理（--preview 预览，--apply 执行）
  workdays add      某日之后第 N 个工作日
  workdays between  两个日期之间的工作日数
  calendar     导入全年放假通知，设置或清除某日，查看全年日历
  rules        列出和添加办理时限规则
  audit verify 核验操作记录是否在本软件之外被改动或删除
  backup       生成经过校验的数据库备份（--out FILE）
  restore      用经过校验的备份恢复数据库
  mediator     添加和列出调解人员（工作人员、人民调解员、律师志愿者、专家）
  court        添加和列出法院及巡回审判点
  session      安排和列出调解场次（调解日程）
  agreement    起草、签署调解协议并跟踪履行；agreement CASE --out FILE.pdf
  referral     移送法院、开庭、结果；referral CASE --out FILE.pdf
  letter       生成文书 PDF 并登记发出；letter list CASE
  talk         约谈经营者：登记、列出、核查承诺、打印约谈记录
  enterprise   投诉联网企业：agreement（联网协议）、list（列表）、answer（转办案件的和解结果）
  stats        某一时段的统计数据（--json 供程序读取）
  report       生成月度、季度或年度报告 PDF
  notice-quarter  投诉联网企业季度通报（PDF 或 Excel）
  platform-results  将 12315 工单的办结结果导出为 Excel，粘贴到平台
  followup     回访、每月抽查、典型案例
  alerts       风险预警：同一经营者短期内投诉激增
  group        群体投诉：列出、查看、创建、处理结果、批量变更、名单
  points       联络点：list（列出）、add（添加）、show（查看）、import（导入名录）、merge（合并）、
               ledger-import（导入台账）、lead（线索）、report（报告）；
               示范联络点评选：sheet（评分表）、score（评分）、ranking（排名）、model（评定示范称号）
  fund         先行赔付金：列出、新建、充值、赔付、明细
  recovered    案件的挽回经济损失，每笔一条：list（列出）、add（登记）、remove（撤销）、above（超过涉及金额的案件）

查看或修改案件的命令需要登录：--as USER（默认为系统登录名），密码取自
--password-file FILE、CASEDESK_PASSWORD 环境变量或终端提示输入。

每个命令都支持 --help。退出码：0 成功，1 使用错误，2 内部错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_main.cpp" line="195"/>
        <source>casedesk-cli: unknown command &quot;%1&quot;.</source>
        <translation>casedesk-cli：没有“%1”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="62"/>
        <location filename="../app/cli/cli_support.cpp" line="99"/>
        <source>casedesk-cli: %1</source>
        <translation>casedesk-cli：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="65"/>
        <source>casedesk-cli: the database is held by %1.</source>
        <translation>casedesk-cli：数据库正被%1占用。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="73"/>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="74"/>
        <source>The database FILE.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="76"/>
        <source>The office&apos;s database server instead of a file: postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass, as for psql).</source>
        <translation>使用办公室的数据库服务器而非文件：postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass，与 psql 相同）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="78"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="123"/>
        <source>Give the database file with --database FILE (or a server with --server URL).</source>
        <translation>请用 --database 文件 指定数据库文件（或用 --server URL 指定服务器）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="126"/>
        <source>--server takes a server address, postgresql://USER@HOST:PORT/DATABASE; for a file use --database.</source>
        <translation>--server 需要服务器地址 postgresql://用户@主机:端口/数据库；文件请用 --database。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="65"/>
        <location filename="../app/cli/cli_sign_in.cpp" line="92"/>
        <location filename="../app/cli/cli_sign_in.cpp" line="145"/>
        <location filename="../app/cli/cli_support.cpp" line="74"/>
        <location filename="../app/cli/command_agreement.cpp" line="85"/>
        <location filename="../app/cli/command_backup.cpp" line="42"/>
        <location filename="../app/cli/command_case.cpp" line="71"/>
        <location filename="../app/cli/command_case_add.cpp" line="64"/>
        <location filename="../app/cli/command_group.cpp" line="266"/>
        <location filename="../app/cli/command_group.cpp" line="267"/>
        <location filename="../app/cli/command_letter.cpp" line="86"/>
        <location filename="../app/cli/command_letter.cpp" line="164"/>
        <location filename="../app/cli/command_letter.cpp" line="218"/>
        <location filename="../app/cli/command_notice.cpp" line="37"/>
        <location filename="../app/cli/command_notice.cpp" line="42"/>
        <location filename="../app/cli/command_platform_results.cpp" line="29"/>
        <location filename="../app/cli/command_points_report.cpp" line="44"/>
        <location filename="../app/cli/command_points_report.cpp" line="56"/>
        <location filename="../app/cli/command_referral.cpp" line="107"/>
        <location filename="../app/cli/command_report.cpp" line="35"/>
        <location filename="../app/cli/command_report.cpp" line="41"/>
        <location filename="../app/cli/command_stats.cpp" line="54"/>
        <location filename="../app/cli/command_talk.cpp" line="74"/>
        <location filename="../app/cli/command_talk.cpp" line="176"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="100"/>
        <location filename="../app/cli/cli_support.cpp" line="106"/>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="80"/>
        <source>Give the database file with --database FILE.</source>
        <translation>请用 --database 文件 指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="129"/>
        <source>casedesk-cli: warning: %1</source>
        <translation>casedesk-cli：警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="134"/>
        <source>casedesk-cli: warning: %1 Run &quot;audit verify&quot;.</source>
        <translation>casedesk-cli：警告：%1 请运行“audit verify”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="148"/>
        <source>Usage: casedesk-cli %1 %2 [options]  (--help on each)</source>
        <translation>用法：casedesk-cli %1 %2 [选项]（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="160"/>
        <source>casedesk-cli: unknown %1 command &quot;%2&quot;.</source>
        <translation>casedesk-cli：%1 下没有“%2”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="63"/>
        <source>Only cases in status S: %1.</source>
        <translation>只列出处于状态 S 的案件：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="158"/>
        <location filename="../app/cli/command_case.cpp" line="64"/>
        <location filename="../app/cli/command_demo.cpp" line="43"/>
        <location filename="../app/cli/command_followup.cpp" line="130"/>
        <location filename="../app/cli/command_import.cpp" line="64"/>
        <location filename="../app/cli/command_points.cpp" line="39"/>
        <location filename="../app/cli/command_points.cpp" line="42"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="65"/>
        <source>Only cases containing TEXT.</source>
        <translation>只列出包含该文字的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="45"/>
        <source>List early warnings: businesses with a sudden run of complaints, newest first.</source>
        <translation>列出风险预警：投诉突增的经营者，最新的在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="47"/>
        <source>Include acknowledged alerts.</source>
        <translation>包括已确认的预警。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="49"/>
        <source>Acknowledge the alert KEY.</source>
        <translation>确认编号为 KEY 的预警。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="50"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="51"/>
        <location filename="../app/cli/command_case.cpp" line="65"/>
        <location filename="../app/cli/command_case_clock.cpp" line="28"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="67"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="179"/>
        <location filename="../app/cli/command_enterprise.cpp" line="35"/>
        <location filename="../app/cli/command_enterprise.cpp" line="96"/>
        <location filename="../app/cli/command_followup.cpp" line="39"/>
        <location filename="../app/cli/command_followup.cpp" line="166"/>
        <location filename="../app/cli/command_fund.cpp" line="73"/>
        <location filename="../app/cli/command_fund.cpp" line="109"/>
        <location filename="../app/cli/command_group.cpp" line="200"/>
        <location filename="../app/cli/command_group.cpp" line="238"/>
        <location filename="../app/cli/command_mediation.cpp" line="158"/>
        <location filename="../app/cli/command_mediation.cpp" line="159"/>
        <location filename="../app/cli/command_points.cpp" line="46"/>
        <location filename="../app/cli/command_points_report.cpp" line="52"/>
        <location filename="../app/cli/command_recovered.cpp" line="94"/>
        <location filename="../app/cli/command_referral.cpp" line="153"/>
        <location filename="../app/cli/command_talk.cpp" line="142"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="51"/>
        <source>What was done about it.</source>
        <translation>处理情况。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="67"/>
        <source>Acknowledged %1.</source>
        <translation>已确认 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="82"/>
        <source>No alerts.</source>
        <translation>没有预警。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="86"/>
        <source>%1  %2  %3 – %4: %5 complaints (%6 prepaid) in the window, usual level %7  [%8]%9</source>
        <translation>%1  %2  %3 至 %4：统计期内投诉 %5 件（预付卡 %6 件），常态水平 %7  [%8]%9</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="91"/>
        <source>  acknowledged by %1</source>
        <translation>  已由 %1 确认</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="66"/>
        <source>At most N cases (default 100; 0 for all).</source>
        <translation>最多列出 N 件（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="25"/>
        <source>Give exactly one %1.</source>
        <translation>请只给出一个%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="32"/>
        <source>Import one year of the State Council&apos;s holiday notice (holiday-cn JSON: {year, papers, days: [{name, date, isOffDay}]}). It replaces that year&apos;s published days; days set by hand with &quot;calendar set&quot; are kept. A file with any problem changes nothing.</source>
        <translation>导入某一年的国务院办公厅节假日通知（holiday-cn JSON 格式：{year, papers, days: [{name, date, isOffDay}]}）。导入后替换该年已公布的日期；用“calendar set”手动设置的日期保留不变。文件有任何问题时，不做任何改动。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="37"/>
        <source>The year file, e.g. 2027.json.</source>
        <translation>年度文件，如 2027.json。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="41"/>
        <source>year file</source>
        <translation>年度文件</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="54"/>
        <source>Imported the holiday schedule of %1: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年节假日安排：放假 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="59"/>
        <source>It replaces the schedule of %1 stored before.</source>
        <translation>已替换此前保存的 %1 年节假日安排。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="61"/>
        <source>%1 day(s) of %2 set by hand keep their setting (&quot;calendar clear DATE&quot; undoes one).</source>
        <translation>%2 年有 %1 天为手动设置，仍保留原设置（可用“calendar clear 日期”逐日撤销）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="71"/>
        <source>Make one day a working day or a day off by hand, e.g. a district&apos;s own arrangement. It wins over the published schedule, also after a re-import.</source>
        <translation>手动将某一天设为工作日或休息日，如本区自行安排的调休。手动设置优先于公布的节假日安排，重新导入后依然有效。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="74"/>
        <source>The day is a working day.</source>
        <translation>该日为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="75"/>
        <source>The day is a day off.</source>
        <translation>该日为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="76"/>
        <source>Why, in a few words (e.g. 区政府调休).</source>
        <translation>简要说明原因（如“区政府调休”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="77"/>
        <location filename="../app/cli/command_case.cpp" line="66"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="74"/>
        <location filename="../app/cli/command_demo.cpp" line="42"/>
        <location filename="../app/cli/command_followup.cpp" line="38"/>
        <location filename="../app/cli/command_group.cpp" line="196"/>
        <location filename="../app/cli/command_mediation.cpp" line="156"/>
        <location filename="../app/cli/command_retention.cpp" line="41"/>
        <location filename="../app/cli/command_rules.cpp" line="136"/>
        <location filename="../app/cli/command_user.cpp" line="267"/>
        <location filename="../app/cli/command_workdays.cpp" line="36"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="81"/>
        <location filename="../app/cli/command_calendar.cpp" line="115"/>
        <source>The day, YYYY-MM-DD.</source>
        <translation>日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="84"/>
        <location filename="../app/cli/command_calendar.cpp" line="119"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="91"/>
        <source>Give either --working or --off.</source>
        <translation>请指定 --working 或 --off 其中之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="104"/>
        <source>%1 is now a working day.</source>
        <translation>%1 已设为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="105"/>
        <source>%1 is now a day off.</source>
        <translation>%1 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="112"/>
        <source>Undo &quot;calendar set&quot; for one day: it follows the published schedule again (or the weekday rule if the schedule does not list it).</source>
        <translation>撤销对某一天的“calendar set”设置：该日重新按公布的节假日安排执行（安排中未列出的，按周一至周五上班、周末休息认定）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="137"/>
        <source>%1 is a working day again.</source>
        <translation>%1 恢复为工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="138"/>
        <source>%1 is a day off again.</source>
        <translation>%1 恢复为休息日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="145"/>
        <source>List the days of year Y that differ from the weekday rule (days off on weekdays, make-up working days) and say whether the year&apos;s schedule is known.</source>
        <translation>列出 Y 年中与常规作息不同的日期（周一至周五放假的日子、调休上班日），并说明是否已有该年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="148"/>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="148"/>
        <location filename="../app/cli/command_points_assessment.cpp" line="25"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="155"/>
        <source>--year takes a year such as 2026.</source>
        <translation>--year 须为年份，如 2026。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="160"/>
        <source>casedesk-cli: warning: no holiday schedule for %1; only days set by hand are listed.</source>
        <translation>casedesk-cli：警告：没有 %1 年的节假日安排，仅列出手动设置的日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="168"/>
        <source>working</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="168"/>
        <source>off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../app/cli/command_calendar.cpp" line="172"/>
        <source>%1 working days in %2.</source>
        <translation>%2 年共 %1 个工作日。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_alerts.cpp" line="48"/>
        <location filename="../app/cli/command_audit.cpp" line="60"/>
        <location filename="../app/cli/command_case.cpp" line="68"/>
        <location filename="../app/cli/command_case.cpp" line="171"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="219"/>
        <location filename="../app/cli/command_fund.cpp" line="36"/>
        <location filename="../app/cli/command_fund.cpp" line="159"/>
        <location filename="../app/cli/command_group.cpp" line="72"/>
        <location filename="../app/cli/command_group.cpp" line="104"/>
        <location filename="../app/cli/command_recovered.cpp" line="36"/>
        <location filename="../app/cli/command_rules.cpp" line="96"/>
        <location filename="../app/cli/command_user.cpp" line="110"/>
        <location filename="../app/cli/command_user.cpp" line="269"/>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="84"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="90"/>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>没有“%1”这个状态，请使用：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="92"/>
        <source>--limit takes a whole number, 0 or more.</source>
        <translation>--limit 须为 0 或正整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_points_support.cpp" line="53"/>
        <location filename="../app/cli/command_agreement.cpp" line="40"/>
        <location filename="../app/cli/command_referral.cpp" line="34"/>
        <location filename="../app/cli/command_talk.cpp" line="40"/>
        <source>Unknown key &quot;%1&quot;; the keys are: %2.</source>
        <translation>未知的键“%1”；可用的键：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="23"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 应为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="33"/>
        <location filename="../app/cli/cli_points_support.cpp" line="21"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”应为文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="52"/>
        <source>No criterion &quot;%1&quot; on the %2 sheet.</source>
        <translation>%2 年度评分表中没有评分细则“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="54"/>
        <source>&quot;%1&quot; is in more than one category: give the criterion&apos;s id.</source>
        <translation>“%1”出现在多个类别中：请填写评分细则的编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="91"/>
        <source>The file is the sheet of %1, not of %2.</source>
        <translation>该文件是 %1 年度的评分表，不是 %2 年度的。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="99"/>
        <source>&quot;categories&quot; must be a list.</source>
        <translation>“categories”应为列表。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="118"/>
        <source>&quot;criteria&quot; of &quot;%1&quot; must be a list.</source>
        <translation>“%1”的“criteria”应为列表。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_assessment_json.cpp" line="164"/>
        <source>&quot;scores&quot; must be a list.</source>
        <translation>“scores”应为列表。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_points_support.cpp" line="109"/>
        <location filename="../app/cli/command_points.cpp" line="59"/>
        <source>&quot;%1&quot; is not a type of liaison point.</source>
        <translation>“%1”不是联络点类型。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_points_support.cpp" line="117"/>
        <location filename="../app/cli/command_points.cpp" line="64"/>
        <source>&quot;%1&quot; is not a status of a liaison point (active, suspended, closed).</source>
        <translation>“%1”不是联络点状态（active、suspended、closed）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_points_support.cpp" line="158"/>
        <source>&quot;pointId&quot; must be the id of a liaison point.</source>
        <translation>“pointId”应为联络点编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_points_support.cpp" line="179"/>
        <source>&quot;%1&quot; is not an outcome (pending, forwarded, penalised, not_confirmed, other).</source>
        <translation>“%1”不是处理结果（pending、forwarded、penalised、not_confirmed、other）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="79"/>
        <source>Draft or change the mediation agreement of a case in mediation from a JSON object with the keys facts, disputes, responsibility, terms, performanceMethod, performancePlace, performBy (YYYY-MM-DD), amount (yuan), mediator (name or id) and copies. Keys left out keep the saved draft&apos;s value, or the Chinese template&apos;s for a new draft.</source>
        <translation>根据 JSON 对象起草或修改调解中案件的调解协议，键为 facts、disputes、responsibility、terms、performanceMethod、performancePlace、performBy（YYYY-MM-DD）、amount（元）、mediator（姓名或编号）和 copies。未给出的键保留已存草稿的内容，新草稿则取中文模板的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="68"/>
        <location filename="../app/cli/command_agreement.cpp" line="88"/>
        <location filename="../app/cli/command_agreement.cpp" line="127"/>
        <location filename="../app/cli/command_agreement.cpp" line="166"/>
        <location filename="../app/cli/command_case.cpp" line="176"/>
        <location filename="../app/cli/command_case_clock.cpp" line="35"/>
        <location filename="../app/cli/command_case_reveal.cpp" line="29"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="78"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="136"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="182"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="222"/>
        <location filename="../app/cli/command_enterprise.cpp" line="42"/>
        <location filename="../app/cli/command_followup.cpp" line="46"/>
        <location filename="../app/cli/command_followup.cpp" line="96"/>
        <location filename="../app/cli/command_followup.cpp" line="171"/>
        <location filename="../app/cli/command_group.cpp" line="158"/>
        <location filename="../app/cli/command_letter.cpp" line="53"/>
        <location filename="../app/cli/command_letter.cpp" line="98"/>
        <location filename="../app/cli/command_mediation.cpp" line="166"/>
        <location filename="../app/cli/command_mediation.cpp" line="227"/>
        <location filename="../app/cli/command_recovered.cpp" line="39"/>
        <location filename="../app/cli/command_recovered.cpp" line="99"/>
        <location filename="../app/cli/command_referral.cpp" line="111"/>
        <location filename="../app/cli/command_referral.cpp" line="157"/>
        <location filename="../app/cli/command_referral.cpp" line="185"/>
        <source>Case number or id.</source>
        <translation>案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="94"/>
        <location filename="../app/cli/command_referral.cpp" line="117"/>
        <source>Give one case and --json FILE.</source>
        <translation>请给出一个案件和 --json 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="112"/>
        <source>%1: agreement saved as a draft.</source>
        <translation>%1：调解协议已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="114"/>
        <source>Still missing before signing: %1</source>
        <translation>签订前还缺：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="121"/>
        <source>Record that both parties and the mediator signed the agreement; the case becomes &quot;agreement reached&quot;.</source>
        <translation>记录双方当事人和调解员已在协议上签字；案件变为“达成协议”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="124"/>
        <source>The signing date (YYYY-MM-DD).</source>
        <translation>签订日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="133"/>
        <location filename="../app/cli/command_agreement.cpp" line="172"/>
        <location filename="../app/cli/command_case.cpp" line="181"/>
        <location filename="../app/cli/command_case_clock.cpp" line="40"/>
        <location filename="../app/cli/command_case_reveal.cpp" line="35"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="84"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="142"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="188"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="227"/>
        <location filename="../app/cli/command_followup.cpp" line="52"/>
        <location filename="../app/cli/command_followup.cpp" line="101"/>
        <location filename="../app/cli/command_followup.cpp" line="177"/>
        <location filename="../app/cli/command_mediation.cpp" line="172"/>
        <location filename="../app/cli/command_referral.cpp" line="163"/>
        <location filename="../app/cli/command_referral.cpp" line="191"/>
        <source>Give exactly one case number or id.</source>
        <translation>请给出一个案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="144"/>
        <source>%1: agreement signed on %2; judicial confirmation can be applied for until %3.</source>
        <translation>%1：调解协议于 %2 签订；可在 %3 前申请司法确认。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="155"/>
        <source>Record whether a signed agreement was carried out, and the money actually recovered.</source>
        <translation>记录已签订的协议是否履行，以及实际挽回的金额。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="157"/>
        <location filename="../app/cli/command_mediation.cpp" line="34"/>
        <location filename="../app/cli/command_mediation.cpp" line="94"/>
        <location filename="../app/cli/command_mediation.cpp" line="153"/>
        <location filename="../app/cli/command_mediation.cpp" line="161"/>
        <source>One of: %1.</source>
        <translation>取值之一：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="159"/>
        <source>The date of the check (YYYY-MM-DD).</source>
        <translation>核实日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="160"/>
        <source>Money recovered, in yuan.</source>
        <translation>挽回金额（元）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="161"/>
        <location filename="../app/cli/command_enterprise.cpp" line="36"/>
        <location filename="../app/cli/command_fund.cpp" line="106"/>
        <location filename="../app/cli/command_recovered.cpp" line="92"/>
        <source>YUAN</source>
        <translation>YUAN</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="175"/>
        <source>Give --status: %1.</source>
        <translation>请用 --status 给出：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="198"/>
        <source>%1: %2, ¥%3 recovered.</source>
        <translation>%1：%2，挽回 ¥%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="208"/>
        <source>Write the case&apos;s mediation agreement (调解协议书) as an A4 PDF.</source>
        <translation>将案件的调解协议书输出为 A4 PDF。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="65"/>
        <location filename="../app/cli/command_letter.cpp" line="86"/>
        <location filename="../app/cli/command_letter.cpp" line="164"/>
        <location filename="../app/cli/command_report.cpp" line="35"/>
        <location filename="../app/cli/command_talk.cpp" line="176"/>
        <source>The PDF file to write.</source>
        <translation>要生成的 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_case_support.cpp" line="74"/>
        <source>Give one case and --out FILE.pdf.</source>
        <translation>请给出一个案件和 --out 文件.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="213"/>
        <source>%1: agreement written to %2</source>
        <translation>%1：调解协议已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="36"/>
        <source>Export names, phones and ID numbers in full (supervisors only; logged). Without it, exports are de-identified.</source>
        <translation>导出完整的姓名、电话和身份证号（仅限科长，留痕）。不加此项时导出内容已去标识化。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="69"/>
        <source>Print CSV (UTF-8).</source>
        <translation>输出 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="55"/>
        <source>List cases, newest first. Phones are masked; JSON, CSV and Excel exports are de-identified unless --identified is given by a supervisor. --xlsx writes every case the filter selects (not --limit) to an Excel workbook.</source>
        <translation>列出案件，最新的在前。电话号码遮蔽显示；JSON、CSV 和 Excel 导出均为去标识化数据，除非主管加上 --identified。--xlsx 将筛选出的全部案件（不受 --limit 限制）写入 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="70"/>
        <source>Write the cases to this Excel workbook.</source>
        <translation>将案件写入此 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="98"/>
        <location filename="../app/cli/command_stats.cpp" line="81"/>
        <source>Give one of --json, --csv and --xlsx.</source>
        <translation>--json、--csv 和 --xlsx 只能选一个。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="100"/>
        <source>--xlsx takes the workbook to write: --xlsx FILE.xlsx.</source>
        <translation>--xlsx 需要给出要写入的工作簿：--xlsx 文件.xlsx。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="103"/>
        <source>--identified applies to --json, --csv or --xlsx exports.</source>
        <translation>--identified 只用于 --json、--csv 或 --xlsx 导出。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/command_case.cpp" line="123"/>
        <source>Wrote %n case(s) to %1</source>
        <translation>
            <numerusform>已将 %n 件案件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="168"/>
        <source>Show one case. ID is the case number (e.g. 长宁-2026-000123) or the internal id. Phone and ID number are masked (case reveal shows one in full).</source>
        <translation>查看一件案件。ID 为案件编号（如 长宁-2026-000123）或内部编号。电话和身份证号已脱敏（用 case reveal 查看完整值）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="184"/>
        <source>--identified applies to the --json export.</source>
        <translation>--identified 只用于 --json 导出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="224"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="225"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="226"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="227"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="228"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="229"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="230"/>
        <source>Amount</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="231"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="233"/>
        <source>[MINOR under 14: sensitive personal data]</source>
        <translation>[未满14周岁未成年人：敏感个人信息]</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="234"/>
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="235"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="236"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="237"/>
        <source>Facts</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="242"/>
        <source>Prepaid card: %1 %2, paid ¥%3, balance ¥%4, business %5, notice: %6</source>
        <translation>预付卡：%1 %2，支付 ¥%3，余额 ¥%4，经营者%5，提前告知：%6</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="249"/>
        <source>done %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="250"/>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="251"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="252"/>
        <source>Due: %1 by %2 (%3)</source>
        <translation>期限：%1，截至 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="39"/>
        <source>Write N realistic, invented cases over the three years before DATE (default: today). The same seed and date give the same data.</source>
        <translation>生成 N 件虚构但贴近实际的案件，登记时间分布在指定日期（默认今天）之前的三年内。种子和日期相同，生成的数据也相同。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="42"/>
        <source>How many cases to write.</source>
        <translation>生成的案件数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="43"/>
        <source>Random seed (default 20261123).</source>
        <translation>随机种子（默认 20261123）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="44"/>
        <source>Last day (exclusive), YYYY-MM-DD.</source>
        <translation>截止日期（不含当天），格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="124"/>
        <location filename="../app/cli/command_agreement.cpp" line="159"/>
        <location filename="../app/cli/command_demo.cpp" line="44"/>
        <location filename="../app/cli/command_mediation.cpp" line="222"/>
        <location filename="../app/cli/command_mediation.cpp" line="223"/>
        <location filename="../app/cli/command_platform_results.cpp" line="30"/>
        <location filename="../app/cli/command_platform_results.cpp" line="31"/>
        <location filename="../app/cli/command_recovered.cpp" line="93"/>
        <location filename="../app/cli/command_rules.cpp" line="138"/>
        <location filename="../app/cli/command_stats.cpp" line="42"/>
        <location filename="../app/cli/command_stats.cpp" line="43"/>
        <location filename="../app/cli/command_workdays.cpp" line="35"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="45"/>
        <source>Case number prefix for a new file (default 长宁).</source>
        <translation>新文件的案件编号前缀（默认“长宁”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="46"/>
        <location filename="../app/cli/command_init.cpp" line="54"/>
        <location filename="../app/cli/command_mediation.cpp" line="37"/>
        <location filename="../app/cli/command_mediation.cpp" line="157"/>
        <location filename="../app/cli/command_notice.cpp" line="36"/>
        <location filename="../app/cli/command_points_report.cpp" line="43"/>
        <location filename="../app/cli/command_report.cpp" line="34"/>
        <location filename="../app/cli/command_stats.cpp" line="44"/>
        <source>P</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="57"/>
        <source>Give the number of cases with --cases N (a whole number).</source>
        <translation>请用 --cases N 指定案件数（整数）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="61"/>
        <source>The seed must be a whole number.</source>
        <translation>随机种子须为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="66"/>
        <source>The date must be written as YYYY-MM-DD.</source>
        <translation>日期格式须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="96"/>
        <source>%1% written</source>
        <translation>已写入 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="102"/>
        <source>Wrote %1 cases, %2 complainants and %3 businesses in %4 s.</source>
        <translation>已写入 %1 件案件、%2 名投诉人、%3 家经营者，用时 %4 秒。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="107"/>
        <source>Demo users sign in with the password %1 (administrator: %2).</source>
        <translation>演示用户的登录密码均为 %1（管理员：%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_demo.cpp" line="109"/>
        <source>Sudden runs of complaints against: %1</source>
        <translation>短期内集中被投诉的经营者：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="43"/>
        <source>Create a new database, or bring an existing one up to this version&apos;s schema. --admin creates the first administrator (password from --new-password-file, CASEDESK_NEW_PASSWORD or asked twice).</source>
        <translation>新建数据库，或把已有数据库升级到本版本的结构。--admin 创建第一个管理员（密码取自 --new-password-file、CASEDESK_NEW_PASSWORD 或两次提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="52"/>
        <source>Create the first administrator, NAME.</source>
        <translation>创建第一个管理员，名为 NAME。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="54"/>
        <source>Case number prefix, e.g. 长宁.</source>
        <translation>案件编号前缀，如“长宁”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="55"/>
        <source>The council&apos;s name for documents.</source>
        <translation>文书上使用的消保委名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="95"/>
        <source>Administrator %1 can now sign in.</source>
        <translation>管理员 %1 现在可以登录了。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="131"/>
        <source>Nobody can sign in yet: run init again with --admin NAME to create the administrator.</source>
        <translation>目前还没有人能登录：请再次运行 init 并加上 --admin 姓名 来创建管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="22"/>
        <location filename="../app/cli/cli_stats_support.cpp" line="23"/>
        <location filename="../app/cli/cli_stats_support.cpp" line="25"/>
        <location filename="../app/cli/cli_stats_support.cpp" line="28"/>
        <location filename="../app/cli/command_enterprise.cpp" line="93"/>
        <location filename="../app/cli/command_group.cpp" line="154"/>
        <location filename="../app/cli/command_import.cpp" line="70"/>
        <location filename="../app/cli/command_init.cpp" line="53"/>
        <location filename="../app/cli/command_init.cpp" line="55"/>
        <location filename="../app/cli/command_mediation.cpp" line="152"/>
        <location filename="../app/cli/command_points_report.cpp" line="48"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="22"/>
        <source>Only businesses in this district.</source>
        <translation>只统计该区的经营者。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="23"/>
        <source>Only businesses in this street.</source>
        <translation>只统计该街道（镇）的经营者。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="24"/>
        <source>Only this complaint category (its Chinese name).</source>
        <translation>只统计该投诉类别（填中文名称）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="26"/>
        <source>Only this channel code (12315, 12345, phone, ...).</source>
        <translation>只统计该来源渠道（代码：12315、12345、phone 等）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="27"/>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="28"/>
        <source>Only this caseworker&apos;s cases.</source>
        <translation>只统计该承办人的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="29"/>
        <source>Only this business (its internal id).</source>
        <translation>只统计该经营者（填内部编号）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="29"/>
        <location filename="../app/cli/command_group.cpp" line="155"/>
        <location filename="../app/cli/command_points_ledger.cpp" line="58"/>
        <location filename="../app/cli/command_talk.cpp" line="72"/>
        <location filename="../app/cli/command_talk.cpp" line="104"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="48"/>
        <source>Unknown channel &quot;%1&quot;.</source>
        <translation>没有“%1”这个来源渠道。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="55"/>
        <source>--business takes the business&apos;s id, a whole number.</source>
        <translation>--business 后面要填经营者的编号（整数）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="66"/>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>没有“%1”这个投诉类别。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="78"/>
        <source>Counting the statistics of this file once; later changes are counted as they come.</source>
        <translation>正在为此文件统计一次全部数据；以后的变动会随时计入。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="83"/>
        <source>%1% counted</source>
        <translation>已统计 %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_stats_support.cpp" line="102"/>
        <source>The file &quot;%1&quot; holds no text.</source>
        <translation>文件“%1”中没有文字。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_init.cpp" line="126"/>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_calendar_support.cpp" line="25"/>
        <source>%1 takes a date as YYYY-MM-DD, e.g. 2026-02-12; &quot;%2&quot; is not one.</source>
        <translation>%1 须为 YYYY-MM-DD 格式的日期，如 2026-02-12；“%2”不符合。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_calendar_support.cpp" line="48"/>
        <source>casedesk-cli: warning: no holiday schedule for %1; only weekends were skipped there. Import the year&apos;s notice with: casedesk-cli calendar import FILE --database DB</source>
        <translation>casedesk-cli：警告：没有 %1 年的节假日安排，该年只扣除了周末。请导入该年的通知：casedesk-cli calendar import 文件 --database 数据库</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="33"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="87"/>
        <source>Act as USER (a user of the database; default: your login name).</source>
        <translation>以指定用户的身份操作（须为数据库中的用户；默认为当前登录名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="88"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="133"/>
        <location filename="../app/cli/command_points.cpp" line="44"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="90"/>
        <source>Read your password from the first line of FILE (else CASEDESK_PASSWORD, else you are asked).</source>
        <translation>从文件第一行读取你的密码（否则取 CASEDESK_PASSWORD，再否则提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="105"/>
        <source>Say who you are with --as USER (no login name was found).</source>
        <translation>请用 --as 用户 说明您的身份（未找到登录名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="115"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="117"/>
        <source>Give your password with --password-file FILE or CASEDESK_PASSWORD (or run the command on a terminal to be asked).</source>
        <translation>请用 --password-file 文件或 CASEDESK_PASSWORD 提供密码（或在终端上运行命令以便提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="143"/>
        <source>Read the user&apos;s new password from the first line of FILE (else CASEDESK_NEW_PASSWORD, else you are asked twice).</source>
        <translation>从文件第一行读取该用户的新密码（否则取 CASEDESK_NEW_PASSWORD，再否则提示输入两次）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="154"/>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="156"/>
        <source>Give the new password with --new-password-file FILE or CASEDESK_NEW_PASSWORD (or run the command on a terminal to be asked).</source>
        <translation>请用 --new-password-file 文件或 CASEDESK_NEW_PASSWORD 提供新密码（或在终端上运行命令以便提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="158"/>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_sign_in.cpp" line="160"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="43"/>
        <source>There is no mediator named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的调解员。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="45"/>
        <source>Several mediators are named &quot;%1&quot;; give the id instead.</source>
        <translation>有多位调解员名为“%1”，请改用编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="61"/>
        <source>%1: write the date as YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>%1：日期请写成 YYYY-MM-DD（收到的是“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="72"/>
        <source>%1: write the time as YYYY-MM-DDTHH:MM, optionally with an offset such as +08:00 (got &quot;%2&quot;).</source>
        <translation>%1：时间请写成 YYYY-MM-DDTHH:MM，可带时区如 +08:00（收到的是“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="83"/>
        <source>%1: &quot;%2&quot; is not an amount in yuan such as 2400 or 2,400.50.</source>
        <translation>%1：“%2”不是以元计的金额，应如 2400 或 2,400.50。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="93"/>
        <location filename="../app/cli/cli_stats_support.cpp" line="99"/>
        <location filename="../app/cli/command_case_add.cpp" line="35"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_mediation_support.cpp" line="101"/>
        <source>&quot;%1&quot; is not a JSON object: %2</source>
        <translation>“%1”不是 JSON 对象：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="50"/>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>没有“%1”这个投诉类别。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="59"/>
        <source>Register complaints from JSON: one object, or an array of objects, with the keys of case show --json (the case number and status are assigned). An array is registered all or nothing.</source>
        <translation>从 JSON 登记投诉：可以是一个对象，也可以是对象数组，键名与 case show --json 的输出相同（案件编号和状态由系统分配）。数组中的投诉要么全部登记，要么一件都不登记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_agreement.cpp" line="84"/>
        <location filename="../app/cli/command_case_add.cpp" line="63"/>
        <location filename="../app/cli/command_letter.cpp" line="258"/>
        <location filename="../app/cli/command_referral.cpp" line="106"/>
        <location filename="../app/cli/command_talk.cpp" line="73"/>
        <source>The JSON file, or - for standard input.</source>
        <translation>JSON 文件；用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="70"/>
        <source>Give the JSON with --json FILE (or --json - for standard input).</source>
        <translation>请用 --json 文件 指定 JSON（或用 --json - 从标准输入读取）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="81"/>
        <source>The JSON cannot be read at character %1: %2.</source>
        <translation>JSON 在第 %1 个字符处无法解析：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="86"/>
        <source>The JSON holds no complaint.</source>
        <translation>JSON 中没有投诉。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="104"/>
        <source>Item %1: </source>
        <translation>第 %1 条： </translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="106"/>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_add.cpp" line="130"/>
        <source>Nothing was registered.</source>
        <translation>未登记任何投诉。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="25"/>
        <source>Stop the case&apos;s deadline clock while goods are appraised or tested.</source>
        <translation>商品送鉴定或检测期间，暂停案件的时限计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="26"/>
        <source>Restart the case&apos;s deadline clock when the appraisal or test is back.</source>
        <translation>鉴定或检测结果出来后，恢复案件的时限计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="28"/>
        <source>What is appraised or tested.</source>
        <translation>鉴定或检测的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="29"/>
        <source>When (YYYY-MM-DDTHH:MM, default now).</source>
        <translation>时间（YYYY-MM-DDTHH:MM，默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="30"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="71"/>
        <location filename="../app/cli/command_case_workflow.cpp" line="178"/>
        <location filename="../app/cli/command_followup.cpp" line="41"/>
        <location filename="../app/cli/command_mediation.cpp" line="150"/>
        <location filename="../app/cli/command_referral.cpp" line="152"/>
        <source>DATETIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="42"/>
        <source>Say what is appraised or tested with --reason TEXT.</source>
        <translation>请用 --reason 文字 说明鉴定或检测的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="47"/>
        <source>The time must be written as YYYY-MM-DDTHH:MM.</source>
        <translation>时间格式须为 YYYY-MM-DDTHH:MM。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="60"/>
        <source>%1: clock stopped at %2.</source>
        <translation>%1：已于 %2 暂停计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_clock.cpp" line="61"/>
        <source>%1: clock running again from %2.</source>
        <translation>%1：自 %2 起恢复计时。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="56"/>
        <source>Move a case to another status, by the workflow rules. ID is the case number or the internal id. Refusing, returning and terminating mediation need a --ground; reopening needs a --note.</source>
        <translation>按办理流程变更案件状态。ID 为案件编号或内部编号。不予受理、退回和终止调解须用 --ground 给出理由；重新打开须用 --note 说明原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="59"/>
        <source>The new status: %1.</source>
        <translation>新状态：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="59"/>
        <location filename="../app/cli/command_group.cpp" line="236"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="62"/>
        <source>The ground code. Refusal: %1. Return: %2. Termination: %3.</source>
        <translation>理由代码。不予受理：%1。退回：%2。终止调解：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="66"/>
        <location filename="../app/cli/command_group.cpp" line="237"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="67"/>
        <location filename="../app/cli/command_group.cpp" line="238"/>
        <source>A note on the decision.</source>
        <translation>对决定的说明。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="69"/>
        <source>When it happened, e.g. 2026-03-17T09:30 or 2026-03-17T09:30+08:00 (default: now).</source>
        <translation>办理时间，如 2026-03-17T09:30 或 2026-03-17T09:30+08:00（默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="73"/>
        <source>Refuse if the case&apos;s version is no longer N (someone changed it).</source>
        <translation>若案件版本已不是 N（已被他人修改），则不执行变更。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="91"/>
        <source>Give the new status with --to STATUS (%1).</source>
        <translation>请用 --to 状态 指定新状态（%1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="98"/>
        <source>Write the time as YYYY-MM-DDTHH:MM, optionally with seconds and an offset such as +08:00.</source>
        <translation>时间请写成 YYYY-MM-DDTHH:MM，可带秒和时区偏移（如 +08:00）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="106"/>
        <source>--expect-version takes a whole number.</source>
        <translation>--expect-version 须为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="123"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="131"/>
        <source>Make USER (an active caseworker or supervisor) the caseworker of a case; reassigning is allowed.</source>
        <translation>将案件分派给指定用户（须为未停用的承办人或主管）承办；已分派的案件可以改派。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="133"/>
        <source>The caseworker who takes the case.</source>
        <translation>接手案件的承办人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="144"/>
        <source>Give the caseworker with --to USER.</source>
        <translation>请用 --to 用户 指定承办人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="159"/>
        <source>%1: caseworker %2</source>
        <translation>%1：承办人 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="171"/>
        <source>Record the first contact with the complainant (the 24-hour first response): it meets the first-contact deadline. Once per case.</source>
        <translation>登记首次联系投诉人（24小时首次响应），即完成首次联系时限。每件案件只登记一次。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="174"/>
        <source>How: %1.</source>
        <translation>联系方式：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="175"/>
        <source>M</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="177"/>
        <source>When (ISO 8601 with a time, e.g. 2026-03-04T09:30; default: now).</source>
        <translation>联系时间（ISO 8601，带时刻，如 2026-03-04T09:30；默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="179"/>
        <source>A short note.</source>
        <translation>简短备注。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="191"/>
        <source>Give how with --method: %1.</source>
        <translation>请用 --method 给出联系方式：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="196"/>
        <source>--at takes a date and time, e.g. 2026-03-04T09:30.</source>
        <translation>--at 需要日期和时刻，如 2026-03-04T09:30。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="207"/>
        <source>%1: first contact %2, %3</source>
        <translation>%1：首次联系（%2，%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="216"/>
        <source>Show a case&apos;s timeline (its status changes) and its audit trail (every recorded change).</source>
        <translation>查看案件的办理经过（状态变更）和修改记录（所有记录在案的改动）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="242"/>
        <source>Timeline:</source>
        <translation>办理经过：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_workflow.cpp" line="253"/>
        <source>Audit trail:</source>
        <translation>修改记录：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="50"/>
        <source>--%1 takes a number with an optional unit: 7 or 7wd (working days), 7d (calendar days), 2h (hours); &quot;%2&quot; is not one.</source>
        <translation>--%1 须为数字，可带单位：7 或 7wd（工作日）、7d（自然日）、2h（小时）；“%2”不符合。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="72"/>
        <source> (channel %1)</source>
        <translation>（来源渠道 %1）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="93"/>
        <source>List the deadline rule sets, oldest first. A case follows the set in force on the day it was received.</source>
        <translation>列出时限规则，最早施行的在前。案件适用登记当天施行的时限规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="114"/>
        <source>From %1: %2</source>
        <translation>自 %1 起施行：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="129"/>
        <source>Add a deadline rule set for cases received from DATE on. Limits: 7 or 7wd working days, 7d calendar days, 2h hours; without a unit, hours for --hotline-dispatch and --first-contact and working days otherwise. Hotline limits apply to 12345 transfers. Limits not given are copied from the set in force the day before DATE.</source>
        <translation>添加时限规则，适用于自指定日期起登记的案件。时限写法：7 或 7wd 为工作日，7d 为自然日，2h 为小时；不写单位时，--hotline-dispatch 和 --first-contact 按小时计，其余按工作日计。热线时限适用于12345热线转办件。未给出的时限，沿用该日期前一天施行的时限规则。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="135"/>
        <source>The set&apos;s name, e.g. the order that sets it.</source>
        <translation>规则名称，如规定这些时限的规章名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="137"/>
        <source>The first received date it applies to.</source>
        <translation>施行日期：自该日起登记的案件适用。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="139"/>
        <source>A note, e.g. the source.</source>
        <translation>备注，如出处。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="33"/>
        <source>Record a follow-up visit (or an attempt that reached nobody) on a finished case.</source>
        <translation>为已办结的案件登记一次回访（也可登记未联系上的情况）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="35"/>
        <source>What the consumer said.</source>
        <translation>消费者的评价。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="36"/>
        <source>Nobody answered.</source>
        <translation>未联系上消费者。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="38"/>
        <source>The consumer&apos;s rating of the caseworker, 1–5.</source>
        <translation>消费者对承办人工作态度的评分，1–5 分。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="39"/>
        <source>What was said.</source>
        <translation>回访情况说明。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="40"/>
        <source>When, e.g. 2026-03-17T09:30 (default: now).</source>
        <translation>回访时间，例如 2026-03-17T09:30（默认为现在）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="42"/>
        <source>The visit is for the monthly spot check.</source>
        <translation>本次回访属于每月抽查测评。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="60"/>
        <source>Give --result satisfied, basically_satisfied or dissatisfied, or --not-reached.</source>
        <translation>请用 --result 填写 satisfied（满意）、basically_satisfied（基本满意）或 dissatisfied（不满意），未联系上请用 --not-reached。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="67"/>
        <source>--attitude takes a whole number from 1 to 5.</source>
        <translation>--attitude 后面要填 1 到 5 的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="75"/>
        <source>Write the time as YYYY-MM-DDTHH:MM, optionally with an offset such as +08:00.</source>
        <translation>时间请写成 YYYY-MM-DDTHH:MM，可带时区偏移，如 +08:00。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="85"/>
        <source>Recorded the follow-up of case %1: %2.</source>
        <translation>已登记案件 %1 的回访：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="93"/>
        <source>Show a case&apos;s follow-up visits.</source>
        <translation>查看案件的回访记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="110"/>
        <source>Case %1 has no follow-up visits.</source>
        <translation>案件 %1 还没有回访记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="114"/>
        <source>attitude %1/5</source>
        <translation>态度评分 %1/5</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="124"/>
        <source>Draw the month&apos;s spot check (a share of each caseworker&apos;s cases closed that month; a month already drawn keeps its sample) and list it.</source>
        <translation>抽取当月的抽查测评样本（按比例抽取每位承办人当月办结的案件；已抽过的月份保留原样本）并列出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="127"/>
        <source>The month the cases were closed in.</source>
        <translation>案件办结的月份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="128"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="129"/>
        <source>The share to check, 0–1 (default 0.1).</source>
        <translation>抽查比例，0–1（默认 0.1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="139"/>
        <source>Give the month as --month YYYY-MM.</source>
        <translation>请用 --month YYYY-MM 指定月份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="143"/>
        <source>--share takes a number such as 0.1.</source>
        <translation>--share 后面要填一个数字，如 0.1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="151"/>
        <source>No case was closed in %1.</source>
        <translation>%1 没有办结的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="154"/>
        <source>done</source>
        <translation>已抽查</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="154"/>
        <source>to do</source>
        <translation>待抽查</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="163"/>
        <source>Flag a case as a typical case with a short write-up for publication, or remove the flag.</source>
        <translation>将案件标为典型案例并附简要说明以便发布，或取消标记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="165"/>
        <location filename="../app/cli/command_points.cpp" line="38"/>
        <location filename="../app/cli/command_points_assessment.cpp" line="242"/>
        <location filename="../app/cli/command_rules.cpp" line="139"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="165"/>
        <source>The typical case&apos;s title.</source>
        <translation>典型案例标题。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="166"/>
        <source>The short write-up.</source>
        <translation>简要案情说明。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="167"/>
        <source>Remove the flag.</source>
        <translation>取消典型案例标记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="186"/>
        <source>Case %1 is no longer a typical case.</source>
        <translation>案件 %1 已取消典型案例标记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="193"/>
        <source>Case %1 is flagged as a typical case: %2</source>
        <translation>案件 %1 已标为典型案例：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="145"/>
        <source>Limit for: %1.</source>
        <translation>%1的时限。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="146"/>
        <source>LIMIT</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="198"/>
        <source>Added rule set %1 &quot;%2&quot;, for cases received from %3 on:</source>
        <translation>已添加时限规则 %1“%2”，适用于自 %3 起登记的案件：</translation>
    </message>
    <message>
        <location filename="../app/cli/command_rules.cpp" line="204"/>
        <source>Copied from &quot;%1&quot;: %2.</source>
        <translation>沿用“%1”：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_followup.cpp" line="35"/>
        <location filename="../app/cli/command_user.cpp" line="40"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="47"/>
        <source>casedesk-cli: unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>casedesk-cli：没有“%1”这个角色，请使用：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="54"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="32"/>
        <source>Add a person to the mediator directory.</source>
        <translation>在调解员名录中添加一人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="35"/>
        <location filename="../app/cli/command_mediation.cpp" line="95"/>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="36"/>
        <source>Professional office or firm.</source>
        <translation>专业委员会或所在单位（律师事务所）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="36"/>
        <source>O</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="37"/>
        <source>Phone number.</source>
        <translation>电话号码。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="38"/>
        <source>E-mail address.</source>
        <translation>电子邮箱。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="38"/>
        <source>E</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="42"/>
        <source>The mediator&apos;s name.</source>
        <translation>调解员姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="48"/>
        <location filename="../app/cli/command_mediation.cpp" line="106"/>
        <source>Give exactly one name.</source>
        <translation>请只给出一个姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="51"/>
        <location filename="../app/cli/command_mediation.cpp" line="109"/>
        <source>Give the kind with --kind: %1.</source>
        <translation>请用 --kind 给出类别：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="64"/>
        <source>Mediator %1: %2 (%3)</source>
        <translation>调解员 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="71"/>
        <source>List the mediator directory.</source>
        <translation>列出调解员名录。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="84"/>
        <location filename="../app/cli/command_user.cpp" line="54"/>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="92"/>
        <source>Add a court or circuit hearing point to the list of courts.</source>
        <translation>在法院名单中添加法院或巡回审判点。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="96"/>
        <source>Address.</source>
        <translation>地址。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="100"/>
        <source>The court&apos;s name.</source>
        <translation>法院名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="120"/>
        <source>Court %1: %2 (%3)</source>
        <translation>法院 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="126"/>
        <source>List the courts.</source>
        <translation>列出法院。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="147"/>
        <source>Book or record a mediation session of a case in mediation. A mediator booked twice at the same time is reported as a warning.</source>
        <translation>为调解中的案件安排或记录一场调解。同一调解员同一时间被安排两次时给出警告。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="150"/>
        <source>Start, e.g. 2018-03-21T09:30.</source>
        <translation>开始时间，如 2018-03-21T09:30。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="151"/>
        <source>A mediator&apos;s name or id (repeat for more).</source>
        <translation>调解员姓名或编号（可重复给出多位）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="154"/>
        <source>MODE</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="155"/>
        <source>Length in minutes (default 60).</source>
        <translation>时长（分钟，默认 60）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="157"/>
        <source>Where, or the meeting number.</source>
        <translation>地点，或线上会议号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="158"/>
        <source>Who took part.</source>
        <translation>参加人员。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="159"/>
        <source>The record (笔录).</source>
        <translation>调解笔录。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="161"/>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="179"/>
        <source>Unknown --mode or --outcome; see --help.</source>
        <translation>未知的 --mode 或 --outcome，请查看 --help。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="183"/>
        <source>--minutes takes a whole number.</source>
        <translation>--minutes 需要整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="207"/>
        <source>Session %1 of %2: %3, %4</source>
        <translation>%2 的第 %1 场调解：%3，%4</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="211"/>
        <source>Warning: %1 is also booked for %2 at %3.</source>
        <translation>警告：%1 在 %3 还安排了 %2 的调解。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="220"/>
        <source>List a case&apos;s sessions, or the agenda of all sessions between two days.</source>
        <translation>列出某案件的调解场次，或两个日期之间所有案件的调解日程。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="222"/>
        <source>First day (default today).</source>
        <translation>起始日期（默认今天）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="223"/>
        <source>Last day (default a week later).</source>
        <translation>截止日期（默认一周后）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="56"/>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="58"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="66"/>
        <source>Add a user with a password. Caseworkers handle cases, supervisors also reopen them, administrators manage users and do no case work, auditors only read.</source>
        <translation>添加用户并设置密码。承办人办理案件，科长还可重新启用已结案件，管理员管理用户、不办案，审计员只读。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="69"/>
        <source>The role: %1 (default caseworker).</source>
        <translation>角色：%1（默认为 caseworker，即承办人）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="74"/>
        <source>The user&apos;s name, as cases will show it.</source>
        <translation>用户姓名，即案件中显示的名字。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="79"/>
        <location filename="../app/cli/command_user.cpp" line="151"/>
        <location filename="../app/cli/command_user.cpp" line="245"/>
        <source>Give exactly one user name.</source>
        <translation>请只给出一个用户姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="108"/>
        <source>List the users, active and inactive, by name.</source>
        <translation>按姓名列出全部用户，包括已停用的。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="137"/>
        <source>Change a user&apos;s role, or let someone who left stop acting (their name stays on old cases).</source>
        <translation>修改用户角色，或停用已离职人员（其姓名仍保留在原有案件中）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="139"/>
        <source>The new role: %1.</source>
        <translation>新角色：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="140"/>
        <source>The user may act again.</source>
        <translation>重新启用该用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="141"/>
        <source>The user may no longer act.</source>
        <translation>停用该用户。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="145"/>
        <location filename="../app/cli/command_user.cpp" line="193"/>
        <location filename="../app/cli/command_user.cpp" line="240"/>
        <source>The user&apos;s name.</source>
        <translation>用户姓名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="153"/>
        <source>Give --active or --inactive, not both.</source>
        <translation>--active 和 --inactive 只能选一个。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="155"/>
        <source>Nothing to change: give --role, --active or --inactive.</source>
        <translation>没有要修改的内容：请指定 --role、--active 或 --inactive。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="187"/>
        <source>Change a password. Without NAME, your own (proving the current one); with NAME, an administrator sets a new password for that user and lifts any lock-out.</source>
        <translation>修改密码。不带姓名时修改自己的密码（需验证当前密码）；带姓名时由管理员为该用户设置新密码并解除锁定。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="198"/>
        <source>Give at most one user name.</source>
        <translation>最多给出一个用户名。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="217"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="237"/>
        <source>Lift a lock-out after too many wrong passwords before it ends by itself.</source>
        <translation>在自动解锁之前，提前解除因密码错误次数过多造成的锁定。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="263"/>
        <source>Show the desk&apos;s log, newest first: sign-ins, refused passwords, lock-outs, users and settings changed, identified exports, retention runs. For those who may verify the audit trail (supervisors, administrators, auditors).</source>
        <translation>按时间倒序显示本单位日志：登录、密码错误、锁定、用户和设置的变更、未脱敏导出、匿名化操作。仅限有权核验审计记录的人员（科长、管理员、审计员）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="267"/>
        <source>At most N lines (default 50).</source>
        <translation>最多 N 行（默认 50）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_user.cpp" line="278"/>
        <source>--limit takes a whole number from 1 to 100000.</source>
        <translation>--limit 须为 1 至 100000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="23"/>
        <source>Without --database, the holiday schedules shipped with CaseDesk are used; with it, that database&apos;s calendar (including imported years and days set by hand).</source>
        <translation>不指定 --database 时，使用消保案件台自带的节假日安排；指定时，使用该数据库中的日历（包括导入的年份和手动设置的日期）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="30"/>
        <source>Print the N-th working day after DATE (before it for a negative N), as a deadline of N working days counted from DATE ends. </source>
        <translation>输出指定日期之后的第 N 个工作日（N 为负数时为之前），即自该日起算 N 个工作日的期限届满之日。 </translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="34"/>
        <source>The start date, YYYY-MM-DD (not counted).</source>
        <translation>起算日期，格式 YYYY-MM-DD（当日不计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="36"/>
        <source>The number of working days.</source>
        <translation>工作日天数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="49"/>
        <source>--days takes a whole number from -%1 to %1.</source>
        <translation>--days 须为 -%1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="62"/>
        <source>Print the number of working days after A up to and including B (negative if B is before A). </source>
        <translation>输出 A 之后至 B（含 B 当日）的工作日数（B 早于 A 时为负数）。 </translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="66"/>
        <source>The first date, YYYY-MM-DD (not counted).</source>
        <translation>开始日期，格式 YYYY-MM-DD（当日不计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_mediation.cpp" line="96"/>
        <location filename="../app/cli/command_workdays.cpp" line="67"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="68"/>
        <source>The last date, YYYY-MM-DD (counted).</source>
        <translation>结束日期，格式 YYYY-MM-DD（当日计入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="68"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli/command_workdays.cpp" line="81"/>
        <source>The dates are more than a hundred years apart.</source>
        <translation>两个日期相隔超过一百年。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="39"/>
        <source>Write a complete, checked copy of the database to FILE (readable by you only). Safe while others are working.</source>
        <translation>将数据库完整写出到文件并加以检查（仅你本人可读）。其他人同时办案也不受影响。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="42"/>
        <source>The backup FILE to write.</source>
        <translation>要写出的备份文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="48"/>
        <source>Give the backup file with --out FILE.</source>
        <translation>请用 --out 文件 指定备份文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="60"/>
        <source>Backup written: %1</source>
        <translation>备份已写出：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="67"/>
        <source>Replace the database with a backup. The backup is checked first (integrity, that it is CaseDesk&apos;s, its schema version); the old file is kept as FILE.before-restore.</source>
        <translation>用备份替换数据库。先检查备份（完整性、是否为本系统的文件、结构版本）；原文件保留为“文件名.before-restore”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="72"/>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="77"/>
        <source>Give exactly one backup file.</source>
        <translation>请只指定一个备份文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="93"/>
        <source>Restored %1 from %2.</source>
        <translation>已用 %2 恢复 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_backup.cpp" line="96"/>
        <source>The previous file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_reveal.cpp" line="24"/>
        <source>Show the complainant&apos;s full phone or ID number. Only roles that may reveal personal data (supervisors) can; every reveal is written to the case&apos;s audit trail.</source>
        <translation>查看投诉人的完整电话或身份证号。仅限有权查看个人信息的角色（科长）；每次查看都会记入案件审计记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_reveal.cpp" line="27"/>
        <source>phone or id_number.</source>
        <translation>phone（电话）或 id_number（身份证号）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_reveal.cpp" line="27"/>
        <source>F</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case_reveal.cpp" line="43"/>
        <source>Give --field phone or --field id_number.</source>
        <translation>请给出 --field phone 或 --field id_number。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="34"/>
        <source>List the first-compensation funds with their balances.</source>
        <translation>列出先行赔付金及其余额。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="57"/>
        <source>%1  %2 (%3): balance ¥%4, %5 payouts ¥%6</source>
        <translation>%1  %2（%3）：余额 ¥%4，已赔付 %5 笔 ¥%6</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="71"/>
        <source>Add a fund held by a mall or market.</source>
        <translation>新建商场或市场设立的先行赔付金。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="73"/>
        <source>The mall or market holding it.</source>
        <translation>设立单位（商场或市场）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="76"/>
        <source>The fund&apos;s name.</source>
        <translation>赔付金名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="81"/>
        <source>Give the fund&apos;s name.</source>
        <translation>请给出赔付金名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="91"/>
        <source>Added fund %1.</source>
        <translation>已新建赔付金 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="103"/>
        <source>Pay a consumer from the fund; the case&apos;s money recovered grows by it.</source>
        <translation>从赔付金向消费者赔付，并计入该案件的挽回经济损失。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="104"/>
        <source>Pay money into the fund.</source>
        <translation>向赔付金存入款项。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="106"/>
        <location filename="../app/cli/command_recovered.cpp" line="92"/>
        <source>The amount in yuan.</source>
        <translation>金额（元）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="107"/>
        <source>The case number or id of the consumer paid.</source>
        <translation>获赔消费者的案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="108"/>
        <source>CASE</source>
        <translation>CASE</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="109"/>
        <location filename="../app/cli/command_recovered.cpp" line="94"/>
        <location filename="../app/cli/command_referral.cpp" line="153"/>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="118"/>
        <location filename="../app/cli/command_fund.cpp" line="162"/>
        <source>Fund id.</source>
        <translation>赔付金编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="124"/>
        <source>Give one fund id, --case and --amount in yuan.</source>
        <translation>请给出一个赔付金编号、--case 和以元为单位的 --amount。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="125"/>
        <source>Give one fund id and --amount in yuan.</source>
        <translation>请给出一个赔付金编号和以元为单位的 --amount。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="142"/>
        <source>Paid ¥%1 to case %2.</source>
        <translation>已向案件 %2 赔付 ¥%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="146"/>
        <source>Paid ¥%1 into the fund.</source>
        <translation>已向赔付金存入 ¥%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="157"/>
        <source>A fund&apos;s statement: every top-up and payout with the balance after it.</source>
        <translation>赔付金明细：每笔续存和赔付及其后的余额。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_fund.cpp" line="167"/>
        <source>Give one fund id.</source>
        <translation>请给出一个赔付金编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="70"/>
        <source>List group cases, newest first.</source>
        <translation>列出群体投诉，最新的在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="92"/>
        <source>%1  %2  (%3 members, %4 open)</source>
        <translation>%1  %2  （%3 件，未办结 %4 件）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="102"/>
        <source>Show a group case: its totals and its roster (phones masked).</source>
        <translation>查看群体投诉：合计金额和当事人名册（电话已脱敏）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="107"/>
        <location filename="../app/cli/command_group.cpp" line="204"/>
        <location filename="../app/cli/command_group.cpp" line="241"/>
        <location filename="../app/cli/command_group.cpp" line="270"/>
        <source>Group id.</source>
        <translation>群体投诉编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="112"/>
        <source>Give exactly one group id.</source>
        <translation>请给出一个群体投诉编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="138"/>
        <source>%1 members; paid ¥%2, balance ¥%3, claim ¥%4</source>
        <translation>共 %1 件；支付 ¥%2，余额 ¥%3，主张 ¥%4</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="152"/>
        <source>Make a group case of a business&apos;s open complaints, or of the given cases (case numbers or ids).</source>
        <translation>将某经营者的未办结投诉，或指定的案件（案件编号或内部编号）建为群体投诉。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="154"/>
        <source>The group&apos;s name.</source>
        <translation>群体投诉名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="102"/>
        <location filename="../app/cli/command_group.cpp" line="155"/>
        <location filename="../app/cli/command_talk.cpp" line="72"/>
        <location filename="../app/cli/command_talk.cpp" line="104"/>
        <source>The business&apos;s internal id.</source>
        <translation>经营者的内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="172"/>
        <source>Give either --business with a business id or case numbers, not both.</source>
        <translation>请给出 --business 经营者编号，或给出案件编号，二者只能选一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="186"/>
        <source>Made group case %1.</source>
        <translation>已建立群体投诉 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="195"/>
        <source>Record one outcome for every member, e.g. 60% of each card balance; all or nothing.</source>
        <translation>为全体案件登记同一处理结果，例如每张卡余额的60%；全部成功或全部不变。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="196"/>
        <source>The share, 0 to 100.</source>
        <translation>比例，0 至 100。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="197"/>
        <source>Of what: balance (default), paid or amount.</source>
        <translation>计算基数：balance（余额，默认）、paid（支付金额）或 amount（涉及金额）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="198"/>
        <source>BASIS</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="199"/>
        <source>The money has been paid: add it to each case&apos;s money recovered.</source>
        <translation>款项已支付：计入每件案件的挽回经济损失。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="200"/>
        <source>What was agreed.</source>
        <translation>协商结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="213"/>
        <source>Give one group id, --percent as a whole number and --basis balance, paid or amount.</source>
        <translation>请给出一个群体投诉编号、整数的 --percent，以及 --basis balance、paid 或 amount。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="225"/>
        <source>Recorded the outcome: ¥%1 for %2 member(s).</source>
        <translation>已登记处理结果：%2 人，合计 ¥%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="227"/>
        <source>Left out %1: %2.</source>
        <translation>未计入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="235"/>
        <source>Move every member to one status by the workflow rules; all or nothing.</source>
        <translation>按办理流程将全部案件变更为同一状态；全部成功或全部不变。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="236"/>
        <source>The new status.</source>
        <translation>新状态。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="237"/>
        <source>The ground code, where the rule takes one.</source>
        <translation>理由代码（规则要求时）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="248"/>
        <source>Give one group id and --to with a status code.</source>
        <translation>请给出一个群体投诉编号，以及 --to 状态代码。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="256"/>
        <source>Moved every member to %1.</source>
        <translation>已将全部案件变更为“%1”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="264"/>
        <source>Write the roster of claimants as CSV (UTF-8 with BOM) or as an Excel workbook, phones masked.</source>
        <translation>将投诉人名单写为 CSV（带 BOM 的 UTF-8）或 Excel 工作簿，电话号码遮蔽显示。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="267"/>
        <location filename="../app/cli/command_platform_results.cpp" line="29"/>
        <source>The Excel workbook to write.</source>
        <translation>要写入的 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="276"/>
        <source>Give one group id and --csv FILE or --xlsx FILE.</source>
        <translation>请给出一个群体投诉编号，以及 --csv 文件 或 --xlsx 文件（二选一）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="266"/>
        <source>The CSV file to write.</source>
        <translation>要写入的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="290"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_group.cpp" line="292"/>
        <source>Wrote %1 (%2 members).</source>
        <translation>已写入 %1（%2 人）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="80"/>
        <source>outcome: one of %1.</source>
        <translation>outcome：取值之一 %1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="100"/>
        <source>Refer a case whose mediation was terminated to a court, or update its referral, from a JSON object with the keys consentOn, court (name or id), referredOn, claims, lawyer (a volunteer lawyer&apos;s name or id), courtCaseNumber, outcome (%1), decidedOn, awarded and recovered (yuan). Keys left out keep their value.</source>
        <translation>将已终止调解的案件移送法院，或更新其移送信息，根据 JSON 对象，键为 consentOn、court（名称或编号）、referredOn、claims、lawyer（律师志愿者姓名或编号）、courtCaseNumber、outcome（%1）、decidedOn、awarded 和 recovered（元）。未给出的键保留原值。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="141"/>
        <source>%1: referred to %2, %3.</source>
        <translation>%1：已移送%2，%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="150"/>
        <source>Add a hearing date of a referred case.</source>
        <translation>为已移送的案件添加开庭时间。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="152"/>
        <source>When, e.g. 2018-03-21T14:00.</source>
        <translation>时间，如 2018-03-21T14:00。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="175"/>
        <source>%1: %2 hearing(s).</source>
        <translation>%1：共 %2 次开庭。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="182"/>
        <source>Close a referred case once the court&apos;s outcome is recorded.</source>
        <translation>法院结果已记录后，结束移送的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="208"/>
        <source>Write the case&apos;s referral letter (诉调对接移送函) as an A4 PDF.</source>
        <translation>将案件的诉调对接移送函输出为 A4 PDF。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_referral.cpp" line="213"/>
        <source>%1: referral letter written to %2</source>
        <translation>%1：移送函已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="28"/>
        <source>Write the statistics report of a month, quarter or year as a PDF: a first page with a written summary and the line the director signs, headline figures with their year-on-year changes, charts, tables by category, district and channel, hot issues and typical cases. --summary prints the generated summary (to edit it, save it to a file, change it and give it back with --summary-file).</source>
        <translation>将某月、某季度或某年的统计分析报告写成 PDF：首页为文字综述和领导签发栏，其后为主要指标及同比变化、图表、按类别、区和渠道的统计表、热点问题和典型案例。--summary 打印自动生成的综述（如需修改，可存为文件，改好后用 --summary-file 传回）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="34"/>
        <location filename="../app/cli/command_stats.cpp" line="44"/>
        <source>A month, quarter or year.</source>
        <translation>月份、季度或年份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="37"/>
        <source>Print the report&apos;s written summary (the first page&apos;s text).</source>
        <translation>打印报告的文字综述（首页文字）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="40"/>
        <source>Use this UTF-8 text as the summary instead of the generated one (a blank line between paragraphs).</source>
        <translation>用此 UTF-8 文本代替自动生成的综述（段落之间空一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="54"/>
        <source>Give the period as --period 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).</source>
        <translation>请用 --period 指定期间：2026-10（月）、2026-Q3（季度）或 2026（年）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_report.cpp" line="57"/>
        <source>Give the PDF file to write with --out FILE.pdf (or --summary to print the summary).</source>
        <translation>请用 --out 文件.pdf 指定要写入的 PDF 文件（或用 --summary 打印综述）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="29"/>
        <source>Write the quarterly notice on the networked enterprises (季度通报): each enterprise&apos;s complaints, those forwarded to it, settled by it (first-settlement rate), within the deadline, the working days it took to answer, the money recovered and the complaints that came back, ranked; the industries with the most complaints against last quarter; a written analysis. A .pdf file gets the printed notice, a .xlsx file an Excel workbook. --analysis prints the generated analysis (to edit it, save it to a file, change it and give it back with --analysis-file).</source>
        <translation>生成投诉联网企业季度通报：各企业的被投诉量、转办数、企业先行和解数（先行和解率）、期限内和解数、平均答复工作日、挽回金额和退回本会的投诉数，并排名；投诉最多的行业及与上季度相比的变化；文字分析。输出 .pdf 为打印版通报，.xlsx 为 Excel 工作簿。--analysis 打印自动生成的分析（如需修改，可保存到文件修改后用 --analysis-file 传回）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="36"/>
        <source>A quarter, such as 2026-Q3.</source>
        <translation>季度，如 2026-Q3。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="37"/>
        <source>The PDF or Excel file to write.</source>
        <translation>要写入的 PDF 或 Excel 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="38"/>
        <source>Print the notice&apos;s written analysis.</source>
        <translation>打印通报的文字分析。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="41"/>
        <source>Use this UTF-8 text as the analysis instead of the generated one (a blank line between paragraphs).</source>
        <translation>用此 UTF-8 文本代替自动生成的分析（段落之间空一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="52"/>
        <source>Give the quarter as --period 2026-Q3.</source>
        <translation>请以 --period 2026-Q3 的形式给出季度。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="56"/>
        <source>The notice is written as FILE.pdf or FILE.xlsx.</source>
        <translation>通报只能写为 文件.pdf 或 文件.xlsx。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="58"/>
        <source>Give the file to write with --out FILE.pdf or FILE.xlsx (or --analysis to print the analysis).</source>
        <translation>请用 --out 文件.pdf 或 文件.xlsx 指定输出文件（或用 --analysis 打印分析）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_notice.cpp" line="85"/>
        <location filename="../app/cli/command_points_report.cpp" line="112"/>
        <location filename="../app/cli/command_points_report.cpp" line="119"/>
        <location filename="../app/cli/command_report.cpp" line="91"/>
        <location filename="../app/cli/command_stats.cpp" line="109"/>
        <source>Wrote %1</source>
        <translation>已生成 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="22"/>
        <source>last closed %1</source>
        <translation>最后结案 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="33"/>
        <source>Anonymise the complainants whose cases were all closed more than the retention period ago (a setting, default 3 years): their name, phone, ID number and address are removed; the cases stay for statistics. --preview lists who would be changed; --apply changes them and records it. Administrators only.</source>
        <translation>对所有案件均已结案超过保存期限（可设置，默认3年）的投诉人做匿名化：删除其姓名、电话、身份证号和地址，案件保留用于统计。--preview 列出将受影响的人；--apply 执行并留痕。仅限管理员。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="38"/>
        <source>List what would change; change nothing.</source>
        <translation>列出将要修改的内容，不作修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="39"/>
        <source>Anonymise them now.</source>
        <translation>立即匿名化。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="41"/>
        <source>First set the retention period to N years (a desk setting).</source>
        <translation>先把保存期限设为 N 年（本单位设置）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="48"/>
        <source>Give either --preview or --apply.</source>
        <translation>请给出 --preview 或 --apply 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="54"/>
        <source>--years takes a whole number.</source>
        <translation>--years 须为整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="74"/>
        <source>%1 complainants in %2 cases closed before %3 (retention %4 years) would be anonymised.</source>
        <translation>将匿名化 %1 名投诉人，涉及 %3 之前结案的 %2 件案件（保存期限 %4 年）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_retention.cpp" line="85"/>
        <source>Anonymised %1 complainants in %2 cases closed before %3.</source>
        <translation>已匿名化 %1 名投诉人，涉及 %3 之前结案的 %2 件案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="38"/>
        <source>Print the statistics of a period with their year-on-year and period-on-period changes. P is a month (2026-10), a quarter (2026-Q3) or a year (2026). Definitions: docs/statistics.md. --xlsx writes the headline figures and every breakdown to an Excel workbook.</source>
        <translation>打印某一时段的统计数据及其同比、环比变化。P 为月份（2026-10）、季度（2026-Q3）或年度（2026）。口径见 docs/statistics.md。--xlsx 将主要指标和各项分类统计写入 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="42"/>
        <source>First day, YYYY-MM-DD.</source>
        <translation>起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="43"/>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="45"/>
        <source>Print JSON instead of text.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="50"/>
        <source>Print one table as CSV: %1.</source>
        <translation>以 CSV 格式输出其中一张表：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="51"/>
        <source>TABLE</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="53"/>
        <source>Write the headline figures and every breakdown to this Excel workbook.</source>
        <translation>将主要指标和各项分类统计写入此 Excel 工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="68"/>
        <source>Write the period as 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).</source>
        <translation>期间请写成 2026-10（月）、2026-Q3（季度）或 2026（年）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="74"/>
        <source>Give --from and --to as YYYY-MM-DD, or --period.</source>
        <translation>请用 YYYY-MM-DD 格式给出 --from 和 --to，或使用 --period。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="76"/>
        <source>--from must not be after --to.</source>
        <translation>--from 不能晚于 --to。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="85"/>
        <source>Unknown table &quot;%1&quot;; use one of: %2.</source>
        <translation>没有“%1”这张表，可选：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="132"/>
        <source>Statistics for %1 (%2 to %3)</source>
        <translation>%1统计（%2 至 %3）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_stats.cpp" line="135"/>
        <source>%1: %2 (year on year %3, period on period %4)</source>
        <translation>%1：%2（同比 %3，环比 %4）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="22"/>
        <source>The sum is money another source of the case already recorded: link it to that entry and count it once.</source>
        <translation>该笔款项就是本案其他来源已记录的那笔钱：与该条记录关联，只计一次。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="25"/>
        <source>Like --same-money, naming the entry (see `recovered list`).</source>
        <translation>同 --same-money，并指明要关联的记录编号（见 `recovered list`）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="25"/>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="27"/>
        <source>The sum is money of its own, besides what other sources recorded.</source>
        <translation>该笔款项是其他来源已记录款项之外的另一笔钱。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="29"/>
        <source>Confirm a total money recovered above the case&apos;s amount involved.</source>
        <translation>确认挽回金额合计超过本案涉及金额。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="40"/>
        <source>Give --same-money (or --same-as) or --separate, not both.</source>
        <translation>--same-money（或 --same-as）与 --separate 只能给出其一。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="46"/>
        <source>--same-as takes the number of an entry (see `recovered list`).</source>
        <translation>--same-as 须给出记录编号（见 `recovered list`）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="61"/>
        <source>Nothing was recorded. Add --same-money if it is the same money (or --same-as ENTRY), or --separate if it is not.</source>
        <translation>未作任何记录。如是同一笔钱，请加 --same-money（或 --same-as ENTRY）；如不是，请加 --separate。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_recovered_support.cpp" line="64"/>
        <source>Nothing was recorded. Add --above-amount to confirm it.</source>
        <translation>未作任何记录。确认无误请加 --above-amount。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="34"/>
        <source>The money recovered for a case, one line per sum, and its total.</source>
        <translation>案件的挽回经济损失：每笔一行，并列出合计。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="50"/>
        <source>List the letters recorded as sent on a case.</source>
        <translation>列出案件已登记发出的文书。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="58"/>
        <location filename="../app/cli/command_recovered.cpp" line="44"/>
        <source>Give one case.</source>
        <translation>请给出一件案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="66"/>
        <source>%1: no letters recorded as sent.</source>
        <translation>%1：尚无登记发出的文书。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="80"/>
        <source>Write a letter to the case&apos;s complainant as an A4 PDF (kinds: %1) and, with --record-sent, record it as sent (methods: %2) on the case.</source>
        <translation>将案件的文书生成 A4 PDF（种类：%1）；加 --record-sent 时同时在案件上登记已发出（方式：%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="84"/>
        <source>The letter: %1.</source>
        <translation>文书种类：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="88"/>
        <source>Record the letter as sent this way: %1.</source>
        <translation>按此方式登记文书已发出：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="90"/>
        <source>The day it was sent (today if not given).</source>
        <translation>发出日期（不填为今天）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="93"/>
        <source>For a session or visit record: the session&apos;s or visit&apos;s id (the latest if not given).</source>
        <translation>用于调解笔录或回访记录：调解场次或回访的编号（不填为最近一次）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="104"/>
        <source>Give one case, --kind KIND and --out FILE.pdf.</source>
        <translation>请给出一件案件、--kind 种类和 --out 文件.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="107"/>
        <source>Unknown letter &quot;%1&quot;; the letters are: %2.</source>
        <translation>未知的文书“%1”；可用的文书有：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="113"/>
        <source>Unknown way of sending &quot;%1&quot;; the ways are: %2.</source>
        <translation>未知的送达方式“%1”；可用的方式有：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="116"/>
        <source>--sent-on goes with --record-sent.</source>
        <translation>--sent-on 须与 --record-sent 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="130"/>
        <source>--item takes the id of a session or visit.</source>
        <translation>--item 须为调解场次或回访的编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="132"/>
        <source>--item is for printing a record; records are not sent.</source>
        <translation>--item 用于打印笔录或记录；笔录和记录不登记发出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="150"/>
        <source>%1: %2 written to %3 and recorded as sent (%4, %5)</source>
        <translation>%1：%2 已写入 %3，并登记为已发出（%4，%5）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="155"/>
        <source>%1: %2 written to %3</source>
        <translation>%1：%2 已写入 %3</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="162"/>
        <source>Write a letter recorded as sent (its id from letter list) as it was sent.</source>
        <translation>按发出时的原样输出一份已登记发出的文书（编号见 letter list）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="167"/>
        <source>The letter&apos;s id.</source>
        <translation>文书编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="175"/>
        <source>Give one letter id and --out FILE.pdf.</source>
        <translation>请给出一个文书编号和 --out 文件.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="184"/>
        <source>%1: %2 of %3 written to %4</source>
        <translation>%1：%3 发出的%2已写入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="192"/>
        <source>List each kind of letter with the wording in use.</source>
        <translation>列出各类文书及正在使用的文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="207"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="207"/>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="215"/>
        <source>Write the wording in use of every kind of letter to a JSON file that another desk imports.</source>
        <translation>将各类文书正在使用的文本写入 JSON 文件，供其他工作台导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="218"/>
        <source>The JSON file to write.</source>
        <translation>要写入的 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="225"/>
        <source>Give --out FILE.json.</source>
        <translation>请给出 --out 文件.json。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="241"/>
        <location filename="../app/cli/command_letter.cpp" line="246"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="247"/>
        <source>The wordings of %1 kinds of letters written to %2</source>
        <translation>%1 类文书的文本已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="254"/>
        <source>Take the wordings another desk exported as this desk&apos;s own (each a new version; all or nothing).</source>
        <translation>导入其他工作台导出的文书文本，作为本单位的文本（各存为新版本；全部成功或全部不导入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="263"/>
        <source>Give one JSON file.</source>
        <translation>请给出一个 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="269"/>
        <source>&quot;%1&quot; holds no letter wordings exported by CaseDesk.</source>
        <translation>“%1”中没有由消保案件台导出的文书文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="275"/>
        <source>A wording in &quot;%1&quot; names no known kind of letter, or lacks its title or text; nothing was imported.</source>
        <translation>“%1”中有一份文本的文书种类无法识别，或缺少标题或正文；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="287"/>
        <source>The wordings of %1 kinds of letters imported.</source>
        <translation>已导入 %1 类文书的文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_letter.cpp" line="300"/>
        <source>letter template: say list, export or import.</source>
        <translation>letter template：请指定 list、export 或 import。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="68"/>
        <source>(same money as %1)</source>
        <translation>（与第 %1 条为同一笔钱）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="77"/>
        <source>Total ¥%1 (amount involved ¥%2).</source>
        <translation>合计 ¥%1（涉及金额 ¥%2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="87"/>
        <source>Record money recovered that has no record of its own: an enterprise&apos;s settlement or money paid on site. Agreements, court outcomes, payouts and group outcomes record theirs.</source>
        <translation>登记没有单独记录的挽回金额：企业自行和解或现场退赔的款项。调解协议、法院结果、先行赔付和群体投诉处理结果由各自的记录登记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="91"/>
        <source>Where the money came from: %1.</source>
        <translation>款项来源：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="91"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="93"/>
        <source>The day it was recovered.</source>
        <translation>挽回日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="107"/>
        <source>Give one case, --source (%1) and --amount in yuan.</source>
        <translation>请给出一件案件、--source（%1）以及以元为单位的 --amount。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="122"/>
        <source>Recorded ¥%1 recovered through %2 on case %3 (entry %4).</source>
        <translation>已为案件 %3 登记经%2挽回 ¥%1（第 %4 条）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="131"/>
        <source>Take back a sum typed in by mistake (see `recovered list`).</source>
        <translation>撤销误录的一笔款项（见 `recovered list`）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="134"/>
        <source>Entry number.</source>
        <translation>记录编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="141"/>
        <source>Give one entry number.</source>
        <translation>请给出一个记录编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="147"/>
        <source>Removed entry %1.</source>
        <translation>已删除第 %1 条。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="154"/>
        <source>The cases whose money recovered is above their amount involved.</source>
        <translation>列出挽回金额超过涉及金额的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="166"/>
        <source>%1  recovered ¥%2, amount involved ¥%3%4</source>
        <translation>%1  挽回 ¥%2，涉及金额 ¥%3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="168"/>
        <source> (confirmed)</source>
        <translation>（已确认）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_recovered.cpp" line="170"/>
        <source>No case has recovered more than its amount involved.</source>
        <translation>没有挽回金额超过涉及金额的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_audit.cpp" line="55"/>
        <source>Check the audit trail and the desk log: their hash chains, the file against every anchor found outside it (this desk&apos;s record of the trails&apos; heads, the backups in FOLDER, by default &quot;backups&quot; next to the database), and every case and user against what the trails last recorded. Names each record, case or user that differs. Exit code 1 when anything differs.</source>
        <translation>核验审计记录和工作台日志：其哈希链，文件与文件之外找到的每个锚点（本机记下的记录末端、FOLDER 中的备份，默认为数据库旁的“backups”），以及每件案件和每个用户与记录最后所载是否一致。逐一列出不一致的记录、案件或用户。有任何不一致时退出码为 1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_audit.cpp" line="62"/>
        <source>The folder whose backups of this database are compared with it.</source>
        <translation>与本数据库比对的备份所在文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="25"/>
        <source>Set up CaseDesk in an empty database on a PostgreSQL server and create its first administrator (password from --new-password-file, CASEDESK_NEW_PASSWORD or asked twice). A database that is not empty is refused.</source>
        <translation>在 PostgreSQL 服务器的空数据库中建立 CaseDesk 并创建第一位管理员（密码取自 --new-password-file、CASEDESK_NEW_PASSWORD 或输入两次）。非空的数据库将被拒绝。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="36"/>
        <source>Bring the server database&apos;s schema up to this version of CaseDesk, in one transaction. Upgrade once every desk has the new version.</source>
        <translation>在一个事务中把服务器数据库的结构升级到本版 CaseDesk。请在每台工作台都装好新版本后再升级。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="42"/>
        <location filename="../app/cli/command_server.cpp" line="66"/>
        <location filename="../app/cli/command_server.cpp" line="97"/>
        <source>Give the server with --server URL.</source>
        <translation>请用 --server URL 指定服务器。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="46"/>
        <source>Server database ready: %1 (server schema version %2)</source>
        <translation>服务器数据库已就绪：%1（服务器结构版本 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="56"/>
        <source>Copy a desk&apos;s whole CaseDesk database file (cases, timelines, audit trail, evidence, users, settings, calendar, rules, groups, funds, follow-ups) into an empty database on the server, in one transaction: all or nothing.</source>
        <translation>把一台工作站的整个消保案件台数据库文件（案件、时间线、审计记录、证据、用户、设置、日历、规则、群体投诉、资金、回访）复制到服务器上的空数据库中，在同一个事务里完成：要么全部导入，要么什么都不改。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="59"/>
        <source>The CaseDesk database file to copy.</source>
        <translation>要复制的消保案件台数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="68"/>
        <source>Give the file to import with --from FILE.</source>
        <translation>请用 --from 文件 指定要导入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="70"/>
        <location filename="../app/cli/command_server.cpp" line="101"/>
        <source>Tables copied: %1 of %2</source>
        <translation>已复制数据表：%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="75"/>
        <source>Imported %1 cases (%2 rows in %3 tables) into the server database.</source>
        <translation>已将 %1 件案件（%3 张数据表共 %2 行）导入服务器数据库。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="86"/>
        <source>Write the server database&apos;s whole content (cases, timelines, audit trail, evidence, users, settings, calendar, rules, groups, funds, follow-ups) into a new CaseDesk database file, from one consistent moment: for a laptop at a circuit hearing, or an archive. The file appears only when it is complete.</source>
        <translation>将服务器数据库的全部内容（案件、办理经过、操作记录、证据、用户、设置、日历、时限规则、群体投诉、先行赔付金、回访）写入一个新的案件台数据库文件，取自同一时刻的一致状态：供巡回审判点带笔记本电脑办案或归档之用。文件写完整后才出现。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="90"/>
        <source>The new CaseDesk database file to write.</source>
        <translation>要写入的新案件台数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="99"/>
        <source>Give the file to write with --to FILE.</source>
        <translation>请用 --to 文件 指定要写入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_server.cpp" line="106"/>
        <source>Exported %1 cases (%2 rows in %3 tables) into %4.</source>
        <translation>已将 %1 件案件（%3 张数据表共 %2 行）导出到 %4。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="69"/>
        <source>Record a talk with a business from a JSON object with the keys heldOn, place, councilAttendees, businessAttendees, reason, problems and promises (a list of {text, dueOn}).</source>
        <translation>从 JSON 对象登记一次对经营者的约谈，键为 heldOn（约谈日期）、place（地点）、councilAttendees（约谈单位人员）、businessAttendees（经营者参加人员）、reason（约谈事由）、problems（指出的问题）和 promises（承诺事项列表 {text, dueOn}）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="81"/>
        <source>Give --business ID and --json FILE.</source>
        <translation>请给出 --business 编号和 --json 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="102"/>
        <source>List a business&apos;s talks, newest first, each with its promises.</source>
        <translation>列出对某经营者的历次约谈（最近的在前）及其承诺事项。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="111"/>
        <source>Give --business ID.</source>
        <translation>请给出 --business 编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="121"/>
        <source>not checked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="123"/>
        <source>kept (checked %1)</source>
        <translation>已履行（%1 核查）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="124"/>
        <source>not kept (checked %1)</source>
        <translation>未履行（%1 核查）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="136"/>
        <source>Record the check of a promise made in a talk (its id from talk list).</source>
        <translation>登记对约谈承诺事项的核查结果（编号见 talk list）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="138"/>
        <source>The business kept its promise.</source>
        <translation>经营者已履行承诺。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="139"/>
        <source>The business did not keep it.</source>
        <translation>经营者未履行承诺。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="140"/>
        <source>The day of the check (today if not given).</source>
        <translation>核查日期（不填为今天）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="142"/>
        <source>What the check found.</source>
        <translation>核查情况。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="145"/>
        <source>The promise&apos;s id.</source>
        <translation>承诺事项编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="150"/>
        <source>Give one promise and either --kept or --not-kept.</source>
        <translation>请给出一个承诺事项，并指定 --kept 或 --not-kept 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="166"/>
        <source>Promise %1 checked: %2</source>
        <translation>承诺事项 %1 已核查：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="166"/>
        <source>kept</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="167"/>
        <source>not kept</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="174"/>
        <source>Write the record of a talk (约谈记录) as an A4 PDF.</source>
        <translation>将约谈记录生成 A4 PDF。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="179"/>
        <source>The talk&apos;s id.</source>
        <translation>约谈编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="185"/>
        <source>Give one talk and --out FILE.pdf.</source>
        <translation>请给出一次约谈和 --out 文件.pdf。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="197"/>
        <source>The record of the talk with %1 written to %2</source>
        <translation>与%1的约谈记录已写入 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_talk.cpp" line="214"/>
        <source>Usage: casedesk-cli talk add|list|check|print ... (--help on each)</source>
        <translation>用法：casedesk-cli talk add|list|check|print ……（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="30"/>
        <source>Record the answer of the enterprise a case was forwarded to: settled (the case is closed and the money paid recorded) or not settled (the case comes back into mediation).</source>
        <translation>登记转办企业对案件的处理结果：已和解（案件办结并登记支付的金额）或未和解（案件退回本会调解）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="33"/>
        <source>The enterprise settled with the complainant.</source>
        <translation>企业已与投诉人和解。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="34"/>
        <source>It did not.</source>
        <translation>企业未能和解。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="35"/>
        <source>What was settled, or why not.</source>
        <translation>和解内容，或未能和解的原因。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="36"/>
        <source>The money paid, in yuan.</source>
        <translation>支付金额（元）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="37"/>
        <source>The day of the answer (today if not given).</source>
        <translation>企业反馈日期（不填为今天）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="48"/>
        <source>Give one case and either --settled or --failed.</source>
        <translation>请给出一件案件，并指定 --settled 或 --failed 之一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="76"/>
        <source>%1: settled by the enterprise (¥%2); the case is closed.</source>
        <translation>%1：企业已和解（¥%2），案件已办结。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="78"/>
        <source>%1: not settled by the enterprise; the case is back in mediation.</source>
        <translation>%1：企业未能和解，案件已退回调解。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="88"/>
        <source>Save the complaint-network agreement with a business (its internal id): while it runs, the business is a networked enterprise.</source>
        <translation>保存与某经营者（内部编号）的投诉联网协议：协议有效期间，该经营者为投诉联网企业。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="91"/>
        <source>The day it was signed.</source>
        <translation>签订日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="93"/>
        <source>The contact person.</source>
        <translation>联系人。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="94"/>
        <source>The contact phone.</source>
        <translation>联系电话。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="94"/>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="95"/>
        <source>The enterprise&apos;s own complaint desk.</source>
        <translation>企业自己的投诉受理渠道。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="97"/>
        <source>It takes part in online dispute resolution.</source>
        <translation>参加在线消费纠纷解决（ODR）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="98"/>
        <source>The day the agreement ended.</source>
        <translation>协议终止日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="109"/>
        <source>Give one business id and --signed-on DATE.</source>
        <translation>请给出一个经营者编号和 --signed-on 日期。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="132"/>
        <source>Business %1 is a networked enterprise since %2.</source>
        <translation>经营者 %1 自 %2 起为投诉联网企业。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="135"/>
        <source>The agreement with business %1 ended on %2.</source>
        <translation>与经营者 %1 的协议已于 %2 终止。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="144"/>
        <source>List the networked enterprises, each with the cases now with it.</source>
        <translation>列出投诉联网企业及其正在处理的转办案件数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="160"/>
        <source>since %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="161"/>
        <source>ended %1</source>
        <translation>%1 终止</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/command_enterprise.cpp" line="162"/>
        <source>%n case(s) with it</source>
        <translation>
            <numerusform>%n 件在办</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/command_enterprise.cpp" line="179"/>
        <source>Usage: casedesk-cli enterprise agreement|list|answer ... (--help on each)</source>
        <translation>用法：casedesk-cli enterprise agreement|list|answer ……（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="25"/>
        <source>Write what the 12315 platform asks when a work order is closed (its number, the result, the money recovered, the handling opinion, the caseworker and the day) for the finished cases from the platform: the cases named, or those received from --from to --to, or all of them.</source>
        <translation>为来自 12315 平台的已办结案件生成平台办结时需填写的内容（登记编号、处理结果、挽回经济损失、处理意见、承办人和日期）：指定的案件，或 --from 至 --to 期间登记的案件，或全部案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="30"/>
        <source>First received day, YYYY-MM-DD.</source>
        <translation>登记起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="31"/>
        <source>Last received day, YYYY-MM-DD.</source>
        <translation>登记截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="34"/>
        <source>Case numbers or ids (optional).</source>
        <translation>案件编号或内部编号（可选）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="40"/>
        <source>Give the workbook to write with --out FILE.xlsx.</source>
        <translation>请用 --out 文件.xlsx 指定要写入的工作簿。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="47"/>
        <source>Write the days as YYYY-MM-DD.</source>
        <translation>日期请写为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_platform_results.cpp" line="51"/>
        <source>Name cases or give --from and --to, not both.</source>
        <translation>指定案件或给出 --from 和 --to，二者只能选一。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/command_platform_results.cpp" line="75"/>
        <source>Wrote %n work order(s) to %1</source>
        <translation>
            <numerusform>已将 %n 件工单写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="49"/>
        <source>Register the work orders of a file downloaded from the 12315 platform or the 12345 hotline (or any table): an Excel workbook (.xlsx) or CSV in UTF-8 or GB18030. The header row is found among the usual names; --map names the others (fields: %1) and is kept for the source&apos;s next file, or under --mapping&apos;s name. A 12345 order&apos;s dispatch and due times (dispatched_at, due_at) set the hotline&apos;s deadlines. Each row is checked like a typed complaint; work orders already registered are skipped, or with --fill-duplicates their empty fields are filled in. Without --all-or-nothing the valid rows are registered and the others listed. --dry-run shows what would happen and writes nothing.</source>
        <translation>将从 12315 平台或 12345 热线（或任意表格）下载的工单文件登记为案件：Excel 工作簿（.xlsx）或 UTF-8、GB18030 编码的 CSV。表头按常用名称自动识别；其他列用 --map 指定（字段：%1），并按来源保存供下次使用，或按 --mapping 给出的名称保存。12345 工单的交办时间和到期时间（dispatched_at、due_at）决定热线工单的办理时限。每行按手工登记的规则检查；已登记的工单跳过，加 --fill-duplicates 时则补填其空白字段。不加 --all-or-nothing 时登记有效的行并列出其余行。--dry-run 只显示将要进行的操作，不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="63"/>
        <source>Where the file comes from: 12315, 12345 or generic.</source>
        <translation>文件来源：12315、12345 或 generic（其他）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="65"/>
        <source>A column the header names otherwise: &quot;HEADER=FIELD&quot;.</source>
        <translation>表头名称不同的列：“表头=字段”。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="66"/>
        <source>HEADER=FIELD</source>
        <translation>表头=字段</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="68"/>
        <source>Read and keep the columns&apos; mapping under this name instead of the source&apos;s own.</source>
        <translation>按此名称读取和保存列的对应关系，而不按来源保存。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="71"/>
        <source>Show what would be imported; write nothing.</source>
        <translation>显示将要导入的内容，不写入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="73"/>
        <source>Fill in the empty fields of work orders registered before.</source>
        <translation>补填此前已登记工单的空白字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="75"/>
        <source>Register nothing unless every row can be registered.</source>
        <translation>只要有一行不能登记，就全部不登记。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="76"/>
        <source>Print the plan or the outcome as JSON.</source>
        <translation>以 JSON 输出导入计划或结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="79"/>
        <source>The .xlsx or .csv file.</source>
        <translation>.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="85"/>
        <source>Give the source with --source 12315, 12345 or generic.</source>
        <translation>请用 --source 12315、12345 或 generic 指定来源。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="87"/>
        <source>Give one file to import.</source>
        <translation>请给出一个要导入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="93"/>
        <source>--map takes &quot;HEADER=FIELD&quot;; &quot;%1&quot; is not one.</source>
        <translation>--map 需要“表头=字段”的形式；“%1”不是。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="112"/>
        <source>line %1: already registered as %2</source>
        <translation>第 %1 行：已登记为 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="114"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="116"/>
        <source>%1: %2 to register, %3 already registered, %4 with problems (nothing written)</source>
        <translation>%1：可登记 %2 件，已登记 %3 件，有问题 %4 件（未写入）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="141"/>
        <source>line %1 not registered: %2</source>
        <translation>第 %1 行未登记：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/command_import.cpp" line="143"/>
        <source>%1: %2 registered, %3 registered before filled in, %4 already registered, %5 with problems</source>
        <translation>%1：新登记 %2 件，补填此前已登记的 %3 件，已登记跳过 %4 件，有问题 %5 件</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="35"/>
        <source>List the liaison points by name: id, name, type, street, status, official.</source>
        <translation>按名称列出联络点：编号、名称、类型、街道、状态、指导员。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="37"/>
        <source>Only this type (a code such as mall, or 商场).</source>
        <translation>只列该类型（代码如 mall，或中文名称如 商场）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="39"/>
        <source>Only points in this street.</source>
        <translation>只列该街道的联络点。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="40"/>
        <source>Only points with this status: active, suspended, closed.</source>
        <translation>只列该状态的联络点：active（正常）、suspended（暂停）、closed（撤销）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="43"/>
        <source>Only points this official guides.</source>
        <translation>只列该指导员定人指导的联络点。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="45"/>
        <source>Text in the name, host, address or contact.</source>
        <translation>在名称、依托单位、地址或联系人中查找的文字。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="47"/>
        <location filename="../app/cli/command_points_assessment.cpp" line="208"/>
        <location filename="../app/cli/command_points_ledger.cpp" line="59"/>
        <source>Print JSON for programs.</source>
        <translation>输出 JSON，供程序读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="88"/>
        <source>Add a liaison point from a JSON file (or - for standard input) with the keys name, type, host, address, district, street, contactPerson, contactPhone, official, setUpOn, status, modelTitle and modelYear. Prints its id.</source>
        <translation>从 JSON 文件（用 - 表示标准输入）添加联络点，键为 name、type、host、address、district、street、contactPerson、contactPhone、official、setUpOn、status、modelTitle 和 modelYear。输出新联络点的编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="97"/>
        <location filename="../app/cli/command_points_ledger.cpp" line="35"/>
        <source>Give one JSON file, or - for standard input.</source>
        <translation>请给出一个 JSON 文件，或用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="117"/>
        <source>Show a liaison point as JSON (the contact phone masked unless you may reveal it).</source>
        <translation>以 JSON 格式查看一个联络点（联系电话遮蔽显示，有权查看完整信息的除外）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="124"/>
        <source>Give the point&apos;s id (points list shows it).</source>
        <translation>请给出联络点编号（可用 points list 查看）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="138"/>
        <source>Import a list of liaison points from CSV (UTF-8 or GB18030) or XLSX with Chinese column names (名称, 类型, 地址, 街道, 联系人, 联系电话, 指导员, ...). A point already listed with the same name and address gets its empty fields filled. A file with a bad row is refused whole.</source>
        <translation>从 CSV（UTF-8 或 GB18030 编码）或 XLSX 导入联络点名录，使用中文列名（名称、类型、地址、街道、联系人、联系电话、指导员……）。名称和地址均相同的已有联络点，补填其空白字段。文件中只要有一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="143"/>
        <source>Show what would be done; write nothing.</source>
        <translation>显示将要进行的操作，不写入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="150"/>
        <location filename="../app/cli/command_points_ledger.cpp" line="140"/>
        <source>Give the file to import.</source>
        <translation>请给出要导入的文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="159"/>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="160"/>
        <source>same point as line %1</source>
        <translation>与第 %1 行为同一联络点</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="161"/>
        <source>fills point %1</source>
        <translation>补填联络点 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="162"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/command_points.cpp" line="165"/>
        <source>%n row(s) with problems; nothing was written.</source>
        <translation>
            <numerusform>%n 行有问题，未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="171"/>
        <source>%1 points added, %2 existing points filled.</source>
        <translation>新增联络点 %1 个，补填已有联络点 %2 个。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="178"/>
        <source>Merge two records of one liaison point: OTHER&apos;s transfers, leads, ledgers and visits move to KEEP, and OTHER is removed.</source>
        <translation>合并同一联络点的两条记录：OTHER 的转交投诉、线索、台账和走访记录移到 KEEP 名下，然后删除 OTHER。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="188"/>
        <source>Give the id of the point to keep and the id of the point merged into it.</source>
        <translation>请给出要保留的联络点编号和要并入它的联络点编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="195"/>
        <source>Point %1 was merged into %2 (%3).</source>
        <translation>联络点 %1 已并入 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points.cpp" line="228"/>
        <source>Usage: casedesk-cli points list|add|show|import|merge|ledger-import|lead|report|sheet|score|ranking|model ... (--help on each)</source>
        <translation>用法：casedesk-cli points list|add|show|import|merge|ledger-import|lead|report|sheet|score|ranking|model ……（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="26"/>
        <source>Record a lead a liaison point passed on, from JSON with the keys pointId, receivedOn, suspicion, business, place, observedOn (and, if already known, regulator, forwardedOn, outcome, outcomeNote, outcomeOn). Prints its id.</source>
        <translation>登记联络点报送的线索，从 JSON 读取，键为 pointId、receivedOn、suspicion、business、place、observedOn（如已知，还可填 regulator、forwardedOn、outcome、outcomeNote、outcomeOn）。输出线索编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="56"/>
        <source>List the leads, newest first: id, received, point, suspicion, outcome.</source>
        <translation>列出线索，最新的在前：编号、收到日期、联络点、涉嫌问题、处理结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="58"/>
        <source>Only this point&apos;s leads.</source>
        <translation>只列该联络点的线索。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="68"/>
        <source>--point takes a point&apos;s id.</source>
        <translation>--point 须为联络点编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="94"/>
        <source>Change a lead: the JSON&apos;s keys (as for lead add) replace the stored ones, e.g. {&quot;outcome&quot;:&quot;forwarded&quot;,&quot;regulator&quot;:&quot;...&quot;,&quot;forwardedOn&quot;:&quot;2026-03-03&quot;}. Give &quot;version&quot; from lead list --json to be told when someone changed it since.</source>
        <translation>修改线索：JSON 中的键（与 lead add 相同）替换已保存的值，如 {&quot;outcome&quot;:&quot;forwarded&quot;,&quot;regulator&quot;:&quot;...&quot;,&quot;forwardedOn&quot;:&quot;2026-03-03&quot;}。填入 lead list --json 输出的 &quot;version&quot;，如此后已被他人修改，会给出提示。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="104"/>
        <source>Give the lead&apos;s id and one JSON file, or - for standard input.</source>
        <translation>请给出线索编号和一个 JSON 文件，或用 - 表示从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="121"/>
        <source>Lead %1: %2.</source>
        <translation>线索 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="130"/>
        <source>Load the points&apos; monthly ledgers from CSV (UTF-8 or GB18030) or XLSX with the columns 联络点 (or 名称; 编号 when names repeat), 月份, 咨询, 培训人数, 培训次数, 宣传资料, 现场调解件数, 调解金额 (yuan). A month already saved is replaced. A file with a bad row is refused whole.</source>
        <translation>从 CSV（UTF-8 或 GB18030 编码）或 XLSX 导入各联络点的月度台账，列为 联络点（或 名称；名称重复时加 编号）、月份、咨询、培训人数、培训次数、宣传资料、现场调解件数、调解金额（元）。已保存的月份将被替换。文件中只要有一行有误，整个文件都不导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="147"/>
        <source>%1 ledger months saved (%2 of them replaced).</source>
        <translation>已保存 %1 个月的台账（其中替换 %2 个月）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_ledger.cpp" line="160"/>
        <source>Usage: casedesk-cli points lead add|list|update ... (--help on each)</source>
        <translation>用法：casedesk-cli points lead add|list|update ……（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="32"/>
        <source>Write the quarterly or annual report on the liaison points (联络点): the ledgers&apos; figures and the complaints transferred by type and by street, the points with the most transfers and the most disputes settled on site, the transfers answered within the deadline, the leads and their outcomes, the active points no official visited, the result of each transfer, and a written analysis. A .pdf file gets the printed report, a .xlsx file an Excel workbook with a sheet per table. A .csv file: every table as its own CSV file beside it, named after it (report.csv gives report-by-type.csv, report-by-street.csv, report-most-transfers.csv, report-most-settlements.csv, report-replies.csv, report-leads.csv, report-unvisited.csv and report-transfer-results.csv), or with --table NAME that one table in the file given. CSV files are UTF-8 with a byte-order mark.</source>
        <translation>生成联络点季度或年度工作报告：台账数据，按类型和按街道统计的转交投诉，转交投诉最多和现场调解纠纷最多的联络点，在期限内答复的转交投诉，线索及其处理结果，没有指导员走访过的正常运行联络点，每件转交投诉的办理结果，以及文字分析。输出 .pdf 为打印版报告，.xlsx 为每张表一个工作表的 Excel 工作簿。输出 .csv 时，每张表各写为同一目录下以表名命名的 CSV 文件（report.csv 生成 report-by-type.csv、report-by-street.csv、report-most-transfers.csv、report-most-settlements.csv、report-replies.csv、report-leads.csv、report-unvisited.csv 和 report-transfer-results.csv）；加 --table NAME 时只将该表写入所给文件。CSV 文件为带 BOM 的 UTF-8 编码。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="42"/>
        <source>A quarter, such as 2026-Q3, or a year, such as 2026.</source>
        <translation>季度，如 2026-Q3；或年份，如 2026。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="44"/>
        <source>The PDF, Excel or CSV file to write.</source>
        <translation>要写入的 PDF、Excel 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="46"/>
        <source>With a .csv file: only this table (%1).</source>
        <translation>用于 .csv 文件：只输出该表（%1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="51"/>
        <source>Use this text as the analysis instead of the drafted one (a blank line between paragraphs).</source>
        <translation>用此文本代替自动起草的分析（段落之间空一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="55"/>
        <source>Use this UTF-8 text as the analysis instead of the drafted one (a blank line between paragraphs).</source>
        <translation>用该文件中的 UTF-8 文本代替自动起草的分析（段落之间空一行）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="58"/>
        <source>Print the report&apos;s analysis (to edit it and give it back).</source>
        <translation>打印报告的文字分析（可修改后再传回）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="68"/>
        <source>Give the quarter or the year as --period 2026-Q3 or --period 2026.</source>
        <translation>请以 --period 2026-Q3 或 --period 2026 的形式给出季度或年份。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="72"/>
        <source>Give the file to write with --out FILE.pdf, FILE.xlsx or FILE.csv (or --print-analysis to print the analysis).</source>
        <translation>请用 --out FILE.pdf、FILE.xlsx 或 FILE.csv 指定输出文件（或用 --print-analysis 打印分析）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="76"/>
        <source>The report is written as FILE.pdf, FILE.xlsx or FILE.csv.</source>
        <translation>报告只能写为 FILE.pdf、FILE.xlsx 或 FILE.csv。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="79"/>
        <source>--table goes with a .csv file and names one of: %1.</source>
        <translation>--table 只用于 .csv 文件，须为以下之一：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="82"/>
        <source>Give the analysis either as --analysis TEXT or as --analysis-file FILE.</source>
        <translation>分析只能用 --analysis TEXT 或 --analysis-file FILE 二者之一给出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_report.cpp" line="92"/>
        <source>--analysis holds no text.</source>
        <translation>--analysis 中没有文字。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="25"/>
        <source>The assessment&apos;s year.</source>
        <translation>评选年度。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="39"/>
        <source>Print the year&apos;s scoring sheet as JSON (categories, criteria, maximum points); edit it and load it back with sheet set.</source>
        <translation>以 JSON 格式输出该年度的评分表（类别、评分细则、分值）；修改后可用 sheet set 重新导入。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="49"/>
        <location filename="../app/cli/command_points_assessment.cpp" line="215"/>
        <source>Give the year with --year.</source>
        <translation>请用 --year 指定年度。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="57"/>
        <source>%1 has no scoring sheet yet: start one with points sheet copy --year %1.</source>
        <translation>%1 年度尚无评分表：请用 points sheet copy --year %1 建立。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="66"/>
        <source>Start the year&apos;s scoring sheet as a copy of Y0&apos;s, or of the latest earlier year&apos;s, or of the default sheet (5 categories, 21 criteria, 100 points) when there is none. Later changes to either year leave the other as it is.</source>
        <translation>复制 Y0 年度的评分表，作为该年度评分表的初稿；未指定 Y0 时复制此前最近一个年度的评分表，此前没有评分表的，使用默认评分表（5 个类别、21 项评分细则、共 100 分）。此后修改其中任一年度的评分表，不影响另一年度。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="71"/>
        <source>The year to copy.</source>
        <translation>要复制的年度。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="71"/>
        <source>Y0</source>
        <translation>Y0</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="79"/>
        <source>Give the year with --year (and the year to copy with --from).</source>
        <translation>请用 --year 指定年度（并用 --from 指定要复制的年度）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="86"/>
        <location filename="../app/cli/command_points_assessment.cpp" line="130"/>
        <source>The %1 sheet: %2 categories, %3 criteria, %4 points.</source>
        <translation>%1 年度评分表：%2 个类别，%3 项评分细则，共 %4 分。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="97"/>
        <source>Save the year&apos;s whole scoring sheet from JSON as sheet show prints it. Criteria keep their id (a rename) or are matched by name; those left out are removed. A criterion with points given cannot be removed nor its maximum lowered below them.</source>
        <translation>从 JSON（格式与 sheet show 的输出相同）保存该年度的整张评分表。评分细则按编号对应（编号不变、名称改变即为改名），未填编号的按名称对应；文件中未列出的评分细则将被删除。已有得分的评分细则不能删除，其分值也不能低于已给出的得分。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="109"/>
        <source>Give the year with --year and one JSON file, or - for standard input.</source>
        <translation>请用 --year 指定年度，并给出一个 JSON 文件（或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="149"/>
        <source>Usage: casedesk-cli points sheet show|copy|set ... (--help on each)</source>
        <translation>用法：casedesk-cli points sheet show|copy|set ……（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="156"/>
        <source>Score a liaison point for a year from JSON: {&quot;scores&quot;: [{&quot;criterion&quot;: ID or name, &quot;points&quot;: N, &quot;note&quot;: &quot;...&quot;}], &quot;notes&quot;: &quot;...&quot;}. Each criterion of the year&apos;s sheet from 0 to its maximum; criteria left out score 0. Give &quot;version&quot; to be told when someone scored the point since you read it. Prints the total.</source>
        <translation>从 JSON 评定联络点某一年度的得分：{&quot;scores&quot;: [{&quot;criterion&quot;: ID 或名称, &quot;points&quot;: N, &quot;note&quot;: &quot;...&quot;}], &quot;notes&quot;: &quot;...&quot;}。该年度评分表中每项评分细则的得分为 0 至其分值，未列出的评分细则计 0 分。如填写 &quot;version&quot;，在您读取之后他人又为该联络点评过分时会给出提示。输出总分。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="171"/>
        <source>Give the point&apos;s id, the year with --year and one JSON file, or - for standard input.</source>
        <translation>请给出联络点编号，用 --year 指定年度，并给出一个 JSON 文件（或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="192"/>
        <source>Point %1 scored %2 of %3 points for %4.</source>
        <translation>联络点 %1 在 %4 年度评分中得 %2 分（满分 %3 分）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="203"/>
        <source>The year&apos;s scored points, best first: rank, id, name, total, model-point title. Equal totals are decided by the categories&apos; points in the sheet&apos;s order; points equal even there share the rank.</source>
        <translation>列出该年度已评分的联络点，按总分从高到低排列：排名、编号、名称、总分、示范称号。总分相同时，按评分表中各类别的先后顺序依次比较类别得分；各类别得分均相同的，名次并列。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="238"/>
        <source>Mark a point scored for the year as a model point (示范联络点, or the title given) of that year, or take the title away with --unmark.</source>
        <translation>将该年度已评分的联络点评为当年的示范联络点（称号为“示范联络点”，或所指定的称号），或用 --unmark 撤销该称号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="242"/>
        <source>The title conferred.</source>
        <translation>授予的称号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="243"/>
        <source>Take the year&apos;s title away.</source>
        <translation>撤销该年度的称号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="251"/>
        <source>Give the point&apos;s id and the year with --year, and either --title or --unmark.</source>
        <translation>请给出联络点编号并用 --year 指定年度；--title 和 --unmark 只能选用其一。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="261"/>
        <source>%1 holds no model-point title now.</source>
        <translation>%1现已没有示范称号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_points_assessment.cpp" line="262"/>
        <source>%1: %2 of %3.</source>
        <translation>%1：%3 年度%2。</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../core/domain/codes.cpp" line="15"/>
        <source>12315 platform</source>
        <translation>12315平台</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="16"/>
        <source>12345 hotline transfer</source>
        <translation>12345热线转办</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="17"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="18"/>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="19"/>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="20"/>
        <source>WeChat / online</source>
        <translation>微信/网络</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="21"/>
        <source>Liaison point transfer</source>
        <translation>联络点转交</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="23"/>
        <source>Networked enterprise report</source>
        <translation>联网企业报送</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="24"/>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="28"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="29"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="30"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="31"/>
        <source>False advertising</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="32"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="33"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="34"/>
        <source>Counterfeit</source>
        <translation>假冒</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="35"/>
        <source>Personal rights</source>
        <translation>人格权益</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="36"/>
        <source>Measurement</source>
        <translation>计量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="37"/>
        <location filename="../core/domain/grounds.cpp" line="42"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="41"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="42"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="43"/>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="44"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="46"/>
        <source>Forwarded to enterprise</source>
        <translation>转企业和解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="47"/>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="48"/>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="50"/>
        <source>Mediation terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="51"/>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="12"/>
        <source>Outside our duties or jurisdiction</source>
        <translation>不属于本部门职责或管辖范围</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="14"/>
        <source>Already handled by a court, arbitration body or another body</source>
        <translation>法院、仲裁机构或其他机构已受理或处理</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="16"/>
        <source>Not personal consumption, or no provable dispute</source>
        <translation>非生活消费，或无法证明存在消费争议</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="18"/>
        <source>More than 3 years since the consumer knew of the harm</source>
        <translation>自知道权益受损之日起已超过三年</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="19"/>
        <source>Required elements missing</source>
        <translation>投诉要素不全</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="21"/>
        <source>Refuses identity verification (Order No. 121)</source>
        <translation>拒绝身份核验（第121号令）</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="22"/>
        <source>Other grounds in law</source>
        <translation>法律法规规定的其他情形</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="26"/>
        <source>Missing elements</source>
        <translation>要素不全</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="27"/>
        <source>Unclear statement</source>
        <translation>诉求表述不清</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="28"/>
        <source>Wrong type</source>
        <translation>类型错误</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="29"/>
        <source>Unknown address</source>
        <translation>地址不详</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="30"/>
        <source>Duplicate</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="31"/>
        <source>Withdrawn by the citizen</source>
        <translation>投诉人撤回</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="32"/>
        <source>Not our duty</source>
        <translation>非本部门职责</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="37"/>
        <source>The complainant withdrew</source>
        <translation>投诉人撤回投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="39"/>
        <source>The business refused mediation or did not appear</source>
        <translation>被投诉人拒绝调解或无正当理由不参加</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="40"/>
        <source>The parties cannot agree</source>
        <translation>双方分歧较大，无法达成一致</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="41"/>
        <source>The time limit passed</source>
        <translation>调解期限届满未达成协议</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="114"/>
        <source>refusal ground</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="115"/>
        <source>return reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="116"/>
        <source>termination ground</source>
        <translation>终止调解理由</translation>
    </message>
    <message>
        <location filename="../core/domain/grounds.cpp" line="119"/>
        <source>ground</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="10"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="11"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="12"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../core/domain/roles.cpp" line="13"/>
        <source>Auditor (read only)</source>
        <translation>审计员（只读）</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="22"/>
        <source>Accept or refuse</source>
        <translation>决定是否受理</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="23"/>
        <source>End mediation</source>
        <translation>调解期满</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="24"/>
        <source>Notify termination</source>
        <translation>告知终止调解</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="25"/>
        <source>Networked enterprise settles</source>
        <translation>联网企业处理期满</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="26"/>
        <source>Sign for the hotline transfer</source>
        <translation>热线工单签收</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="27"/>
        <source>Reply to the hotline</source>
        <translation>热线工单回复</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="29"/>
        <source>Dispatch the hotline transfer</source>
        <translation>热线工单派单</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="30"/>
        <source>First contact with the complainant</source>
        <translation>首次联系投诉人</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="31"/>
        <source>Answer the liaison point</source>
        <translation>答复联络点</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="35"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="36"/>
        <source>calendar days</source>
        <translation>个自然日</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="37"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="53"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="54"/>
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n 个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deadlines/deadline_rules.cpp" line="55"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="78"/>
        <source>Give the rule set a name, e.g. the order that sets it.</source>
        <translation>请为时限规则命名，如规定这些时限的规章名称。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="84"/>
        <source>Give the date from which the rules apply.</source>
        <translation>请填写规则的施行日期。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="86"/>
        <source>A rule set needs at least one rule.</source>
        <translation>时限规则至少要包含一项时限。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="92"/>
        <source>%1: the limit must be a whole number from 1 to %2.</source>
        <translation>%1：时限须为 1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="96"/>
        <source>%1: unknown channel &quot;%2&quot;.</source>
        <translation>%1：没有“%2”这个来源渠道。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="99"/>
        <source>%1 is given twice.</source>
        <translation>%1 重复填写了。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/deadline_rules.cpp" line="108"/>
        <source>The rule set cannot be saved: %1</source>
        <translation>无法保存时限规则：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="81"/>
        <source>Give the time the appraisal or test started.</source>
        <translation>请填写鉴定或检测开始的时间。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="92"/>
        <source>The case&apos;s clock is already paused since %1.</source>
        <translation>该案件自 %1 起已暂停计时。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="120"/>
        <source>The case&apos;s clock is not paused.</source>
        <translation>该案件没有暂停计时。</translation>
    </message>
    <message>
        <location filename="../core/storage/clock_pause_repository.cpp" line="124"/>
        <source>The pause cannot end before it started (%1).</source>
        <translation>恢复计时的时间不能早于暂停时间（%1）。</translation>
    </message>
    <message>
        <location filename="../core/storage/deadline_rule_repository.cpp" line="79"/>
        <source>The rule set &quot;%1&quot; already starts on %2; give the new set another date.</source>
        <translation>时限规则“%1”已于 %2 施行，请为新规则另选施行日期。</translation>
    </message>
    <message>
        <location filename="../core/storage/deadline_rule_repository.cpp" line="117"/>
        <source>No deadline rule set is in force on %1; add one that starts on or before it.</source>
        <translation>%1 没有施行中的时限规则，请添加一套在此日或更早施行的规则。</translation>
    </message>
    <message>
        <location filename="../core/deadlines/due_list.cpp" line="338"/>
        <source>Check a promise from a talk: %1</source>
        <translation>核查约谈承诺：%1</translation>
    </message>
    <message>
        <location filename="../core/deadlines/due_list.cpp" line="339"/>
        <source>Check the agreement was carried out</source>
        <translation>核实调解协议履行情况</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="390"/>
        <location filename="../core/demo/demo_mediation.cpp" line="126"/>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="503"/>
        <location filename="../core/demo/demo_generator.cpp" line="541"/>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="557"/>
        <source>The number of demo cases must be between 1 and 5,000,000.</source>
        <translation>演示案件数须在 1 到 5,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="562"/>
        <source>The demo data cannot end in the future.</source>
        <translation>演示数据的截止日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="604"/>
        <source>This database has users who sign in: demo data goes only into a new file or a demo database.</source>
        <translation>该数据库已有可登录的用户：演示数据只能写入新文件或演示数据库。</translation>
    </message>
</context>
<context>
    <name>DeskAdministration</name>
    <message>
        <location filename="../core/auth/desk_administration.cpp" line="39"/>
        <source>Personal data is kept between 1 and %1 years after a case is closed.</source>
        <translation>个人信息在结案后保存 1 至 %1 年。</translation>
    </message>
    <message>
        <location filename="../core/auth/desk_administration.cpp" line="68"/>
        <source>The council&apos;s name is 1 to %1 characters, such as 上海市长宁区消费者权益保护委员会.</source>
        <translation>消保委名称为 1 至 %1 个字，如 上海市长宁区消费者权益保护委员会。</translation>
    </message>
    <message>
        <location filename="../core/auth/desk_administration.cpp" line="71"/>
        <source>The council&apos;s name is one line.</source>
        <translation>消保委名称只能有一行。</translation>
    </message>
    <message>
        <location filename="../core/auth/desk_administration.cpp" line="98"/>
        <source>This desk has an administrator: its settings are changed by signing in.</source>
        <translation>本台已有管理员：设置须登录后修改。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../ui/documents/pdf_document.cpp" line="54"/>
        <source>PDF documents need the graphical part of Qt; start the program with a display or the offscreen platform.</source>
        <translation>PDF 文档需要 Qt 的图形部分；请在有显示器或 offscreen 平台的环境下运行程序。</translation>
    </message>
    <message>
        <location filename="../ui/documents/pdf_document.cpp" line="65"/>
        <source>The Chinese font &quot;%1&quot; is not installed, so the document would show boxes instead of Chinese. Install it (on Debian or Ubuntu: the package fonts-wqy-microhei) and try again.</source>
        <translation>未安装中文字体“%1”，文档中的中文会显示为方框。请先安装该字体（Debian 或 Ubuntu：fonts-wqy-microhei 软件包）后重试。</translation>
    </message>
    <message>
        <location filename="../ui/documents/pdf_document.cpp" line="113"/>
        <source>The document could not be drawn (the printer or file refused it).</source>
        <translation>无法绘制文档（打印机或文件拒绝写入）。</translation>
    </message>
    <message>
        <location filename="../ui/documents/pdf_document.cpp" line="148"/>
        <location filename="../ui/documents/pdf_document.cpp" line="160"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Enterprises</name>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="35"/>
        <source>What was settled</source>
        <translation>和解内容</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="35"/>
        <source>Why it was not settled</source>
        <translation>未能和解的原因</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="40"/>
        <source>The money paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="43"/>
        <source>No money is recorded with a failed settlement.</source>
        <translation>未能和解时不登记金额。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="45"/>
        <source>The day of the answer</source>
        <translation>企业反馈日期</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="58"/>
        <source>Case %1 is not with an enterprise.</source>
        <translation>案件 %1 不在转办企业处理中。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="64"/>
        <source>Case %1 has no forwarding step.</source>
        <translation>案件 %1 没有转办记录。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="66"/>
        <source>The enterprise cannot have answered before the case was forwarded to it (%1).</source>
        <translation>企业反馈日期不能早于转办日期（%1）。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="93"/>
        <source>Settled by the enterprise: %1</source>
        <translation>企业先行和解：%1</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_answer_service.cpp" line="94"/>
        <source>Not settled by the enterprise: %1</source>
        <translation>企业未能和解：%1</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="28"/>
        <source>The contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="29"/>
        <source>The contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="30"/>
        <source>The enterprise&apos;s complaint desk</source>
        <translation>企业投诉受理渠道</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="36"/>
        <source>The day the agreement was signed</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="41"/>
        <source>The day the agreement ended</source>
        <translation>协议终止日期</translation>
    </message>
    <message>
        <location filename="../core/enterprises/enterprise_agreement_service.cpp" line="46"/>
        <source>The agreement cannot end before it was signed (%1).</source>
        <translation>协议终止日期不能早于签订日期（%1）。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="39"/>
        <source>%1 is %2; files larger than %3 cannot be attached.</source>
        <translation>%1 大小为 %2，超过 %3 的文件无法作为证据上传。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="75"/>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="81"/>
        <source>%1 is empty; there is nothing to attach.</source>
        <translation>%1 是空文件，无法作为证据上传。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="102"/>
        <source>Case %1 does not exist.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="126"/>
        <source>%1 cannot be found or is not a file.</source>
        <translation>找不到 %1，或它不是文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="132"/>
        <location filename="../core/storage/evidence_repository.cpp" line="136"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="163"/>
        <source>The evidence file no longer exists.</source>
        <translation>该证据文件已不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/evidence_repository.cpp" line="170"/>
        <source>%1 has changed since it was attached: its SHA-256 no longer matches. It cannot be relied on as evidence.</source>
        <translation>%1 上传后已被改动：SHA-256 校验值不符，不能再作为证据使用。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../core/export/xlsx_workbook.cpp" line="192"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/export/xlsx_workbook.cpp" line="196"/>
        <location filename="../core/export/xlsx_workbook.cpp" line="219"/>
        <location filename="../core/export/xlsx_workbook.cpp" line="225"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location filename="../core/export/xlsx_workbook.cpp" line="199"/>
        <source>An Excel sheet holds at most %L1 rows: narrow the list first. Nothing was written.</source>
        <translation>一张 Excel 工作表最多容纳 %L1 行，请先缩小范围。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/export/xlsx_workbook.cpp" line="204"/>
        <location filename="../core/export/xlsx_workbook.cpp" line="211"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/export/case_xlsx.cpp" line="25"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../core/export/case_xlsx.cpp" line="26"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../core/export/case_xlsx.cpp" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/export/case_xlsx.cpp" line="45"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="19"/>
        <source>Complainant&apos;s name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="20"/>
        <location filename="../core/domain/field_labels.cpp" line="44"/>
        <source>Complainant&apos;s phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="21"/>
        <location filename="../core/domain/field_labels.cpp" line="45"/>
        <source>Complainant&apos;s ID number</source>
        <translation>投诉人身份证号</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="22"/>
        <source>Complainant&apos;s address</source>
        <translation>投诉人地址</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="23"/>
        <source>Business name</source>
        <translation>经营者名称</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="24"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="25"/>
        <source>Business address</source>
        <translation>经营者地址</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="26"/>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="27"/>
        <source>Street</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="28"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="29"/>
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="30"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="31"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="32"/>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="33"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="34"/>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="35"/>
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="36"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="38"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="39"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="40"/>
        <source>Dispatched by the hotline</source>
        <translation>热线交办时间</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="41"/>
        <source>Reply due (hotline)</source>
        <translation>热线到期时间</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="42"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="43"/>
        <source>Deadline clock</source>
        <translation>办理时限计时</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="46"/>
        <source>Complainant&apos;s personal data</source>
        <translation>投诉人个人信息</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="47"/>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="48"/>
        <source>Title</source>
        <translation>典型案例标题</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="49"/>
        <source>Prepaid card</source>
        <translation>预付卡</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="50"/>
        <source>Group case</source>
        <translation>群体投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="51"/>
        <source>Representative case</source>
        <translation>代表性案件</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="52"/>
        <source>Amount under the group&apos;s outcome</source>
        <translation>群体处理结果应得金额</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="53"/>
        <source>Money recovered</source>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="54"/>
        <source>Business</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="55"/>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="56"/>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="57"/>
        <source>Work-order file and line</source>
        <translation>工单文件及行号</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="58"/>
        <source>Day the parties were told</source>
        <translation>告知双方日期</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="83"/>
        <source>Letter sent</source>
        <translation>文书已发出</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="84"/>
        <source>Complainant contacted</source>
        <translation>已联系投诉人</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="85"/>
        <source>Imported from a work-order file</source>
        <translation>从工单文件导入</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="86"/>
        <source>Parties told of the termination</source>
        <translation>已告知双方终止调解</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="31"/>
        <source>paid ¥%1</source>
        <translation>支付 ¥%1</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="31"/>
        <source>balance ¥%1</source>
        <translation>余额 ¥%1</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="33"/>
        <source>%1 sessions left</source>
        <translation>剩余 %1 次</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="73"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/field_labels.cpp" line="82"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="66"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="67"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="68"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="69"/>
        <source>Assigned</source>
        <translation>分派</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="70"/>
        <source>Evidence attached</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="71"/>
        <source>Clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="72"/>
        <source>Clock restarted</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="73"/>
        <source>Shown in full</source>
        <translation>查看完整信息</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="74"/>
        <source>Anonymised (retention period over)</source>
        <translation>已匿名化（保存期限届满）</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="75"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="76"/>
        <source>Typical case</source>
        <translation>典型案例</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="77"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="78"/>
        <source>Added to a group case</source>
        <translation>加入群体投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="79"/>
        <source>Taken out of a group case</source>
        <translation>移出群体投诉</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="80"/>
        <source>Group outcome recorded</source>
        <translation>登记群体处理结果</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="81"/>
        <source>Paid from a first-compensation fund</source>
        <translation>先行赔付</translation>
    </message>
    <message>
        <location filename="../core/domain/field_labels.cpp" line="82"/>
        <source>Business records merged</source>
        <translation>经营者记录合并</translation>
    </message>
</context>
<context>
    <name>FirstContact</name>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="38"/>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="39"/>
        <source>By SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="40"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="57"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="60"/>
        <source>Give the time of the first contact.</source>
        <translation>请填写首次联系的时间。</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="62"/>
        <source>The first contact cannot be in the future.</source>
        <translation>首次联系时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="73"/>
        <source>The first contact cannot come before the complaint was received (%1).</source>
        <translation>首次联系时间不能早于收到投诉的时间（%1）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="77"/>
        <source>%1 is finished: its first contact is no longer recorded.</source>
        <translation>案件 %1 已办结，不再登记首次联系。</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="80"/>
        <source>The first contact with the complainant of %1 was recorded already (%2).</source>
        <translation>案件 %1 已登记过首次联系投诉人（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/first_contact_service.cpp" line="90"/>
        <source>The first contact with the complainant of %1 was recorded already.</source>
        <translation>案件 %1 已登记过首次联系投诉人。</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../core/followup/follow_up.cpp" line="32"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up.cpp" line="33"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up.cpp" line="34"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up.cpp" line="37"/>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="30"/>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>内容过长（%1 个字，最多 %2 个字）。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="43"/>
        <source>Case %1 is not finished yet; follow-up visits are made after a case is closed.</source>
        <translation>案件 %1 尚未办结，办结后才能回访。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="46"/>
        <source>The time of the visit lies in the future.</source>
        <translation>回访时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="48"/>
        <source>The visit cannot be before the case was finished (%1).</source>
        <translation>回访时间不能早于案件办结时间（%1）。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="51"/>
        <source>Say whether the consumer was satisfied.</source>
        <translation>请选择消费者的满意程度。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="54"/>
        <source>A result can only be recorded when the consumer was reached.</source>
        <translation>只有联系上消费者才能登记回访结果。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="57"/>
        <source>The attitude rating must be from 1 to %1 (0: not rated).</source>
        <translation>态度评分应为 1 到 %1 分（0 表示未评分）。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="59"/>
        <source>Only a consumer who was reached can rate the caseworker.</source>
        <translation>只有联系上的消费者才能对承办人评分。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="119"/>
        <source>Choose the month to draw the spot check for.</source>
        <translation>请选择要抽查的月份。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="122"/>
        <source>The month %1 has not begun yet.</source>
        <translation>%1 还没有开始。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="124"/>
        <source>The share to check must be more than 0% and at most 100%.</source>
        <translation>抽查比例应大于 0% 且不超过 100%。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="162"/>
        <source>A typical case needs a title.</source>
        <translation>典型案例需要填写标题。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="166"/>
        <source>A typical case needs a short write-up.</source>
        <translation>典型案例需要填写简要案情。</translation>
    </message>
    <message>
        <location filename="../core/followup/follow_up_service.cpp" line="206"/>
        <source>The case is not flagged as a typical case.</source>
        <translation>该案件未标为典型案例。</translation>
    </message>
</context>
<context>
    <name>Funds</name>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="30"/>
        <source>The text is longer than %1 characters.</source>
        <translation>内容超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="39"/>
        <source>The amount must be more than ¥0 and at most ¥100,000,000.</source>
        <translation>金额应大于 0 元且不超过 1 亿元。</translation>
    </message>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="48"/>
        <source>Give the fund a name.</source>
        <translation>请填写赔付金名称。</translation>
    </message>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="65"/>
        <source>There is already a fund called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的赔付金。</translation>
    </message>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="113"/>
        <source>The fund holds ¥%1, less than the payout of ¥%2.</source>
        <translation>赔付金余额 ¥%1，不足以支付 ¥%2。</translation>
    </message>
    <message>
        <location filename="../core/funds/fund_service.cpp" line="119"/>
        <source>No case with id %1 was found.</source>
        <translation>未找到编号为 %1 的案件。</translation>
    </message>
    <message>
        <location filename="../core/storage/fund_repository.cpp" line="55"/>
        <source>No fund %1 was found.</source>
        <translation>未找到先行赔付金 %1。</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../core/groups/case_group.cpp" line="12"/>
        <source>of each card balance</source>
        <translation>按每张卡余额</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="13"/>
        <source>of each amount paid</source>
        <translation>按每人支付金额</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="14"/>
        <source>of each amount involved</source>
        <translation>按每件涉及金额</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="45"/>
        <source>referred to a court; the court&apos;s outcome applies</source>
        <translation>已移送法院，以法院处理结果为准</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="48"/>
        <source>mediation was terminated</source>
        <translation>调解已终止</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="50"/>
        <source>the complaint was not accepted</source>
        <translation>投诉未予受理</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="52"/>
        <source>the complaint was returned</source>
        <translation>投诉已退回</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="58"/>
        <source>no card details, so no card balance to take a share of</source>
        <translation>无预付卡信息，没有可按比例计算的卡内余额</translation>
    </message>
    <message>
        <location filename="../core/groups/case_group.cpp" line="59"/>
        <source>no card details, so no amount paid to take a share of</source>
        <translation>无预付卡信息，没有可按比例计算的支付金额</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="33"/>
        <source>Case %1: %2 Nothing was changed in the group.</source>
        <translation>案件 %1：%2 群体投诉中的案件均未改动。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="41"/>
        <source>Give the group case a name.</source>
        <translation>请填写群体投诉的名称。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="43"/>
        <source>The group&apos;s name is longer than %1 characters.</source>
        <translation>群体投诉名称超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="98"/>
        <source>The business has no open complaints to make a group of.</source>
        <translation>该经营者没有未办结的投诉，无法建立群体投诉。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="106"/>
        <source>Choose at least one case for the group.</source>
        <translation>请至少选择一件案件。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="157"/>
        <source>These cases already belong to another group case: %1. Remove them there first.</source>
        <translation>以下案件已属于其他群体投诉：%1。请先从原群体投诉中移出。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="174"/>
        <source>No case with id %1 was found; nothing was changed.</source>
        <translation>未找到编号为 %1 的案件，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="240"/>
        <source>The case is not a member of this group.</source>
        <translation>该案件不属于本群体投诉。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="291"/>
        <location filename="../core/groups/group_service.cpp" line="292"/>
        <source>No member of the group is in mediation; move them into mediation first.</source>
        <translation>本群体案件中没有处于调解中的成员，请先将成员转入调解。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="308"/>
        <location filename="../core/groups/group_service.cpp" line="354"/>
        <source>The group has no members.</source>
        <translation>该群体投诉没有案件。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="330"/>
        <source>The share must be between 0% and 100%.</source>
        <translation>比例应在 0% 至 100% 之间。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="332"/>
        <source>The description is longer than 2000 characters.</source>
        <translation>说明超过 2000 个字符。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="347"/>
        <source>An outcome of this group was already recorded as paid. Record this one without marking it paid, and any further payment on the cases themselves.</source>
        <translation>本群体投诉已有处理结果登记为已支付。请登记本次结果时不要勾选“已支付”，后续付款请在各案件中登记。</translation>
    </message>
    <message>
        <location filename="../core/groups/group_service.cpp" line="366"/>
        <source>No member of the group takes part in this outcome: %1</source>
        <translation>群体投诉中没有案件适用此处理结果：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/group_repository.cpp" line="68"/>
        <source>No group case %1 was found.</source>
        <translation>未找到群体投诉 %1。</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="87"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”应为文本。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="97"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>“%1”应为对象。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="109"/>
        <source>&quot;%1&quot; is not a known code for &quot;%2&quot;.</source>
        <translation>“%1”不是“%2”的有效代码。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="139"/>
        <source>&quot;liaisonPointId&quot; must be the id of a liaison point (a whole number).</source>
        <translation>“liaisonPointId”应为联络点编号（整数）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="149"/>
        <source>&quot;amountFen&quot; must be a whole number of fen.</source>
        <translation>“amountFen”应为以分计的整数。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="153"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="156"/>
        <source>&quot;amountFen&quot; must be a number.</source>
        <translation>“amountFen”应为数字。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="162"/>
        <location filename="../core/export/complaint_json.cpp" line="234"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="168"/>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDTHH:MM:SS+08:00).</source>
        <translation>“%1”不是有效的日期时间（YYYY-MM-DDTHH:MM:SS+08:00）。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="221"/>
        <source>&quot;prepaidCard&quot; must be an object.</source>
        <translation>“prepaidCard”必须是对象。</translation>
    </message>
    <message>
        <location filename="../core/export/complaint_json.cpp" line="242"/>
        <source>&quot;%1&quot; must be a whole number, not negative.</source>
        <translation>“%1”必须是非负整数。</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../core/letters/letter.cpp" line="71"/>
        <source>Notice of acceptance</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="72"/>
        <source>Notice of refusal</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="73"/>
        <source>Notice of return</source>
        <translation>退回告知书</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="74"/>
        <source>Notice of terminated mediation</source>
        <translation>终止调解告知书</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="75"/>
        <source>Forwarding letter to the enterprise</source>
        <translation>投诉转办函</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="76"/>
        <source>Record of a mediation session</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="77"/>
        <source>Record of the follow-up visit</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="78"/>
        <source>Receipt for a first-compensation payout</source>
        <translation>先行赔付领款凭证</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="79"/>
        <source>Mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="80"/>
        <source>Referral letter to the court</source>
        <translation>诉调对接移送函</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="88"/>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="89"/>
        <source>By SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="90"/>
        <source>In person</source>
        <translation>当面送达</translation>
    </message>
    <message>
        <location filename="../core/letters/letter.cpp" line="91"/>
        <source>By e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_service.cpp" line="88"/>
        <location filename="../core/letters/letter_service.cpp" line="148"/>
        <source>The day the letter was sent</source>
        <translation>文书发出日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_service.cpp" line="89"/>
        <source>the step it tells of</source>
        <translation>文书所告知事项的日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_service.cpp" line="97"/>
        <source>The page of a %1 could not be laid out.</source>
        <translation>无法排版%1的页面。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_service.cpp" line="145"/>
        <source>A %1 is printed and signed, not sent.</source>
        <translation>%1用于打印签字，不登记发出。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_service.cpp" line="147"/>
        <source>No case was chosen.</source>
        <translation>未选择案件。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_template_service.cpp" line="35"/>
        <source>The letter&apos;s title</source>
        <translation>文书标题</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_template_service.cpp" line="39"/>
        <source>The letter&apos;s title must be one line.</source>
        <translation>文书标题只能有一行。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_template_service.cpp" line="40"/>
        <source>The letter&apos;s text</source>
        <translation>文书正文</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="26"/>
        <source>A %1 does not fit case %2: %3</source>
        <translation>%1不适用于案件 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="66"/>
        <source>it is not refused.</source>
        <translation>该案件未被不予受理。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="66"/>
        <source>it is not returned.</source>
        <translation>该案件未被退回。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="71"/>
        <source>its timeline has no such decision.</source>
        <translation>办理经过中没有相应的决定。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="86"/>
        <source>its mediation was not terminated.</source>
        <translation>该案件未终止调解。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="102"/>
        <source>it was never forwarded to an enterprise.</source>
        <translation>该案件未转办给企业。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="131"/>
        <source>it has no mediation session %1.</source>
        <translation>该案件没有第 %1 号调解场次。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="132"/>
        <source>it has no mediation session.</source>
        <translation>该案件没有调解场次。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="154"/>
        <source>it has no follow-up visit %1.</source>
        <translation>该案件没有第 %1 号回访。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="155"/>
        <source>it has had no follow-up visit.</source>
        <translation>该案件尚未回访。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="177"/>
        <source>it has no payout %1.</source>
        <translation>该案件没有第 %1 号赔付。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="178"/>
        <source>no fund has paid it out.</source>
        <translation>该案件没有先行赔付。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_values.cpp" line="258"/>
        <source>it was never accepted.</source>
        <translation>该案件未受理。</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="96"/>
        <source>The complainant&apos;s name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="97"/>
        <source>The business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="98"/>
        <source>The case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="99"/>
        <source>The day the complaint was received</source>
        <translation>收到投诉的日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="100"/>
        <source>The caseworker in charge</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="101"/>
        <source>The council&apos;s name</source>
        <translation>本会名称</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="102"/>
        <source>What the complainant asks for</source>
        <translation>投诉人诉求</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="103"/>
        <source>The amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="109"/>
        <location filename="../core/letters/letter_wording.cpp" line="116"/>
        <source>The day it was accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="112"/>
        <location filename="../core/letters/letter_wording.cpp" line="118"/>
        <source>The ground of the decision, as the letter words it</source>
        <translation>决定的理由（文书用语）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="113"/>
        <location filename="../core/letters/letter_wording.cpp" line="119"/>
        <source>The caseworker&apos;s note on that ground, if any</source>
        <translation>承办人对该理由的说明（如有）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="117"/>
        <source>The day mediation was terminated</source>
        <translation>终止调解日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="122"/>
        <source>The complainant&apos;s phone, masked (the letter goes to the business)</source>
        <translation>投诉人电话（遮蔽显示，文书发给经营者）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="123"/>
        <source>The facts of the complaint</source>
        <translation>投诉事实</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="124"/>
        <source>The day the case was forwarded</source>
        <translation>转办日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="125"/>
        <source>The last day for the enterprise&apos;s answer</source>
        <translation>企业反馈截止日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="128"/>
        <source>When the session took place</source>
        <translation>调解时间</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="129"/>
        <source>Where it took place</source>
        <translation>调解地点</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="130"/>
        <source>The mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="131"/>
        <source>Those present</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="132"/>
        <source>What was said and done</source>
        <translation>调解情况</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="135"/>
        <source>The day the case was closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="136"/>
        <source>When the visit took place</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="137"/>
        <source>Who made it</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="138"/>
        <source>The complainant&apos;s verdict</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="139"/>
        <source>What the complainant said</source>
        <translation>消费者意见</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="142"/>
        <source>The fund that paid</source>
        <translation>赔付资金名称</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="143"/>
        <source>Who holds the fund</source>
        <translation>资金管理方</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="144"/>
        <source>The amount paid, in figures</source>
        <translation>赔付金额（小写）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="145"/>
        <source>The amount paid, in Chinese capital numerals</source>
        <translation>赔付金额（大写）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="146"/>
        <source>The day it was paid</source>
        <translation>赔付日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="147"/>
        <source>The complainant&apos;s ID number, in full (the receipt is theirs)</source>
        <translation>投诉人身份证号码（完整显示，凭证由本人签收）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="150"/>
        <source>How many copies are signed, in Chinese numerals</source>
        <translation>协议签署份数（中文数字）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="151"/>
        <source>How many copies the council keeps, in Chinese numerals</source>
        <translation>调解组织留存份数（中文数字）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="152"/>
        <source>The day the agreement was signed</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="153"/>
        <source>The mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="156"/>
        <source>The court the case goes to</source>
        <translation>移送的法院</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="157"/>
        <source>How mediation ended, as the letter words it</source>
        <translation>调解结果（按函件的措辞）</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="158"/>
        <source>The day the complainant agreed to the referral</source>
        <translation>消费者同意移送的日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="159"/>
        <source>The day of the referral</source>
        <translation>移送日期</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="160"/>
        <source>&quot;（巡回审判点）&quot; when the court is a circuit point, else nothing</source>
        <translation>法院为巡回审判点时为“（巡回审判点）”，否则为空</translation>
    </message>
    <message>
        <location filename="../core/letters/letter_wording.cpp" line="175"/>
        <source>The letter&apos;s wording uses {%1}, which CaseDesk does not know.</source>
        <translation>文书文本中使用了 {%1}，本软件无法识别该占位符。</translation>
    </message>
    <message>
        <location filename="../core/storage/letter_repository.cpp" line="64"/>
        <source>The letter was not saved.</source>
        <translation>文书未能保存。</translation>
    </message>
    <message>
        <location filename="../core/storage/letter_repository.cpp" line="113"/>
        <source>There is no letter %1.</source>
        <translation>没有编号为 %1 的文书。</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_batch.cpp" line="38"/>
        <source>The group has no members to write to.</source>
        <translation>该群体投诉没有可发文书的成员。</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_batch.cpp" line="50"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_batch.cpp" line="58"/>
        <source>%1 exists already; choose an empty folder. Nothing was written or recorded.</source>
        <translation>%1 已存在，请选择一个空文件夹。未写入任何文件，也未登记发出。</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_batch.cpp" line="65"/>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_batch.cpp" line="86"/>
        <source>The letters were recorded as sent, but %1 could not be put in place; it is in %2.</source>
        <translation>文书已登记发出，但 %1 未能放到目标位置；文件在 %2 中。</translation>
    </message>
    <message>
        <location filename="../ui/documents/letter_document.cpp" line="85"/>
        <source>There are no letters to write.</source>
        <translation>没有要生成的文书。</translation>
    </message>
</context>
<context>
    <name>Liaison</name>
    <message>
        <location filename="../core/liaison/liaison_access.cpp" line="56"/>
        <source>The assigned official &quot;%1&quot; is not an active CaseDesk user.</source>
        <translation>指定的指导员“%1”不是消保案件台的在用用户。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_access.cpp" line="66"/>
        <source>A complaint names a liaison point only when it came through one: set the channel to the liaison-point transfer.</source>
        <translation>只有经联络点转来的投诉才填写联络点：请将来源渠道设为“联络点转交”。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_access.cpp" line="76"/>
        <source>Liaison point &quot;%1&quot; is closed and takes no transfers; register the complaint under the point that took it over, or without a point.</source>
        <translation>联络点“%1”已撤销，不再接收转交投诉；请将投诉登记在接替它的联络点下，或不填联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="13"/>
        <source>Community / residents&apos; committee</source>
        <translation>社区/居委</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="14"/>
        <source>Village committee</source>
        <translation>村委</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="15"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="16"/>
        <source>Supermarket</source>
        <translation>超市</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="17"/>
        <source>Shopping mall</source>
        <translation>商场</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="18"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="19"/>
        <source>Scenic spot</source>
        <translation>景区</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="20"/>
        <source>E-commerce platform</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="21"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="22"/>
        <source>Office building</source>
        <translation>商务楼宇</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="23"/>
        <source>Industrial park</source>
        <translation>产业园区</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="24"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="40"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="41"/>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="42"/>
        <source>Closed</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="52"/>
        <source>Pending</source>
        <translation>尚未移送</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="53"/>
        <source>Forwarded to the regulator</source>
        <translation>已移送监管部门</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="54"/>
        <source>Confirmed and penalised</source>
        <translation>查实处罚</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="55"/>
        <source>Not confirmed</source>
        <translation>未查实</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_codes.cpp" line="56"/>
        <source>Other outcome</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="34"/>
        <source>Liaison point &quot;%1&quot; is closed and passes on no leads.</source>
        <translation>联络点“%1”已撤销，不再报送线索。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="48"/>
        <source>What is suspected</source>
        <translation>涉嫌问题</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="49"/>
        <source>The business</source>
        <translation>涉事经营者</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="50"/>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="51"/>
        <source>The regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="52"/>
        <source>The outcome&apos;s note</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="58"/>
        <source>The day the lead came in</source>
        <translation>线索收到日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="64"/>
        <source>The business cannot have been seen after the lead came in.</source>
        <translation>发现日期不能晚于线索收到日期。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="68"/>
        <source>Say to which regulator the lead was forwarded, and when.</source>
        <translation>请填写线索转办的监管部门和转办日期。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="70"/>
        <source>The day the lead was forwarded</source>
        <translation>线索转办日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="74"/>
        <source>The forwarding</source>
        <translation>转办日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="75"/>
        <source>the lead came in</source>
        <translation>线索收到日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="80"/>
        <source>The day of the outcome</source>
        <translation>处理结果日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="84"/>
        <source>The outcome</source>
        <translation>处理结果日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="85"/>
        <source>the lead was forwarded</source>
        <translation>线索转办日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="89"/>
        <source>An outcome&apos;s date needs the outcome.</source>
        <translation>填写了结果日期，须同时选择处理结果。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_lead_service.cpp" line="156"/>
        <source>Someone else changed lead %1 a moment ago; read it again and make your change once more.</source>
        <translation>线索 %1 刚刚已被他人修改；请重新读取后再修改一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="71"/>
        <source>&quot;%1&quot; is not a point&apos;s id</source>
        <translation>“%1”不是联络点编号</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="84"/>
        <source>no liaison point is called &quot;%1&quot;</source>
        <translation>没有名为“%1”的联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="87"/>
        <source>%1 points are called &quot;%2&quot;; give the point&apos;s id in a column 编号</source>
        <translation>有 %1 个联络点名为“%2”；请在“编号”列中填写联络点编号</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="101"/>
        <location filename="../core/liaison/liaison_point_import.cpp" line="104"/>
        <source>The file holds no table.</source>
        <translation>文件中没有表格。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="106"/>
        <source>No header row with the columns 联络点 (or 名称) and 月份 was found in the first ten rows.</source>
        <translation>前十行中未找到含有“联络点”（或“名称”）和“月份”列的表头行。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="127"/>
        <source>no point named</source>
        <translation>未填写联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="141"/>
        <source>&quot;%1&quot; is not a month (2026-03)</source>
        <translation>“%1”不是月份（如 2026-03）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="154"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="160"/>
        <source>&quot;%1&quot; is not an amount in yuan</source>
        <translation>“%1”不是有效的金额（元）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="169"/>
        <source>the point&apos;s month %1 is given twice</source>
        <translation>该联络点 %1 的台账重复出现</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="172"/>
        <location filename="../core/liaison/liaison_point_import.cpp" line="169"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="178"/>
        <location filename="../core/liaison/liaison_point_import.cpp" line="172"/>
        <source>Nothing was imported: %n row(s) have problems. %1</source>
        <translation>
            <numerusform>未导入任何内容：%n 行有问题。%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_import.cpp" line="202"/>
        <source>Someone else saved a ledger of this file a moment ago; nothing was imported. Import the file again.</source>
        <translation>刚刚有他人保存了本文件中的台账，未导入任何内容。请重新导入该文件。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="64"/>
        <source>Give the ledger&apos;s month.</source>
        <translation>请填写台账月份。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="66"/>
        <source>The ledger&apos;s month %1 has not come yet.</source>
        <translation>台账月份 %1 尚未到来。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="69"/>
        <source>Consultations answered</source>
        <translation>接待咨询数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="70"/>
        <source>People trained</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="71"/>
        <source>Trainings held</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="72"/>
        <source>Leaflets handed out</source>
        <translation>发放宣传资料数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="73"/>
        <source>Disputes settled on site</source>
        <translation>现场调解件数</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="77"/>
        <source>%1: give a whole number from 0 to %2.</source>
        <translation>%1：请填写 0 至 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="81"/>
        <source>The amount settled on site</source>
        <translation>现场调解金额</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="87"/>
        <source>An amount settled on site needs the number of disputes settled.</source>
        <translation>填写现场调解金额，须同时填写现场调解件数。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="113"/>
        <source>Someone else saved the ledger of %1 for this point a moment ago; read it again and make your change once more.</source>
        <translation>刚刚有他人保存了该联络点 %1 的台账；请重新读取后再修改一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="152"/>
        <source>The day of the visit</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_ledger_service.cpp" line="156"/>
        <source>The findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="68"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="74"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="80"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="87"/>
        <source>&quot;%1&quot; is not a year</source>
        <translation>“%1”不是年份</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="109"/>
        <source>No header row with a column 名称 or 联络点名称 was found in the first ten rows.</source>
        <translation>前十行中未找到含有“名称”或“联络点名称”列的表头行。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_import.cpp" line="204"/>
        <source>Line %1: %2 was changed at another desk while the list was imported; nothing was imported. Import the list again.</source>
        <translation>第 %1 行：导入期间%2已在其他工作台被修改，本次未导入任何内容。请重新导入名录。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="70"/>
        <source>The point&apos;s name</source>
        <translation>联络点名称</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="71"/>
        <source>The host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="72"/>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="73"/>
        <source>The district</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="74"/>
        <source>The street</source>
        <translation>所在街道</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="75"/>
        <source>The contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="76"/>
        <source>The contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="77"/>
        <source>The assigned official</source>
        <translation>指导员</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="78"/>
        <source>The model-point title</source>
        <translation>示范称号</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="89"/>
        <source>The day the point was set up cannot be in the future.</source>
        <translation>设立日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="93"/>
        <source>Give the year of the model-point title, from 2000 to %1.</source>
        <translation>请填写获得示范称号的年度（2000 至 %1 年）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="95"/>
        <source>A model-point year needs its title.</source>
        <translation>填写了示范年度，须同时填写示范称号。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="104"/>
        <source>The search text</source>
        <translation>查找文字</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="174"/>
        <source>Point %1 already has this name and address: edit it, or merge the two.</source>
        <translation>联络点 %1 的名称和地址与此相同：请编辑该联络点，或将两者合并。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="220"/>
        <source>Point %1 already has this name and address: merge the two instead.</source>
        <translation>联络点 %1 的名称和地址与此相同：请改为将两者合并。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="230"/>
        <source>Someone else changed point %1 a moment ago; read it again and make your change once more.</source>
        <translation>联络点 %1 刚刚已被他人修改；请重新读取后再修改一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="262"/>
        <source>A point cannot be merged with itself.</source>
        <translation>联络点不能与自身合并。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_point_service.cpp" line="288"/>
        <source>%1 was changed at another desk a moment ago; nothing was merged. Try again.</source>
        <translation>%1刚刚已在其他工作台被修改，未进行合并。请重试。</translation>
    </message>
    <message>
        <location filename="../core/storage/liaison_lead_repository.cpp" line="67"/>
        <source>There is no lead %1.</source>
        <translation>没有线索 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/liaison_point_repository.cpp" line="94"/>
        <source>There is no liaison point %1.</source>
        <translation>没有联络点 %1。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="31"/>
        <source>Give the year scored, from 2000 to %1.</source>
        <translation>请填写评分年度（2000 至 %1 年）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="42"/>
        <source>Criterion #%1 is not on the %2 scoring sheet.</source>
        <translation>%2 年度评分表中没有编号为 %1 的评分细则。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="47"/>
        <source>&quot;%1&quot; is scored twice.</source>
        <translation>“%1”重复评分。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="50"/>
        <source>&quot;%1&quot;: give from 0 to %2 points (not %3).</source>
        <translation>“%1”：得分应为 0 至 %2 分（不能为 %3 分）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="54"/>
        <source>The note on &quot;%1&quot;</source>
        <translation>“%1”的备注</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="59"/>
        <source>The notes</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="100"/>
        <source>%1 has no scoring sheet yet: copy last year&apos;s (or the default one) first.</source>
        <translation>%1 年度尚无评分表：请先复制上一年度的评分表（或默认评分表）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="113"/>
        <source>Someone else scored %1 for %2 a moment ago; read the scores again and make your change once more.</source>
        <translation>刚刚有他人评定了%1的 %2 年度得分；请重新读取得分后再修改一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="176"/>
        <source>%1 is closed and cannot be a model point.</source>
        <translation>%1已撤销，不能评为示范联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="181"/>
        <source>%1 was not scored for %2: a model point is chosen from the year&apos;s scored points.</source>
        <translation>%1未参加 %2 年度评分：示范联络点须从该年度已评分的联络点中评选。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_service.cpp" line="202"/>
        <source>%1 holds no model-point title of %2.</source>
        <translation>%1没有 %2 年度的示范称号。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="67"/>
        <source>%1 has a scoring sheet already; read it and edit that one.</source>
        <translation>%1 年度已有评分表；请读取该评分表后在其基础上修改。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="68"/>
        <source>Someone else changed the %1 scoring sheet a moment ago; read it again and make your change once more.</source>
        <translation>%1 年度评分表刚刚已被他人修改；请重新读取后再修改一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="89"/>
        <source>Category #%1 is not on the %2 sheet.</source>
        <translation>%2 年度评分表中没有编号为 %1 的类别。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="105"/>
        <source>Criterion #%1 is not on the %2 sheet.</source>
        <translation>%2 年度评分表中没有编号为 %1 的评分细则。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="132"/>
        <source>&quot;%1&quot; has points in %n assessment(s) of %2 and cannot be removed; rescore those points first.</source>
        <translation>
            <numerusform>“%1”在 %2 年度的 %n 份评分中已有得分，不能删除；请先对相关联络点重新评分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="153"/>
        <source>&quot;%1&quot; was given %2 points in %3; its maximum cannot go below that.</source>
        <translation>“%1”在 %3 年度评分中已有 %2 分的得分，其分值不能低于此数。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="249"/>
        <source>Give the sheet&apos;s year, from 2000 to %1.</source>
        <translation>请填写评分表年度（2000 至 %1 年）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="251"/>
        <source>A scoring sheet needs at least one criterion.</source>
        <translation>评分表至少要有一项评分细则。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="254"/>
        <source>A scoring sheet has at most %1 criteria.</source>
        <translation>评分表最多只能有 %1 项评分细则。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="257"/>
        <source>A category&apos;s name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="263"/>
        <source>The category &quot;%1&quot; is on the sheet twice.</source>
        <translation>评分表中类别“%1”重复。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="267"/>
        <source>A criterion&apos;s name</source>
        <translation>评分细则名称</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="273"/>
        <source>The criterion &quot;%1&quot; is in &quot;%2&quot; twice.</source>
        <translation>类别“%2”中评分细则“%1”重复。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="277"/>
        <source>&quot;%1&quot;: give its maximum as whole points from 1 to %2.</source>
        <translation>“%1”：分值应为 1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="284"/>
        <source>The sheet&apos;s criteria add up to %1 points; at most %2 are allowed.</source>
        <translation>评分表各项评分细则合计 %1 分，最多只能为 %2 分。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_assessment_sheets.cpp" line="344"/>
        <source>%1 has no scoring sheet to copy.</source>
        <translation>%1 年度没有可复制的评分表。</translation>
    </message>
</context>
<context>
    <name>LiaisonCharts</name>
    <message>
        <location filename="../ui/dashboard/liaison_charts.cpp" line="42"/>
        <source>Consultations</source>
        <translation>解答咨询</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_charts.cpp" line="43"/>
        <source>People trained</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_charts.cpp" line="44"/>
        <source>Disputes settled on site</source>
        <translation>现场化解纠纷</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_charts.cpp" line="45"/>
        <source>Complaints transferred</source>
        <translation>转交投诉</translation>
    </message>
</context>
<context>
    <name>LiaisonReport</name>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="123"/>
        <source>Being handled, not yet due</source>
        <translation>办理中，未到期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="124"/>
        <source>Overdue, not answered</source>
        <translation>已逾期，未答复</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="125"/>
        <source>No reply deadline</source>
        <translation>无答复时限</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="133"/>
        <source>Work of the consumer-rights liaison points in %1: annual report</source>
        <translation>%1消费维权联络点工作年度报告</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="134"/>
        <source>Work of the consumer-rights liaison points in %1: quarterly report</source>
        <translation>%1消费维权联络点工作情况报告</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="145"/>
        <source>Street not recorded</source>
        <translation>未登记街道</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="156"/>
        <source>The liaison-point report is for a quarter or a year that has begun, such as %1 or %2.</source>
        <translation>联络点工作报告按已开始的季度或年度编制，例如 %1 或 %2。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="19"/>
        <source>%1 %2</source>
        <comment>two sentences of a paragraph; Chinese: %1%2</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="26"/>
        <source>In %1 the district had %2 active liaison points; none of them has filed a ledger for the period.</source>
        <translation>%1，全区共有正常运行的联络点%2个，本期均未报送台账。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="28"/>
        <source>In %1 the district had %2 active liaison points; %3 points filed ledgers. The points answered %4 consultations, trained %5 people in %6 trainings, handed out %7 leaflets and settled %8 disputes on site, involving ¥%9.</source>
        <translation>%1，全区共有正常运行的联络点%2个，%3个联络点报送了台账。各联络点共解答消费咨询%4人次，开展培训%6场、培训%5人次，发放宣传资料%7份，现场化解消费纠纷%8件，涉及金额%9元。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="39"/>
        <source>No complaint came to the council through a liaison point in the period.</source>
        <translation>本期未收到联络点转交的投诉。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="40"/>
        <source>The points transferred %1 complaints to the council. Of the %2 whose answer was due, %3 were answered within the deadline (on-time rate %4); %5 were answered late and %6 are overdue and still awaiting an answer.</source>
        <translation>各联络点向我会转交投诉%1件。已到答复期限的%2件中，%3件在期限内答复（按时答复率%4）；逾期答复%5件，逾期未答复%6件。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="47"/>
        <source>The most transfers came from %1 (%2).</source>
        <translation>转交投诉最多的是%1（%2件）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="57"/>
        <source>%1 settled the most disputes on site: %2, involving ¥%3.</source>
        <translation>现场化解纠纷最多的是%1，共%2件，涉及金额%3元。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="64"/>
        <source>The points passed no lead on illegal business in the period.</source>
        <translation>本期各联络点未报送违法经营线索。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="68"/>
        <source>The points passed %1 leads on illegal business: %2 were confirmed and penalised, %3 were not confirmed, %4 are with the regulator, %5 are not forwarded yet and %6 ended otherwise.</source>
        <translation>各联络点报送违法经营线索%1条：查实处罚%2条，未查实%3条，已移送监管部门待反馈%4条，尚未移送%5条，其他结果%6条。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="80"/>
        <source>The assigned officials visited every active point at least once in the period.</source>
        <translation>各联络点的指导人员本期均至少走访一次。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_analysis.cpp" line="81"/>
        <source>%1 of the %2 active points had no visit from an official in the period (listed in the last table); their officials are asked to visit them early in the next period.</source>
        <translation>%2个正常运行的联络点中，有%1个本期未经指导人员走访（见末表），请相关指导人员于下期初安排走访。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="19"/>
        <source>Active points</source>
        <translation>正常运行联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="20"/>
        <source>Points with ledgers</source>
        <translation>报送台账联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="21"/>
        <source>Consultations</source>
        <translation>解答咨询（人次）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="22"/>
        <source>People trained</source>
        <translation>培训人次</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="23"/>
        <source>Trainings held</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="24"/>
        <source>Leaflets</source>
        <translation>发放资料（份）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="25"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="75"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="89"/>
        <source>Disputes settled on site</source>
        <translation>现场化解纠纷（件）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="26"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="90"/>
        <source>Amount settled (yuan)</source>
        <translation>化解金额（元）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="27"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="74"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="102"/>
        <source>Complaints transferred</source>
        <translation>转交投诉（件）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="39"/>
        <source>Active points: points whose status is active today. The ledger figures add up the monthly ledgers (台账) of the months in the period, whatever the point&apos;s status now; complaints transferred: complaints received in the period that name the point.</source>
        <translation>正常运行：报告生成之日状态为“正常”的联络点。台账数据为本期各月月度台账之和，不论联络点目前状态；转交投诉：本期受理且注明该联络点的投诉。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="49"/>
        <source>No liaison point was active, filed a ledger or transferred a complaint in the period.</source>
        <translation>本期没有正常运行、报送台账或转交投诉的联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="56"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="133"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="62"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="63"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="141"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="158"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="64"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="142"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="65"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="143"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="184"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="70"/>
        <source>3. The points that transferred the most complaints</source>
        <translation>三、转交投诉最多的联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="71"/>
        <source>Most transfers</source>
        <translation>转交最多</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="72"/>
        <source>Complaints received in the period that name the point; at most %1 points.</source>
        <translation>本期受理且注明该联络点的投诉；最多列%1个联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="73"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="169"/>
        <source>No point transferred a complaint in the period.</source>
        <translation>本期没有联络点转交投诉。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="84"/>
        <source>4. The points that settled the most disputes on site</source>
        <translation>四、现场化解纠纷最多的联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="85"/>
        <source>Most settlements</source>
        <translation>化解最多</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="86"/>
        <source>Disputes settled on site as the points&apos; ledgers record them; at most %1 points.</source>
        <translation>现场化解纠纷以联络点台账记录为准；最多列%1个联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="88"/>
        <source>No point recorded a dispute settled on site in the period.</source>
        <translation>本期没有联络点记录现场化解纠纷。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="100"/>
        <source>5. Transferred complaints answered on time</source>
        <translation>五、转交投诉按时答复情况</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="121"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="101"/>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="103"/>
        <source>Answered within the deadline</source>
        <translation>期限内答复</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report.cpp" line="122"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="104"/>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="105"/>
        <source>Awaiting, within the deadline</source>
        <translation>未答复（未到期）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="106"/>
        <source>Awaiting, overdue</source>
        <translation>未答复（已逾期）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="107"/>
        <source>No deadline</source>
        <translation>无答复时限</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="108"/>
        <source>On-time rate</source>
        <translation>按时答复率</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="111"/>
        <source>A transferred complaint is answered when the council decides on it (accepts, refuses or returns it) and tells the point. The deadline is the rules&apos; &quot;answer the liaison point&quot; limit (5 working days from receipt unless the rule set in force on the complaint&apos;s received day says otherwise), counted on the council&apos;s working calendar. On-time rate: answered within the deadline ÷ (answered + overdue and still awaiting).</source>
        <translation>本会对转交投诉作出受理、不予受理或退回的决定并告知联络点，即视为已答复。答复时限为规则中的“答复联络点”时限（除投诉受理日适用的规则另有规定外，自受理之日起5个工作日），按本会工作日历计算。按时答复率＝期限内答复 ÷（已答复＋逾期未答复）。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="126"/>
        <source>6. Leads on illegal business and their outcomes</source>
        <translation>六、违法经营线索及处理结果</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="126"/>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="127"/>
        <source>Leads</source>
        <translation>线索（条）</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="127"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="128"/>
        <source>Leads (线索) the points passed on that the council received in the period, by where they stand today.</source>
        <translation>本期收到的联络点报送线索，按目前处理结果统计。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="139"/>
        <source>7. Active points not visited in the period</source>
        <translation>七、本期未走访的联络点</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="140"/>
        <source>Not visited</source>
        <translation>未走访</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="144"/>
        <source>Assigned official</source>
        <translation>指导人员</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="147"/>
        <source>Points active today with no visit of an official (定人指导) dated in the period.</source>
        <translation>报告生成之日正常运行、本期没有指导人员（定人指导）走访记录的联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="148"/>
        <source>The officials visited every active point in the period.</source>
        <translation>本期指导人员走访了全部正常运行的联络点。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="150"/>
        <source>None assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="156"/>
        <source>8. The result of each complaint a point transferred</source>
        <translation>八、联络点转交投诉办理结果</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="157"/>
        <source>Transfer results</source>
        <translation>转交办理结果</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="159"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="160"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="161"/>
        <source>Status now</source>
        <translation>目前状态</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="162"/>
        <source>Answered</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="163"/>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="164"/>
        <source>Reply</source>
        <translation>答复情况</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="167"/>
        <source>Every complaint received in the period that names a point, by point: what the point is told when it asks what became of its transfers.</source>
        <translation>本期收到的注明联络点的投诉，按联络点列出：联络点询问其转交投诉的办理情况时，据此答复。</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="181"/>
        <source>1. The points&apos; work by type</source>
        <translation>一、按联络点类型统计</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="181"/>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="182"/>
        <source>Type of point</source>
        <translation>联络点类型</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="183"/>
        <source>2. The points&apos; work by street</source>
        <translation>二、按街道统计</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="183"/>
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../core/liaison/liaison_report_tables.cpp" line="224"/>
        <source>The report has no table &quot;%1&quot;; its tables are %2.</source>
        <translation>报告中没有表格“%1”；可选表格：%2。</translation>
    </message>
</context>
<context>
    <name>LiaisonReportDocument</name>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="60"/>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="60"/>
        <source>Quarterly report</source>
        <translation>季度报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="62"/>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1至%2</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="63"/>
        <source>%1 · prepared %2</source>
        <translation>%1 · %2编制</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="65"/>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_document.cpp" line="70"/>
        <source>Approved for release (signature): ____________________      Date: ____________</source>
        <translation>签发（签名）：____________________      日期：____________</translation>
    </message>
</context>
<context>
    <name>LiaisonReportPreview</name>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="28"/>
        <source>Liaison-Point Report</source>
        <translation>联络点工作报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="28"/>
        <source>Counting the liaison points&apos; figures...</source>
        <translation>正在统计联络点数据……</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="40"/>
        <source>Report Analysis</source>
        <translation>报告分析</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="41"/>
        <source>This analysis opens the report, above the line the director signs. It was written from the report&apos;s figures; reword it if you wish (leave a blank line between paragraphs). The tables are not changed.</source>
        <translation>这段分析位于报告开头、签发栏之上，根据报告数据自动生成；可按需修改（段落之间空一行）。表格不会改变。</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="94"/>
        <source>Save Report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="95"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="99"/>
        <source>Save Report as Excel</source>
        <translation>报告另存为 Excel</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="101"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="106"/>
        <source>Save Report Tables as CSV (one file per table, named after the one given)</source>
        <translation>报告表格另存为 CSV（每表一个文件，以所给文件名命名）</translation>
    </message>
    <message>
        <location filename="../ui/reports/liaison_report_preview.cpp" line="107"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="36"/>
        <location filename="../core/mediation/agreement_service.cpp" line="108"/>
        <source>The main facts</source>
        <translation>纠纷的主要事实</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="37"/>
        <location filename="../core/mediation/agreement_service.cpp" line="109"/>
        <source>The matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="38"/>
        <location filename="../core/mediation/agreement_service.cpp" line="110"/>
        <source>Each party&apos;s responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="39"/>
        <location filename="../core/mediation/agreement_service.cpp" line="111"/>
        <source>The agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="40"/>
        <location filename="../core/mediation/agreement_service.cpp" line="112"/>
        <source>How the terms are carried out</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="41"/>
        <location filename="../core/mediation/agreement_service.cpp" line="113"/>
        <source>Where the terms are carried out</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="47"/>
        <source>The agreed amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="51"/>
        <source>An agreement is made in 2 to 20 copies (usually 3: each party and the council).</source>
        <translation>调解协议一式 2 至 20 份（通常 3 份：双方当事人各一份，调解组织一份）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="118"/>
        <source>%1 must be given before the agreement is signed.</source>
        <translation>签订协议前须填写%1。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="121"/>
        <source>Give the date by which the terms are carried out.</source>
        <translation>请填写履行期限。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="123"/>
        <source>Choose the mediator who signs the agreement.</source>
        <translation>请选择在协议上签字的调解员。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="154"/>
        <source>The agreement of %1 was signed on %2; its terms can no longer be changed.</source>
        <translation>%1 的调解协议已于 %2 签订，协议内容不能再修改。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="159"/>
        <source>An agreement is drafted while the case is in mediation; %1 is &quot;%2&quot;.</source>
        <translation>调解协议须在案件调解期间起草；%1 当前为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="164"/>
        <source>The deadline for carrying out the terms is before the case was received.</source>
        <translation>履行期限早于案件登记日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="206"/>
        <source>%1 has no agreement to sign; draft it first.</source>
        <translation>%1 还没有可签订的调解协议，请先起草。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="209"/>
        <source>The agreement of %1 was already signed on %2.</source>
        <translation>%1 的调解协议已于 %2 签订。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="214"/>
        <location filename="../core/mediation/agreement_service.cpp" line="222"/>
        <source>The signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="218"/>
        <source>The signing date is before the case was received.</source>
        <translation>签订日期早于案件登记日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="223"/>
        <source>the start of mediation</source>
        <translation>调解开始</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="229"/>
        <source>The deadline for carrying out the terms (%1) is before the signing date.</source>
        <translation>履行期限（%1）早于签订日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="233"/>
        <source>An agreement is signed while the case is in mediation; %1 is &quot;%2&quot;.</source>
        <translation>调解协议须在案件调解期间签订；%1 当前为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="241"/>
        <source>Mediation agreement signed.</source>
        <translation>调解协议已签订。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="266"/>
        <location filename="../core/mediation/referral_service.cpp" line="45"/>
        <source>The money recovered</source>
        <translation>挽回金额</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="279"/>
        <source>%1 has no signed agreement whose performance could be recorded.</source>
        <translation>%1 没有已签订的调解协议，无法记录履行情况。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="284"/>
        <source>The date of the check</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="290"/>
        <source>The date of the check is before the agreement was signed.</source>
        <translation>核实日期早于协议签订日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="294"/>
        <source>Money recovered goes with a performed or partly performed agreement.</source>
        <translation>只有已履行或部分履行的协议才有挽回金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="296"/>
        <source>Give the money recovered so far for a partly performed agreement.</source>
        <translation>部分履行的协议请填写目前已挽回的金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/agreement_service.cpp" line="298"/>
        <source>The money recovered (¥%1) is more than the agreement&apos;s amount (¥%2).</source>
        <translation>挽回金额（¥%1）超过协议金额（¥%2）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="27"/>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="29"/>
        <source>The office</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="31"/>
        <source>The phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="33"/>
        <source>The e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="139"/>
        <source>The court&apos;s name</source>
        <translation>法院名称</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="141"/>
        <source>The address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../core/mediation/directory_service.cpp" line="150"/>
        <source>There is already a court named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的法院。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="27"/>
        <location filename="../core/mediation/mediation_checks.cpp" line="41"/>
        <source>%1 must be given.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="29"/>
        <source>%1 is too long (%2 characters); at most %3 are allowed.</source>
        <translation>%1过长（%2 个字），最多 %3 个字。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="43"/>
        <source>%1 (%2) lies in the future.</source>
        <translation>%1（%2）是将来的日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="52"/>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1（%2）不能早于%3（%4）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="80"/>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_checks.cpp" line="83"/>
        <source>%1 is larger than ¥%2; check the amount.</source>
        <translation>%1超过 ¥%2，请核对金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="11"/>
        <source>Council staff</source>
        <translation>消保委工作人员</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="12"/>
        <source>People&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="13"/>
        <source>Volunteer lawyer</source>
        <translation>律师志愿者</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="14"/>
        <source>Expert advisor</source>
        <translation>专家顾问</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="18"/>
        <source>On site</source>
        <translation>现场调解</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="19"/>
        <source>By phone</source>
        <translation>电话调解</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="20"/>
        <source>Video (online mediation)</source>
        <translation>视频调解（云调解）</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="21"/>
        <source>Remote (consumer in another city)</source>
        <translation>异地远程调解</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="25"/>
        <source>Planned</source>
        <translation>待进行</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="26"/>
        <source>Held, to be continued</source>
        <translation>已进行，继续调解</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="27"/>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="28"/>
        <source>No agreement</source>
        <translation>未达成协议</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="29"/>
        <source>A party did not appear</source>
        <translation>当事人未到场</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="30"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="34"/>
        <source>Not yet due or not checked</source>
        <translation>未到期或未核实</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="35"/>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="36"/>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="37"/>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="41"/>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="42"/>
        <source>Circuit hearing point</source>
        <translation>巡回审判点</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="46"/>
        <source>Pending</source>
        <translation>待判决</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="47"/>
        <source>Decided for the consumer</source>
        <translation>判决支持消费者</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="48"/>
        <source>Partly for the consumer</source>
        <translation>部分支持消费者</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="49"/>
        <source>Decided against the consumer</source>
        <translation>判决驳回消费者请求</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="50"/>
        <source>Settled out of court</source>
        <translation>庭外和解</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="51"/>
        <source>Withdrawn</source>
        <translation>撤诉</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_codes.cpp" line="52"/>
        <source>Dismissed</source>
        <translation>驳回起诉</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_papers.cpp" line="64"/>
        <source>%1 has no mediation agreement.</source>
        <translation>%1 没有调解协议。</translation>
    </message>
    <message>
        <location filename="../core/mediation/mediation_papers.cpp" line="95"/>
        <source>%1 was not referred to a court.</source>
        <translation>%1 未移送法院。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="32"/>
        <source>Choose the outcome before giving its date or any money.</source>
        <translation>请先选择结果，再填写日期和金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="35"/>
        <source>The date of the outcome</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="42"/>
        <source>The outcome cannot be dated before the referral (%1).</source>
        <translation>结果日期不能早于移送日期（%1）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="43"/>
        <source>The amount awarded</source>
        <translation>判决金额</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="51"/>
        <source>Nothing is awarded or recovered when the outcome is &quot;%1&quot;.</source>
        <translation>结果为“%1”时，没有判决金额或挽回金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="54"/>
        <source>A court awards nothing when the case is &quot;%1&quot;; record the money paid as recovered.</source>
        <translation>结果为“%1”时法院不判决金额；实际支付的款项请记为挽回金额。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="73"/>
        <source>The claims</source>
        <translation>诉讼请求</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="75"/>
        <source>The court&apos;s case number</source>
        <translation>法院案号</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="80"/>
        <source>The date of the consumer&apos;s consent</source>
        <translation>消费者同意移送的日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="84"/>
        <source>The date of the referral</source>
        <translation>移送日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="89"/>
        <source>The consumer&apos;s consent must come before the referral.</source>
        <translation>消费者须在移送前同意。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="107"/>
        <source>%1 is &quot;%2&quot;; its referral can no longer be changed.</source>
        <translation>%1 当前为“%2”，其移送信息不能再修改。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="109"/>
        <source>A dispute goes to court after mediation was terminated; %1 is &quot;%2&quot;.</source>
        <translation>调解终止后才能移送法院；%1 当前为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="113"/>
        <source>The consumer&apos;s consent is dated before the case was received.</source>
        <translation>消费者同意日期早于案件登记日期。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="119"/>
        <source>the termination of mediation</source>
        <translation>调解终止</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="120"/>
        <source>The consumer&apos;s consent</source>
        <translation>消费者同意移送</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="124"/>
        <source>The referral</source>
        <translation>移送</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="130"/>
        <source>A hearing</source>
        <translation>开庭</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="131"/>
        <source>the referral</source>
        <translation>移送</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="142"/>
        <source>%1 is no longer in use; choose another court.</source>
        <translation>%1 已停用，请选择其他法院。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="148"/>
        <source>%1 is not a volunteer lawyer.</source>
        <translation>%1 不是律师志愿者。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="184"/>
        <source>Give the date and time of the hearing.</source>
        <translation>请填写开庭日期和时间。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="185"/>
        <source>The note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="196"/>
        <location filename="../core/mediation/referral_service.cpp" line="227"/>
        <source>The case was not referred to a court.</source>
        <translation>该案件未移送法院。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="198"/>
        <source>A hearing cannot be before the referral (%1).</source>
        <translation>开庭时间不能早于移送日期（%1）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="201"/>
        <source>The hearing is more than two years ahead.</source>
        <translation>开庭时间在两年以后。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="229"/>
        <source>Record the court&apos;s outcome before closing the case.</source>
        <translation>请先记录法院结果，再结案。</translation>
    </message>
    <message>
        <location filename="../core/mediation/referral_service.cpp" line="233"/>
        <source>Court referral: %1</source>
        <translation>诉调对接：%1</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="37"/>
        <source>Give the date and time of the session.</source>
        <translation>请填写调解的日期和时间。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="40"/>
        <source>The session (%1) cannot be before the case was received (%2).</source>
        <translation>调解时间（%1）不能早于案件登记时间（%2）。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="44"/>
        <source>The session (%1) is more than a year ahead.</source>
        <translation>调解时间（%1）在一年以后。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="48"/>
        <source>A session on %1 has not been held yet; its outcome can only be &quot;%2&quot; or &quot;%3&quot;.</source>
        <translation>%1 的调解尚未进行，结果只能是“%2”或“%3”。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="51"/>
        <source>A session lasts 5 to 600 minutes.</source>
        <translation>一场调解时长为 5 至 600 分钟。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="53"/>
        <source>Choose at least one mediator.</source>
        <translation>请至少选择一位调解员。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="54"/>
        <source>The place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="56"/>
        <source>The participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="59"/>
        <source>The record</source>
        <translation>笔录</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="100"/>
        <source>Sessions are booked while a case is in mediation; %1 is &quot;%2&quot;.</source>
        <translation>案件调解期间才能安排调解；%1 当前为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="103"/>
        <source>%1 is &quot;%2&quot;; its sessions can no longer be changed.</source>
        <translation>%1 当前为“%2”，其调解记录不能再修改。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="115"/>
        <source>Session %1 belongs to another case.</source>
        <translation>第 %1 场调解属于其他案件。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="126"/>
        <source>%1 is no longer active and cannot be booked.</source>
        <translation>%1 已停用，不能再安排调解。</translation>
    </message>
    <message>
        <location filename="../core/mediation/session_service.cpp" line="175"/>
        <source>Choose the cases the session is for.</source>
        <translation>请选择本场调解涉及的案件。</translation>
    </message>
    <message>
        <location filename="../core/mediation/termination_service.cpp" line="75"/>
        <source>How the parties were told</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <location filename="../core/mediation/termination_service.cpp" line="79"/>
        <source>The date of the notice</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <location filename="../core/mediation/termination_service.cpp" line="91"/>
        <source>Mediation of this case was not terminated.</source>
        <translation>该案件未终止调解。</translation>
    </message>
    <message>
        <location filename="../core/mediation/termination_service.cpp" line="94"/>
        <source>The parties cannot have been told before the termination (%1).</source>
        <translation>告知日期不能早于终止调解日期（%1）。</translation>
    </message>
    <message>
        <location filename="../core/storage/mediation_directory_repository.cpp" line="62"/>
        <location filename="../core/storage/mediation_directory_repository.cpp" line="88"/>
        <source>There is no mediator with id %1.</source>
        <translation>没有编号为 %1 的调解员。</translation>
    </message>
    <message>
        <location filename="../core/storage/mediation_directory_repository.cpp" line="111"/>
        <location filename="../core/storage/mediation_directory_repository.cpp" line="142"/>
        <source>There is no court with id %1.</source>
        <translation>没有编号为 %1 的法院。</translation>
    </message>
    <message>
        <location filename="../core/storage/mediation_directory_repository.cpp" line="121"/>
        <source>There is no court named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的法院。</translation>
    </message>
    <message>
        <location filename="../core/storage/mediation_session_repository.cpp" line="81"/>
        <location filename="../core/storage/mediation_session_repository.cpp" line="153"/>
        <source>There is no mediation session with id %1.</source>
        <translation>没有编号为 %1 的调解场次。</translation>
    </message>
</context>
<context>
    <name>NoticeDocument</name>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="63"/>
        <source>Networked enterprises&apos; handling of consumer complaints, %1</source>
        <translation>%1投诉联网企业处理消费者投诉情况通报</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="71"/>
        <source>Quarterly notice</source>
        <translation>季度通报</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="72"/>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1至%2</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="73"/>
        <source>%1 · prepared %2</source>
        <translation>%1 · %2编制</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="75"/>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="80"/>
        <source>Approved for release (signature): ____________________      Date: ____________</source>
        <translation>签发（签名）：____________________      日期：____________</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="82"/>
        <source>1. The enterprises ranked by first-settlement rate</source>
        <translation>一、联网企业先行和解率排名</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="85"/>
        <source>No enterprise had a complaint-network agreement or a forwarded complaint in this quarter.</source>
        <translation>本季度没有签订投诉联网协议的企业。</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="91"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="95"/>
        <source>Forwarded: complaints the council forwarded to the enterprise in the quarter; their answers are counted up to the day the notice was prepared. First-settlement rate: settled by the enterprise ÷ forwarded. Within the deadline: answered on or before the last day the rules give the enterprise (10 working days unless the council&apos;s rules say otherwise). Came back: the enterprise could not settle and the council took the case back. Working days count the council&apos;s working calendar. Enterprises with nothing forwarded are listed last, unranked.</source>
        <translation>转办数：本季度本会转交该企业先行和解的投诉；其答复统计至通报编制之日。先行和解率＝企业自行和解数÷转办数。期限内和解：在规则给予企业的期限最后一日或之前答复（除本会规则另有规定外为10个工作日）。退回本会：企业未能和解、由本会继续处理。工作日按本会工作日历计算。本季度无转办的企业列于最后，不参加排名。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/notice_document.cpp" line="102"/>
        <source>Not in this notice: %n complaints forwarded in the quarter to businesses without a complaint-network agreement.</source>
        <translation>
            <numerusform>另有%n件投诉于本季度转交未签订投诉联网协议的经营者处理，未列入本通报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="106"/>
        <source>2. Industries with the most complaints</source>
        <translation>二、投诉较多的行业</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="108"/>
        <source>No complaint about these enterprises in this quarter.</source>
        <translation>本季度上述企业无投诉。</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_document.cpp" line="120"/>
        <source>Complaints received about the enterprises listed above, by category.</source>
        <translation>按投诉类别统计的上述企业被投诉量。</translation>
    </message>
</context>
<context>
    <name>NoticePreview</name>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="27"/>
        <source>Quarterly Notice</source>
        <translation>季度通报</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="27"/>
        <source>Counting the enterprises&apos; figures...</source>
        <translation>正在统计联网企业数据……</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="39"/>
        <source>Notice Analysis</source>
        <translation>通报分析</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="40"/>
        <source>This analysis opens the notice, above the line the director signs. It was written from the notice&apos;s figures; reword it if you wish (leave a blank line between paragraphs). The tables are not changed.</source>
        <translation>此分析位于通报首页、签发栏之上，根据通报数据自动生成；可按需修改（段落之间空一行）。表格不受影响。</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="79"/>
        <source>Save Notice as Excel</source>
        <translation>将通报保存为 Excel</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="79"/>
        <source>Save Notice as PDF</source>
        <translation>将通报保存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="81"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reports/notice_preview.cpp" line="81"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../core/auth/password_hash.cpp" line="34"/>
        <source>A password has at least %1 characters.</source>
        <translation>密码至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/auth/password_hash.cpp" line="36"/>
        <source>A password has at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/auth/password_hash.cpp" line="45"/>
        <source>The password library could not start.</source>
        <translation>密码组件无法启动。</translation>
    </message>
    <message>
        <location filename="../core/auth/password_hash.cpp" line="54"/>
        <source>There was not enough memory to protect the password.</source>
        <translation>内存不足，无法加密保存密码。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/auth/permissions.cpp" line="70"/>
        <source>view cases</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="72"/>
        <source>register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="74"/>
        <source>work on cases</source>
        <translation>办理案件</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="76"/>
        <source>assign cases</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="78"/>
        <source>reopen finished cases</source>
        <translation>重新启用已办结案件</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="80"/>
        <source>mediate and refer cases to court</source>
        <translation>调解及移送法院</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="82"/>
        <source>manage group cases and businesses</source>
        <translation>管理群体案件和经营者</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="84"/>
        <source>manage first-compensation funds</source>
        <translation>管理先行赔付资金</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="86"/>
        <source>record follow-up visits</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="88"/>
        <source>view statistics and reports</source>
        <translation>查看统计和报表</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="90"/>
        <source>reveal full personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="92"/>
        <source>export unmasked personal data</source>
        <translation>导出未脱敏的个人信息</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="94"/>
        <source>manage directories and rules</source>
        <translation>管理名录和规则</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="96"/>
        <source>change the desk&apos;s settings</source>
        <translation>修改本单位设置</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="98"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="100"/>
        <source>manage backups</source>
        <translation>管理备份</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="102"/>
        <source>verify the audit trail</source>
        <translation>核验审计记录</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="110"/>
        <source>Say who makes the change: a user of this database.</source>
        <translation>请说明由谁操作：须为本数据库的用户。</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="115"/>
        <source>&quot;%1&quot; is not a user of this database; an administrator can add them.</source>
        <translation>“%1”不是本数据库的用户，可请管理员添加。</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="119"/>
        <source>The user &quot;%1&quot; is no longer active and cannot change cases.</source>
        <translation>用户“%1”已停用，不能修改案件。</translation>
    </message>
    <message>
        <location filename="../core/auth/permissions.cpp" line="121"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>PlatformResults</name>
    <message>
        <location filename="../core/workorders/platform_results.cpp" line="139"/>
        <source>%1 is not a finished work order from the 12315 platform.</source>
        <translation>%1 不是来自 12315 平台的已办结工单。</translation>
    </message>
</context>
<context>
    <name>Prepaid</name>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="18"/>
        <source>Fitness</source>
        <translation>健身</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="19"/>
        <source>Beauty and hairdressing</source>
        <translation>美容美发</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="20"/>
        <source>Education and training</source>
        <translation>教育培训</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="21"/>
        <source>Laundry</source>
        <translation>洗衣</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="22"/>
        <source>Catering</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="23"/>
        <source>Other card</source>
        <translation>其他卡</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="26"/>
        <source>Operating</source>
        <translation>正常经营</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="27"/>
        <source>Closed</source>
        <translation>已关门</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="28"/>
        <source>Absconded</source>
        <translation>已跑路</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="29"/>
        <source>Relocated</source>
        <translation>已搬迁</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="30"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="33"/>
        <source>Notice given</source>
        <translation>已提前告知</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="34"/>
        <source>No notice</source>
        <translation>未提前告知</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="35"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="61"/>
        <source>The card number is longer than %1 characters.</source>
        <translation>卡号超过 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="65"/>
        <source>The card&apos;s purchase date lies in the future.</source>
        <translation>办卡日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="67"/>
        <source>The card expires before it was bought.</source>
        <translation>到期日早于办卡日期。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="69"/>
        <source>The card&apos;s term must be between 0 and 1200 months.</source>
        <translation>卡的期限应在 0 至 1200 个月之间。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="71"/>
        <source>The amount paid must be between ¥0 and ¥100,000,000.</source>
        <translation>支付金额应在 0 至 1 亿元之间。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="73"/>
        <source>The balance must be between ¥0 and ¥100,000,000.</source>
        <translation>余额应在 0 至 1 亿元之间。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="75"/>
        <source>The balance (¥%1) is more than was paid for the card (¥%2).</source>
        <translation>余额（¥%1）超过了办卡支付的金额（¥%2）。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/prepaid_card.cpp" line="78"/>
        <source>The sessions left must be between 0 and 100,000.</source>
        <translation>剩余次数应在 0 至 100,000 之间。</translation>
    </message>
    <message>
        <location filename="../core/storage/prepaid_card_repository.cpp" line="27"/>
        <source>No case with id %1 was found.</source>
        <translation>未找到编号为 %1 的案件。</translation>
    </message>
    <message>
        <location filename="../core/prepaid/case_registration.cpp" line="28"/>
        <source>Item %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
</context>
<context>
    <name>QuarterlyNotice</name>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="118"/>
        <source>In %1 the council forwarded no complaint to a networked enterprise.</source>
        <translation>%1，本会未向联网企业转办投诉。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="121"/>
        <source>In %1 the council forwarded %2 complaints to %3 networked enterprises. Settled by the enterprises themselves: %4 (first-settlement rate %5), %6 of them within the deadline; answered after the deadline: %7; came back to the council: %8; awaiting an answer: %9. The enterprises&apos; settlements recovered ¥%10 for consumers.</source>
        <translation>%1，本会向%3家联网企业转办投诉%2件。企业先行和解%4件（先行和解率%5），其中期限内和解%6件；逾期答复%7件；退回本会处理%8件；尚待答复%9件。企业和解为消费者挽回经济损失%10元。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="144"/>
        <source>The highest first-settlement rate was %1&apos;s (%2 of %3 forwarded, %4); the lowest was %5&apos;s (%6 of %7, %8).</source>
        <translation>先行和解率最高的是%1（转办%3件，和解%2件，%4）；最低的是%5（转办%7件，和解%6件，%8）。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="159"/>
        <source>%1 (%2, %3 on last quarter)</source>
        <translation>%1（%2件，比上季度%3）</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="160"/>
        <source>The industries with the most complaints about these enterprises: %1.</source>
        <translation>上述企业被投诉较多的行业为：%1。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="161"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="170"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="171"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="172"/>
        <source>Complaints received</source>
        <translation>被投诉量</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="173"/>
        <source>Forwarded to it</source>
        <translation>转办数</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="174"/>
        <source>Settled by it</source>
        <translation>企业和解数</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="175"/>
        <source>First-settlement rate</source>
        <translation>先行和解率</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="176"/>
        <source>Settled within the deadline</source>
        <translation>期限内和解</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="177"/>
        <source>Answered late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="178"/>
        <source>Came back</source>
        <translation>退回本会</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="179"/>
        <source>Awaiting an answer</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="180"/>
        <source>Average working days to answer</source>
        <translation>平均答复工作日</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="181"/>
        <source>Recovered (yuan)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="186"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="186"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="186"/>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="186"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice.cpp" line="213"/>
        <source>The notice is for a quarter that has begun, such as %1.</source>
        <translation>通报须针对已开始的季度，例如 %1。</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice_xlsx.cpp" line="50"/>
        <source>%1: networked enterprises, %2</source>
        <translation>%1：投诉联网企业情况（%2）</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice_xlsx.cpp" line="51"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice_xlsx.cpp" line="54"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice_xlsx.cpp" line="58"/>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../core/enterprises/quarterly_notice_xlsx.cpp" line="65"/>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
</context>
<context>
    <name>Recovered</name>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="42"/>
        <source>agreement performance</source>
        <translation>调解协议履行</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="43"/>
        <source>court</source>
        <translation>法院</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="44"/>
        <source>group outcome</source>
        <translation>群体投诉处理结果</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="45"/>
        <source>first-compensation payout</source>
        <translation>先行赔付</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="46"/>
        <source>enterprise settlement</source>
        <translation>企业和解</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="47"/>
        <source>on site</source>
        <translation>现场退赔</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_entry.cpp" line="48"/>
        <source>recorded earlier</source>
        <translation>此前记录</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="42"/>
        <source>No case with id %1 was found.</source>
        <translation>未找到编号为 %1 的案件。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="137"/>
        <source>%1 has no recovered-money entry %2 to link to.</source>
        <translation>%1 没有可关联的第 %2 条挽回金额记录。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="142"/>
        <source>¥%1 through %2 on %3</source>
        <translation>%3 经%2挽回的 ¥%1</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="149"/>
        <source>%1 already has ¥%2 recovered through %3 on %4. Is the ¥%5 of this %6 the same money? If it is, it is linked to that entry and counted once; if it is more money, record it as separate money.</source>
        <translation>%1 已记录 %4 经%3挽回 ¥%2。本次%6的 ¥%5 是否就是这笔钱？如是，将与该记录关联，只计一次；如是另外的钱，请作为另一笔钱登记。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="173"/>
        <source>With this, the money recovered on %1 (¥%2) would be above its amount involved (¥%3). Confirm that this is right.</source>
        <translation>登记后，%1 的挽回金额（¥%2）将超过其涉及金额（¥%3）。请确认无误。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="202"/>
        <source>¥%1 (%2) is the same money as %3</source>
        <translation>¥%1（%2）与%3为同一笔钱</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="221"/>
        <source>Money recovered through %1 is recorded with its own record, not typed in here.</source>
        <translation>经%1挽回的款项由其自身记录登记，不在此录入。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="224"/>
        <source>The amount must be more than ¥0 and at most ¥100,000,000.</source>
        <translation>金额应大于 0 元且不超过 1 亿元。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="226"/>
        <source>Give the date the money was recovered.</source>
        <translation>请填写挽回日期。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="228"/>
        <source>The date the money was recovered is in the future.</source>
        <translation>挽回日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="230"/>
        <source>The note is longer than 2000 characters.</source>
        <translation>备注超过 2000 个字符。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="242"/>
        <source>The money cannot be recovered before the case was received (%1).</source>
        <translation>挽回日期不能早于案件登记日期（%1）。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="270"/>
        <source>There is no recovered-money entry %1.</source>
        <translation>没有第 %1 条挽回金额记录。</translation>
    </message>
    <message>
        <location filename="../core/recovered/recovered_ledger.cpp" line="273"/>
        <source>Money recovered through %1 changes with its own record, not here.</source>
        <translation>经%1挽回的款项随其自身记录变更，不在此修改。</translation>
    </message>
</context>
<context>
    <name>RecoveryQuestion</name>
    <message>
        <location filename="../ui/recovery_question.cpp" line="21"/>
        <location filename="../ui/recovery_question.cpp" line="35"/>
        <source>Money Recovered</source>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../ui/recovery_question.cpp" line="22"/>
        <source>Same Money</source>
        <translation>同一笔钱</translation>
    </message>
    <message>
        <location filename="../ui/recovery_question.cpp" line="23"/>
        <source>Separate Money</source>
        <translation>另一笔钱</translation>
    </message>
    <message>
        <location filename="../ui/recovery_question.cpp" line="36"/>
        <source>It Is Right</source>
        <translation>确认无误</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <location filename="../core/stats/report_content.cpp" line="30"/>
        <source>District: %1</source>
        <translation>区：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="32"/>
        <source>Street: %1</source>
        <translation>街道：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="39"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="43"/>
        <source>Channel: %1</source>
        <translation>来源渠道：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="45"/>
        <source>Caseworker: %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="50"/>
        <source>Business: %1</source>
        <translation>经营者：%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_content.cpp" line="52"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="30"/>
        <source>No complaints in this period.</source>
        <translation>本期没有投诉。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="32"/>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="32"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="32"/>
        <location filename="../ui/reports/report_document.cpp" line="64"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="33"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="91"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="92"/>
        <source>Quarterly report</source>
        <translation>季度报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="93"/>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="96"/>
        <source>Statistics report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="103"/>
        <source>Consumer complaints statistics, %1</source>
        <translation>%1消费者投诉统计分析报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="114"/>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="116"/>
        <location filename="../ui/reports/report_document.cpp" line="131"/>
        <source>Scope: %1</source>
        <translation>统计范围：%1</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="129"/>
        <source>1. Headline figures</source>
        <translation>一、主要指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="135"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="135"/>
        <location filename="../ui/reports/report_document.cpp" line="197"/>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="135"/>
        <source>Period on period</source>
        <translation>环比</translation>
    </message>
    <message>
        <location filename="../core/export/report_table.cpp" line="38"/>
        <location filename="../ui/reports/report_html.cpp" line="59"/>
        <source>yyyy-MM-dd</source>
        <comment>date format of reports; Chinese: yyyy年M月d日</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="33"/>
        <source>Resolution rate of closed cases</source>
        <translation>办结解决率</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="42"/>
        <source>The top %1 of %2 groups are shown (by number of complaints).</source>
        <translation>按投诉量列出前%1项（共%2项）。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="50"/>
        <source>9. Money recovered above the amount involved</source>
        <translation>九、挽回经济损失超过涉及金额的案件</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="53"/>
        <source>No case closed in this period recovered more than its amount involved.</source>
        <translation>本期办结的案件中，没有挽回经济损失超过涉及金额的案件。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="55"/>
        <source>Cases closed in this period whose money recovered is above their amount involved (from every source, each sum counted once), largest excess first. Check each against its ledger before the report is released.</source>
        <translation>本期办结、挽回经济损失（各来源合计，同一笔款项只计一次）超过涉及金额的案件，按超出金额从大到小排列。报告发布前请逐件核对其挽回款项明细。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="62"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="62"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="64"/>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="64"/>
        <source>Recovered (yuan)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="65"/>
        <source>Above by (yuan)</source>
        <translation>超出金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="65"/>
        <source>Confirmed when recorded</source>
        <translation>登记时已确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/report_document.cpp" line="68"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>另有 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="117"/>
        <source>%1 · prepared %2</source>
        <translation>%1 · %2编制</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="120"/>
        <source>Summary</source>
        <translation>综述</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="126"/>
        <source>Approved for release (signature): ____________________      Date: ____________</source>
        <translation>签发（签字）：____________________&#x3000;&#x3000;日期：______年____月____日</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="137"/>
        <source>Year on year: against %1; period on period: against %2. Rates change in percentage points. &quot;—&quot;: no figure to compare with. Complaints received include those refused or returned; complaints accepted are those the council took on. Complaint resolution rate: resolved ÷ accepted, as the China Consumers Association&apos;s published figures count it (it can pass 100% when older cases are closed); resolution rate of closed cases: resolved ÷ closed.</source>
        <translation>同比：与%1相比；环比：与%2相比。比率的变化以百分点计。“—”表示无可比数据。收到投诉含不予受理和退回的投诉；受理投诉为本会受理的投诉。投诉解决率＝解决件数÷受理件数，与中国消费者协会公布数据的口径一致（办结以前受理的案件较多时可超过100%）；办结解决率＝解决件数÷办结件数。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="145"/>
        <source>2. Complaints over time</source>
        <translation>二、投诉走势</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="151"/>
        <source>Resolution, satisfaction and on-time rates, %1</source>
        <translation>%1年投诉解决率、办结解决率、满意率和按时办结率</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="160"/>
        <source>3. By category</source>
        <translation>三、按投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="162"/>
        <source>Top %1 categories by number of complaints</source>
        <translation>投诉量前%1位的类别</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="163"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="169"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="170"/>
        <source>4. By district</source>
        <translation>四、按区</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="171"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="172"/>
        <source>5. By channel</source>
        <translation>五、按来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="175"/>
        <source>Complaints by channel</source>
        <translation>各来源渠道投诉占比</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="178"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="179"/>
        <source>6. By nature of complaint</source>
        <translation>六、按投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="180"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="183"/>
        <source>7. Hot issues</source>
        <translation>七、热点问题</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="185"/>
        <source>Top %1 categories by growth against %2</source>
        <translation>较%2增长最多的前%1个类别</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="189"/>
        <source>No category grew against the same period last year.</source>
        <translation>与去年同期相比，没有投诉量上升的类别。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="196"/>
        <source>Industry (category)</source>
        <translation>行业（类别）</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="197"/>
        <source>Increase</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="200"/>
        <source>Categories that grew: %1; the others did not.</source>
        <translation>有增长的类别共%1个，其余类别未增长。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="203"/>
        <source>Top %1 businesses by number of complaints</source>
        <translation>投诉量前%1位的经营者</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="204"/>
        <source>Business</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="207"/>
        <source>8. Typical cases</source>
        <translation>八、典型案例</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="209"/>
        <source>No typical case was flagged in this period.</source>
        <translation>本期没有标记典型案例。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="211"/>
        <source>%1 typical cases were flagged in this period; the newest %2 are shown.</source>
        <translation>本期共标记典型案例 %1 件，以下列出最近的 %2 件。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_document.cpp" line="217"/>
        <source>Case %1 · %2 · %3 · amount involved ¥%4, recovered ¥%5</source>
        <translation>案件 %1 · %2 · %3 · 涉及金额 ¥%4，挽回损失 ¥%5</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/report_pdf.cpp" line="111"/>
        <source>&quot;%1&quot; is a folder; give a file name for the PDF.</source>
        <translation>“%1”是一个文件夹，请给出 PDF 的文件名。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_pdf.cpp" line="115"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../ui/reports/report_preview.cpp" line="32"/>
        <source>Report</source>
        <translation>统计报告</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_preview.cpp" line="32"/>
        <source>Counting the figures for the report...</source>
        <translation>正在统计报表数据……</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_preview.cpp" line="95"/>
        <source>Save Report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_preview.cpp" line="96"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="23"/>
        <location filename="../core/stats/report_summary.cpp" line="35"/>
        <source>with nothing to compare with</source>
        <translation>无可比数据</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="26"/>
        <location filename="../core/stats/report_summary.cpp" line="38"/>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="28"/>
        <location filename="../core/stats/report_summary.cpp" line="40"/>
        <source>up %1</source>
        <translation>上升%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="28"/>
        <location filename="../core/stats/report_summary.cpp" line="40"/>
        <source>down %1</source>
        <translation>下降%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="46"/>
        <source>%1 %2</source>
        <comment>two sentences one after the other; Chinese: %1%2</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="51"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="58"/>
        <source>Complaints received in %1: %2, %3 year on year and %4 against %5.</source>
        <translation>%1共收到投诉%2件，同比%3，环比（与%5相比）%4。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="64"/>
        <source>Accepted: %1; refused, returned or still awaiting the decision: %2.</source>
        <translation>其中受理%1件；不予受理、退回或尚待决定%2件。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="67"/>
        <source>Amount involved: %1; money recovered for consumers on the cases closed (%2): %3.</source>
        <translation>涉及金额%1；办结案件%2件，为消费者挽回经济损失%3。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="72"/>
        <source>Closed cases whose money recovered is above their amount involved: %1 (listed at the end of the report).</source>
        <translation>挽回经济损失超过涉及金额的办结案件：%1件（列于报告末尾）。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="81"/>
        <source>No complaints were received in this period.</source>
        <translation>本期未收到投诉。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="91"/>
        <source>%1 with %2 (%3 of all, %4 year on year)</source>
        <translation>%1%2件（占%3，同比%4）</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="97"/>
        <source>Largest categories (top %1 by number of complaints): %2.</source>
        <translation>投诉量居前%1位的类别为：%2。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="99"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="102"/>
        <source>The category that grew most against the same period last year was %1 (%2 against %3).</source>
        <translation>较上年同期增长最多的类别是%1（%2件，上年同期%3件）。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="116"/>
        <source>Complaint resolution rate (resolved ÷ accepted, as the published figures count it): %1, %2 year on year. Resolution rate of closed cases (resolved ÷ closed): %3 (%4 of %5), %6 year on year.</source>
        <translation>投诉解决率（解决件数÷受理件数，与公布数据口径一致）为%1，同比%2；办结解决率（解决件数÷办结件数）为%3（%5件中解决%4件），同比%6。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="125"/>
        <source>No follow-up visit recorded a result, so there is no satisfaction rate.</source>
        <translation>本期回访均未记录结果，无满意率数据。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="127"/>
        <source>Satisfaction rate: %1 (follow-up visits with a result: %2), %3 year on year.</source>
        <translation>满意率为%1（有结果的回访%2次），同比%3。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="131"/>
        <source>On-time rate: %1; mediation success rate: %2.</source>
        <translation>按时办结率为%1；调解成功率为%2。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="139"/>
        <source>No sudden run of complaints against one business was flagged in this period.</source>
        <translation>本期未出现针对单一经营者的投诉骤增预警。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="140"/>
        <source>Sudden runs of complaints against one business flagged in this period (early warning): %1, concerning %2.</source>
        <translation>本期针对单一经营者的投诉骤增预警%1次，涉及：%2。</translation>
    </message>
    <message>
        <location filename="../core/stats/report_summary.cpp" line="143"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../core/export/report_table.cpp" line="69"/>
        <location filename="../core/export/report_table.cpp" line="72"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/export/report_table.cpp" line="87"/>
        <source>Analysis</source>
        <translation>情况分析</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../ui/restore_backup.cpp" line="31"/>
        <source>%1 %2</source>
        <comment>two sentences one after the other; Chinese: %1%2</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="40"/>
        <location filename="../ui/restore_backup.cpp" line="48"/>
        <location filename="../ui/restore_backup.cpp" line="53"/>
        <location filename="../ui/restore_backup.cpp" line="64"/>
        <location filename="../ui/restore_backup.cpp" line="101"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="41"/>
        <source>CaseDesk backups (*.casedesk-backup);;All files (*)</source>
        <translation>消保案件台备份 (*.casedesk-backup);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="48"/>
        <source>Checking the backup...</source>
        <translation>正在检查备份文件……</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="54"/>
        <source>Replace the database %1 with the backup %2?

Work entered after the backup was made will not be in the restored database. The current file is kept as %1.before-restore.</source>
        <translation>要用备份 %2 替换数据库 %1 吗？

备份之后录入的内容不会出现在恢复后的数据库中。当前文件会保留为 %1.before-restore。</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="72"/>
        <source>Nobody is signed in. Sign in as a user who may manage backups to restore one.</source>
        <translation>当前无人登录。请以有权管理备份的用户身份登录后再恢复备份。</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="75"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="76"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="101"/>
        <source>Restoring the backup...</source>
        <translation>正在从备份恢复数据库……</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="105"/>
        <source>Nothing was restored.</source>
        <translation>没有恢复任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="108"/>
        <source>The database was restored from %1.</source>
        <translation>数据库已从 %1 恢复。</translation>
    </message>
    <message>
        <location filename="../ui/restore_backup.cpp" line="111"/>
        <source>The previous file was kept as %1.</source>
        <translation>原文件已保留为 %1。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="22"/>
        <source>Roster of claimants: %1</source>
        <translation>群体投诉当事人名册：%1</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="23"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="23"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="23"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="23"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="24"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="24"/>
        <source>Paid (yuan)</source>
        <translation>支付金额（元）</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="24"/>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="24"/>
        <source>Claim (yuan)</source>
        <translation>主张金额（元）</translation>
    </message>
    <message>
        <location filename="../core/groups/roster_csv.cpp" line="30"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/groups/roster_csv.cpp" line="30"/>
        <source>%n claimant(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/groups/roster_xlsx.cpp" line="29"/>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
</context>
<context>
    <name>RosterPdf</name>
    <message>
        <location filename="../ui/groups/roster_pdf.cpp" line="25"/>
        <source>Council: %1. Business complained about: %2. Prepared on %3.</source>
        <translation>受理单位：%1。被投诉经营者：%2。制表日期：%3。</translation>
    </message>
    <message>
        <location filename="../ui/groups/roster_pdf.cpp" line="27"/>
        <source>several businesses</source>
        <translation>多个经营者</translation>
    </message>
    <message>
        <location filename="../ui/groups/roster_pdf.cpp" line="46"/>
        <source>Phone numbers are masked. Amounts in yuan; the claim is the amount under the group&apos;s outcome where one is recorded, else the card balance, else the amount involved.</source>
        <translation>电话号码已做脱敏处理。金额单位为元；主张金额为已登记处理结果的应得金额，未登记的为卡内余额，无预付卡的为涉及金额。</translation>
    </message>
</context>
<context>
    <name>ServerConnect</name>
    <message>
        <location filename="../ui/server_connect.cpp" line="47"/>
        <source>The server %1 refused the password. Password for %2:</source>
        <translation>服务器 %1 拒绝了该密码。请输入 %2 的密码：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect.cpp" line="48"/>
        <source>Password for %2 on the server %1:</source>
        <translation>服务器 %1 上 %2 的密码：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect.cpp" line="50"/>
        <location filename="../ui/server_connect.cpp" line="58"/>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../ui/server_connect.cpp" line="59"/>
        <source>CaseDesk could not open the office&apos;s database on the server.</source>
        <translation>消保案件台无法打开服务器上的办公室数据库。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect.cpp" line="62"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ServerExport</name>
    <message>
        <location filename="../core/storage/server_export.cpp" line="24"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_export.cpp" line="57"/>
        <source>The table %1 could not be copied; no file was written. (%2)</source>
        <translation>数据表 %1 无法复制，未写入任何文件。（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/storage/server_export.cpp" line="67"/>
        <source>%n copied row(s) refer to rows the server does not have; no file was written.</source>
        <translation>
            <numerusform>复制的数据中有 %n 行引用了服务器上不存在的记录，未写入任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/storage/server_export.cpp" line="110"/>
        <source>The file %1 already exists; export into a new file. Nothing was written.</source>
        <translation>文件 %1 已存在，请导出到一个新文件。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_export.cpp" line="115"/>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>文件夹 %1 不存在，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_export.cpp" line="143"/>
        <source>The file %1 could not be written; nothing was written.</source>
        <translation>文件 %1 无法写入，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ServerImport</name>
    <message>
        <location filename="../core/storage/server_import.cpp" line="27"/>
        <source>There is no file %1; nothing was imported.</source>
        <translation>文件 %1 不存在，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_import.cpp" line="32"/>
        <source>Import from a CaseDesk database file (.db).</source>
        <translation>从消保案件台数据库文件（.db）导入。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_import.cpp" line="45"/>
        <source>The server database %1 already holds cases or users; an import goes only into a new, empty database. Nothing was changed.</source>
        <translation>服务器数据库 %1 中已有案件或用户；只能导入到新建的空数据库中。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_import.cpp" line="68"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_import.cpp" line="69"/>
        <source>The table %1 could not be copied; nothing was imported. (%2)</source>
        <translation>数据表 %1 无法复制，未导入任何内容。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/engine_copy.cpp" line="92"/>
        <source>The tables&apos; references form a cycle; nothing was copied.</source>
        <translation>数据表之间的引用构成循环，未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="76"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="36"/>
        <source>The name or the password is wrong. After %1 wrong passwords in a row a name is locked out for %2 minutes; an administrator can unlock it sooner.</source>
        <translation>用户名或密码错误。连续 %1 次密码错误后，该用户名将被锁定 %2 分钟；管理员可以提前解锁。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="83"/>
        <source>This desk is connected to the server as %1. To work as %2, connect to the server again with %2&apos;s name and password.</source>
        <translation>本机已用 %1 的身份连接服务器。如需以 %2 的身份办理，请用 %2 的用户名和密码重新连接服务器。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="98"/>
        <source>Nobody can sign in to this database yet: it has no administrator. Open it in CaseDesk to set one up, or run casedesk-cli init --admin NAME.</source>
        <translation>此数据库尚无人可以登录：还没有管理员。请在消保案件台中打开它设置管理员，或运行 casedesk-cli init --admin 用户名。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="134"/>
        <source>This connection is not a CaseDesk user&apos;s own: sign in with your name and password.</source>
        <translation>此连接不是某位案件台用户本人的连接，请用您的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="140"/>
        <source>%1 is locked out after %2 wrong passwords in a row until %3; an administrator can unlock it sooner.</source>
        <translation>%1 已连续 %2 次输错密码，锁定至 %3；管理员可提前解锁。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="156"/>
        <source>The user &quot;%1&quot; is no longer active.</source>
        <translation>用户“%1”已停用。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="158"/>
        <source>%1 has no password yet; an administrator can set one.</source>
        <translation>%1 还没有密码，可请管理员设置。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="255"/>
        <source>This database already has users who can sign in; ask its administrator.</source>
        <translation>该数据库已有可登录的用户，请联系其管理员。</translation>
    </message>
    <message>
        <location filename="../core/auth/sign_in_service.cpp" line="262"/>
        <source>&quot;%1&quot; is already a user who is not an administrator; choose another name.</source>
        <translation>“%1”已是非管理员用户，请换一个名字。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/gui_main.cpp" line="75"/>
        <source>This is a demo database with %1 invented cases, created on first start at %2. Use File &gt; New Database to start real work.</source>
        <translation>这是首次启动时生成的演示数据库，含 %1 件虚构案件，位于 %2。正式办案请用“文件 &gt; 新建数据库”。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="82"/>
        <source>Created a new, empty database at %1.</source>
        <translation>已在 %1 新建空数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="68"/>
        <location filename="../app/gui_main.cpp" line="91"/>
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="69"/>
        <source>Writing invented cases for a first look...</source>
        <translation>正在生成演示案件，供您先行浏览……</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="92"/>
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="102"/>
        <source>Restore a Backup...</source>
        <translation>从备份恢复...</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="103"/>
        <source>Open Another File...</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="121"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="201"/>
        <source>CaseDesk case management</source>
        <translation>消保案件台：消费投诉案件管理</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="205"/>
        <source>Open (or create) the database FILE.</source>
        <translation>打开（或新建）指定的数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="206"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="210"/>
        <source>Work on the office&apos;s database server: postgresql://USER@HOST:PORT/DATABASE (set up by an administrator with casedesk-cli server init).</source>
        <translation>使用办公室的数据库服务器：postgresql://用户@主机:端口/数据库（由管理员用 casedesk-cli server init 建立）。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="212"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="215"/>
        <source>Offer NAME on the sign-in window.</source>
        <translation>在登录窗口中预填用户名 NAME。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="216"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="243"/>
        <source>Not connected to the office&apos;s server: this is the desk&apos;s own database. Use File &gt; Connect to Server to try again.</source>
        <translation>未连接办公室的服务器：当前打开的是本机自己的数据库。可通过“文件 &gt; 连接服务器”重试。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/stats/statistics_service.cpp" line="25"/>
        <source>(unassigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <location filename="../core/stats/statistics_service.cpp" line="25"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location filename="../core/stats/statistics_service.cpp" line="46"/>
        <source>Statistics are shown to users of this database: say who you are first.</source>
        <translation>统计数据只向本数据库的用户显示，请先选择您的身份。</translation>
    </message>
    <message>
        <location filename="../core/stats/statistics_service.cpp" line="47"/>
        <source>Say who you are.</source>
        <translation>请选择您的身份。</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="99"/>
        <location filename="../core/stats/stats_export.cpp" line="113"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="99"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="41"/>
        <source>Received</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="99"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="42"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="100"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="100"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="44"/>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="100"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="45"/>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="101"/>
        <location filename="../core/stats/stats_figures.cpp" line="160"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="46"/>
        <source>Resolution rate of closed cases</source>
        <translation>办结解决率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="113"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="25"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="113"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="27"/>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_export.cpp" line="114"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="28"/>
        <source>Period on period</source>
        <translation>环比</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="39"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="73"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="74"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="75"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="76"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="77"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="78"/>
        <source>Business</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="79"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="140"/>
        <source>%1 pp</source>
        <comment>percentage points, e.g. +2.1个百分点</comment>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="148"/>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="150"/>
        <source>Complaints accepted</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="152"/>
        <location filename="../core/stats/stats_xlsx.cpp" line="43"/>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="154"/>
        <source>Money recovered</source>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="156"/>
        <source>Cases closed</source>
        <translation>办结案件</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="158"/>
        <source>Complaint resolution rate</source>
        <translation>投诉解决率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="161"/>
        <source>Mediation success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="162"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="163"/>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="164"/>
        <source>24-hour response rate</source>
        <translation>24小时响应率</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_figures.cpp" line="165"/>
        <source>12345 hotline transfers</source>
        <translation>12345 热线转办</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_summary_counter.cpp" line="403"/>
        <source>The statistics were not recounted: stopped.</source>
        <translation>已停止统计，统计数据保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/statistics_refresh.cpp" line="24"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/statistics_refresh.cpp" line="24"/>
        <source>Counting the statistics...</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_xlsx.cpp" line="24"/>
        <source>Headline figures</source>
        <translation>主要指标</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="68"/>
        <source>Complaints per month, %1 against %2</source>
        <translation>每月投诉量：%1年与%2年对比</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="103"/>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="158"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="175"/>
        <source>Complaint resolution rate</source>
        <translation>投诉解决率</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="176"/>
        <source>Resolution rate of closed cases</source>
        <translation>办结解决率</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="177"/>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/stats_charts.cpp" line="178"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
</context>
<context>
    <name>StatsPeriod</name>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="17"/>
        <source>first quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="18"/>
        <source>second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="19"/>
        <source>third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="20"/>
        <source>fourth quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="86"/>
        <source>%1-%2</source>
        <comment>year and month, e.g. 2026年10月</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="90"/>
        <source>%1, %2</source>
        <comment>year and quarter, e.g. 2026年第三季度</comment>
        <translation>%1年%2</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="93"/>
        <source>%1</source>
        <comment>a whole year, e.g. 2026年</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../core/stats/stats_period.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/settings_repository.cpp" line="36"/>
        <source>A case number prefix is 1 to 12 letters or digits, such as 长宁.</source>
        <translation>案件编号前缀须为 1 至 12 个汉字、字母或数字，如“长宁”。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="35"/>
        <source>A category needs a name.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="37"/>
        <source>A category name has at most 40 characters.</source>
        <translation>类别名称最多 40 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="78"/>
        <source>There is already a category named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的类别。</translation>
    </message>
    <message>
        <location filename="../core/storage/taxonomy_repository.cpp" line="96"/>
        <source>The category was not found.</source>
        <translation>找不到该类别。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="156"/>
        <source>The chosen category does not exist.</source>
        <translation>所选投诉类别不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="207"/>
        <location filename="../core/storage/complaint_repository.cpp" line="238"/>
        <location filename="../core/storage/complaint_repository.cpp" line="245"/>
        <source>Item %1: %2</source>
        <translation>第 %1 条：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="314"/>
        <source>A new case starts as registered; its status then changes through the workflow.</source>
        <translation>新案件一律为“已登记”状态，之后按办理流程变更。</translation>
    </message>
    <message>
        <location filename="../core/storage/stale_edit.cpp" line="23"/>
        <source>Case %1 was changed by someone else after you opened it. Your changes were not saved; reopen the case to see the latest version.</source>
        <translation>案件 %1 在您打开后已被他人修改，您的修改未保存。请重新打开案件查看最新内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/stale_edit.cpp" line="37"/>
        <source>Case %1 was changed by %2 at %3 after you opened it (%4). Your changes were not saved; reopen the case to see the latest version.</source>
        <translation>案件 %1 在您打开后已由 %2 于 %3 修改（%4）。您的修改未保存；请重新打开该案件查看最新内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="423"/>
        <source>The status of a case changes through the workflow, not by editing it.</source>
        <translation>案件状态只能按办理流程变更，不能直接修改。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="462"/>
        <source>The case was changed by someone else; nothing was saved.</source>
        <translation>该案件已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="287"/>
        <location filename="../core/storage/complaint_repository.cpp" line="567"/>
        <source>No case %1 was found.</source>
        <translation>找不到案件 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="132"/>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="137"/>
        <source>The file &quot;%1&quot; already exists; it was not changed.</source>
        <translation>文件“%1”已存在，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="148"/>
        <source>The database file &quot;%1&quot; is read-only. CaseDesk needs to write to it; change the file&apos;s permissions or copy it to a folder you can write to. Nothing was changed.</source>
        <translation>数据库文件“%1”是只读的。本系统需要写入该文件；请修改文件权限，或把它复制到你有写入权限的文件夹。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="158"/>
        <source>&quot;%1&quot; is an empty file, not a CaseDesk database. Nothing was changed; create a database with &quot;casedesk-cli init&quot; or in CaseDesk.</source>
        <translation>“%1”是空文件，不是消保案件台数据库。未作任何更改；请用“casedesk-cli init”或在消保案件台中创建数据库。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="172"/>
        <source>The database file &quot;%1&quot; cannot be created: %2</source>
        <translation>无法创建数据库文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="37"/>
        <source>The current database could not be moved aside to &quot;%1&quot;; nothing was restored.</source>
        <translation>无法把当前数据库移到“%1”，未做任何恢复。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="53"/>
        <source>This desk works on the office&apos;s database server: its data is backed up on the server by the server&apos;s administrator, not into a file on this computer.</source>
        <translation>本工作站使用办公室的数据库服务器：数据由服务器管理员在服务器上备份，不会备份到本机的文件中。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="56"/>
        <source>No backup file was given.</source>
        <translation>没有指定备份文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="59"/>
        <source>A backup cannot be written over the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="74"/>
        <source>The backup could not be saved as &quot;%1&quot;.</source>
        <translation>备份无法保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="97"/>
        <source>No backup folder is set.</source>
        <translation>尚未设置备份文件夹。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="115"/>
        <source>The backup file &quot;%1&quot; does not exist.</source>
        <translation>备份文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="120"/>
        <source>&quot;%1&quot; is not a CaseDesk backup, or it is damaged beyond reading.</source>
        <translation>“%1”不是消保案件台的备份，或已损坏到无法读取。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="124"/>
        <source>The backup &quot;%1&quot; is damaged (%2). It cannot be restored.</source>
        <translation>备份“%1”已损坏（%2），不能用于恢复。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="129"/>
        <source>&quot;%1&quot; is a database of another program, not a CaseDesk backup.</source>
        <translation>“%1”是其他程序的数据库，不是消保案件台的备份。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="133"/>
        <source>The backup &quot;%1&quot; was written by a newer version of CaseDesk (schema %2; this version reads up to %3). Install the newer version to restore it.</source>
        <translation>备份“%1”由更新版本的消保案件台写出（结构版本 %2，本版本最高只能读取 %3）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="149"/>
        <location filename="../core/storage/database.cpp" line="134"/>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="151"/>
        <source>The backup and the database are the same file.</source>
        <translation>备份和数据库是同一个文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="182"/>
        <source>The restored file could not take the database&apos;s place; the database was not changed.</source>
        <translation>恢复出的文件无法替换数据库；数据库未作改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="139"/>
        <source>The database file &quot;%1&quot; does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/backups.cpp" line="61"/>
        <location filename="../core/storage/backups.cpp" line="153"/>
        <location filename="../core/storage/database.cpp" line="141"/>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="64"/>
        <source>The connection to the database server was lost; nothing of this step was saved. CaseDesk connects again at your next step: try again once the server can be reached. (%1)</source>
        <translation>与数据库服务器的连接已断开，本步骤未保存任何内容。下一步操作时 CaseDesk 会重新连接：请在服务器恢复可用后重试。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="71"/>
        <source>A colleague was changing the same records at the same moment; nothing was saved. Please try again. (%1)</source>
        <translation>同事正在同时修改相同的记录，未保存任何内容。请重试。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="77"/>
        <source>The database server&apos;s disk is full; nothing was saved. (%1)</source>
        <translation>数据库服务器的磁盘已满，未保存任何内容。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="82"/>
        <source>The database server already has an account of this name that is not CaseDesk&apos;s; choose another name or ask the server&apos;s administrator. Nothing was saved. (%1)</source>
        <translation>数据库服务器上已有同名账户，且不是案件台建立的；请换一个名字，或联系服务器管理员。未保存任何内容。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="87"/>
        <source>The database server refused this for your account. (%1)</source>
        <translation>数据库服务器拒绝了您账户的此项操作。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="108"/>
        <source>The database is busy: another program or colleague is writing to it. Please try again in a moment. (%1)</source>
        <translation>数据库正忙：其他程序或同事正在写入，请稍后再试。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="111"/>
        <source>The database file cannot be written (read-only). (%1)</source>
        <translation>数据库文件是只读的，无法写入。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="113"/>
        <source>The disk is full; nothing was saved. (%1)</source>
        <translation>磁盘已满，本次未保存任何内容。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="116"/>
        <source>The database file could not be read or written. (%1)</source>
        <translation>无法读写数据库文件。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/sql_helpers.cpp" line="120"/>
        <source>The file is damaged or is not a CaseDesk database. (%1)</source>
        <translation>文件已损坏，或不是消保案件台的数据库。（%1）</translation>
    </message>
    <message>
        <location filename="../core/storage/prepared_insert.cpp" line="149"/>
        <location filename="../core/storage/sql_helpers.cpp" line="88"/>
        <location filename="../core/storage/sql_helpers.cpp" line="122"/>
        <source>A database error occurred: %1</source>
        <translation>数据库出错：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="30"/>
        <source>This file is not a CaseDesk database, or it is damaged. It was not changed.</source>
        <translation>该文件不是消保案件台的数据库，或已损坏。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="54"/>
        <source>This database was written by a newer version of CaseDesk (schema %1; this version reads up to %2). Please install the newer version. The file was not changed.</source>
        <translation>该数据库由更新版本的消保案件台创建（结构版本 %1，本版本最高支持 %2）。请安装新版本。文件未做任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="171"/>
        <source>The database file &quot;%1&quot; is damaged: it is shorter than it should be (cut off, perhaps by an interrupted copy or a full disk). It was not changed; restore a backup.</source>
        <translation>数据库文件“%1”已损坏：文件比应有的长度短（可能因复制中断或磁盘已满而被截断）。文件未作改动，请从备份恢复。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_setup.cpp" line="220"/>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="26"/>
        <source>A user needs a name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="28"/>
        <source>A user name has at most %1 characters.</source>
        <translation>用户姓名最多 %1 个字。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="32"/>
        <source>A user name is one line of text.</source>
        <translation>用户姓名只能占一行。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="83"/>
        <source>There is already a user named &quot;%1&quot;.</source>
        <translation>已有名为“%1”的用户。</translation>
    </message>
    <message>
        <location filename="../core/storage/user_repository.cpp" line="67"/>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <location filename="../core/storage/file_location.cpp" line="86"/>
        <source>The database &quot;%1&quot; is on a network share (%2). SQLite over SMB/NFS is unsafe: file locks there are unreliable and two desks writing at once can damage the file. Keep the database on this computer&apos;s own disk and back it up to the share instead.</source>
        <translation>数据库“%1”位于网络共享上（%2）。通过 SMB/NFS 使用 SQLite 并不安全：那里的文件锁不可靠，两台电脑同时写入可能损坏文件。请把数据库放在本机硬盘上，改为把备份存到共享文件夹。</translation>
    </message>
    <message>
        <location filename="../core/storage/file_location.cpp" line="98"/>
        <source>CaseDesk cannot write in the folder &quot;%1&quot; (it is read-only or you lack permission). The database needs to keep its journal next to it there. Copy the file to a folder you can write to, or ask for write access. Nothing was changed.</source>
        <translation>本系统无法在文件夹“%1”中写入（该文件夹只读，或你没有权限）。数据库需要在同一文件夹中保存日志文件。请把文件复制到你有写入权限的文件夹，或申请写入权限。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/instance_lock.cpp" line="34"/>
        <source>the CaseDesk window of process %1 on computer %2</source>
        <translation>计算机 %2 上进程 %1 的消保案件台窗口</translation>
    </message>
    <message>
        <location filename="../core/storage/instance_lock.cpp" line="55"/>
        <source>The database &quot;%1&quot; is already open in another CaseDesk window (process %2 on computer %3). Use that window, or close it first; a database is opened by one CaseDesk at a time so that no work is lost.</source>
        <translation>数据库“%1”已在另一个消保案件台窗口中打开（计算机 %3 上的进程 %2）。请使用那个窗口，或先将其关闭；同一数据库一次只能由一个消保案件台打开，以免工作内容丢失。</translation>
    </message>
    <message>
        <location filename="../core/storage/instance_lock.cpp" line="64"/>
        <source>CaseDesk cannot create its lock file next to &quot;%1&quot;; the folder may be read-only.</source>
        <translation>无法在“%1”旁边创建锁文件；该文件夹可能是只读的。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_native.cpp" line="26"/>
        <source>The database connection does not give access to SQLite.</source>
        <translation>该数据库连接无法访问 SQLite。</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite_native.cpp" line="86"/>
        <source>The file &quot;%1&quot; cannot be created: %2</source>
        <translation>无法创建文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/storage/party_repository.cpp" line="12"/>
        <source>The complainant was not found.</source>
        <translation>未找到该投诉人。</translation>
    </message>
    <message>
        <location filename="../core/storage/party_repository.cpp" line="13"/>
        <source>The business was not found.</source>
        <translation>未找到该经营者。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="41"/>
        <source>The server %1 refused the user name or password. Nothing was changed. (%2)</source>
        <translation>服务器 %1 拒绝了用户名或密码。未作任何改动。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="47"/>
        <source>The server %1 no longer lets %2 sign in: the user was deactivated. An administrator can make them active again. (%3)</source>
        <translation>服务器 %1 已不允许 %2 登录：该用户已被停用，管理员可重新启用。（%3）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="53"/>
        <source>The connection to %1 must be encrypted (TLS), but the server does not offer it. Ask the server&apos;s administrator to turn on TLS, or change the connection&apos;s TLS mode. (%2)</source>
        <translation>与 %1 的连接必须加密（TLS），但该服务器不提供加密。请服务器管理员开启 TLS，或更改连接的 TLS 模式。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="59"/>
        <source>The encrypted connection to %1 could not be set up: the server&apos;s certificate was not accepted. Check the CA file of the connection. (%2)</source>
        <translation>无法与 %1 建立加密连接：服务器的证书未被接受。请检查连接的 CA 证书文件。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="65"/>
        <source>The server has no database &quot;%1&quot;. Ask the server&apos;s administrator to create it (createdb). (%2)</source>
        <translation>服务器上没有数据库“%1”。请服务器管理员创建它（createdb）。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="72"/>
        <source>The server %1 cannot be reached: it is not running, the address or port is wrong, or the network is down. Nothing was changed. (%2)</source>
        <translation>无法连接服务器 %1：服务器未运行、地址或端口有误，或网络中断。未作任何改动。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="76"/>
        <source>CaseDesk could not connect to the server %1. (%2)</source>
        <translation>CaseDesk 无法连接服务器 %1。（%2）</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="82"/>
        <source>The server database %1 holds tables that are not CaseDesk&apos;s. It was not changed; give CaseDesk a database of its own (an empty one for &quot;server init&quot;).</source>
        <translation>服务器数据库 %1 中有不属于 CaseDesk 的表，未作任何改动；请为 CaseDesk 提供专用的数据库（“server init”需要空数据库）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="95"/>
        <source>This CaseDesk cannot connect to PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
        <translation>本 CaseDesk 无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（Debian 上为软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="161"/>
        <source>The server database %1 was set up by a newer version of CaseDesk (server schema %2; this version reads up to %3). Please install the newer version. Nothing was changed.</source>
        <translation>服务器数据库 %1 由更新版本的 CaseDesk 建立（服务器结构版本 %2；本版本最多读取 %3）。请安装新版本。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="169"/>
        <source>The server database %1 is not empty; &quot;server init&quot; sets up only an empty database. Nothing was changed.</source>
        <translation>服务器数据库 %1 不是空的；“server init”只在空数据库中建立。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="175"/>
        <source>The server database %1 is empty: an administrator sets it up first with &quot;casedesk-cli server init&quot;. Nothing was changed.</source>
        <translation>服务器数据库 %1 是空的：请管理员先用“casedesk-cli server init”建立。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/database_server.cpp" line="181"/>
        <source>The server database %1 has an older schema (%2) than this version of CaseDesk needs (%3). An administrator upgrades it with &quot;casedesk-cli server upgrade&quot; once every desk has the new version. Nothing was changed.</source>
        <translation>服务器数据库 %1 的结构版本（%2）低于本版 CaseDesk 所需（%3）。请管理员在每台工作台都装好新版本后用“casedesk-cli server upgrade”升级。未作任何改动。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="17"/>
        <source>The server address is not valid: %1 Write it as postgresql://USER@HOST:PORT/DATABASE, e.g. postgresql://zhang@10.0.0.5:5432/casedesk.</source>
        <translation>服务器地址无效：%1 请写成 postgresql://用户@主机:端口/数据库，例如 postgresql://zhang@10.0.0.5:5432/casedesk。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="33"/>
        <source>it must start with postgresql://.</source>
        <translation>地址必须以 postgresql:// 开头。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="36"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="40"/>
        <source>it names no server (host).</source>
        <translation>地址中没有服务器（主机）。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="42"/>
        <source>port 0 is not a port.</source>
        <translation>端口 0 不是有效端口。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="46"/>
        <source>it names no database after the server (…/DATABASE).</source>
        <translation>服务器之后没有数据库名（…/数据库）。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="56"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="64"/>
        <source>connect_timeout must be a number of seconds.</source>
        <translation>connect_timeout 必须是秒数。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_url.cpp" line="66"/>
        <source>the setting &quot;%1&quot; is not known.</source>
        <translation>未知的设置“%1”。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_rights.cpp" line="134"/>
        <source>The server account %1 may not create roles, and CaseDesk gives every user a login of their own. The server&apos;s administrator allows it with: ALTER ROLE %1 CREATEROLE. Nothing was changed.</source>
        <translation>服务器账户 %1 无权创建角色，而案件台要为每位用户建立各自的登录账户。请服务器管理员执行：ALTER ROLE %1 CREATEROLE 予以授权。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../core/storage/server_copy_in.cpp" line="65"/>
        <location filename="../core/storage/server_copy_in.cpp" line="118"/>
        <source>The server did not take the rows of %1. (%2)</source>
        <translation>服务器未能接收 %1 的数据行。（%2）</translation>
    </message>
</context>
<context>
    <name>Talks</name>
    <message>
        <location filename="../core/storage/talk_repository.cpp" line="47"/>
        <source>The talk was not saved.</source>
        <translation>约谈未能保存。</translation>
    </message>
    <message>
        <location filename="../core/storage/talk_repository.cpp" line="121"/>
        <source>There is no talk %1.</source>
        <translation>没有编号为 %1 的约谈。</translation>
    </message>
    <message>
        <location filename="../core/storage/talk_repository.cpp" line="131"/>
        <source>There is no promise %1.</source>
        <translation>没有编号为 %1 的承诺事项。</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="26"/>
        <source>The place</source>
        <translation>约谈地点</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="27"/>
        <source>Who attended for the council</source>
        <translation>约谈单位人员</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="28"/>
        <source>Who attended for the business</source>
        <translation>经营者参加人员</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="30"/>
        <source>What led to the talk</source>
        <translation>约谈事由</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="31"/>
        <source>The problems raised</source>
        <translation>指出的问题</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="37"/>
        <source>The day of the talk</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="41"/>
        <source>Promise %1</source>
        <translation>第 %1 项承诺</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="45"/>
        <source>%1 needs the day it is to be kept by.</source>
        <translation>%1须写明完成期限。</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="48"/>
        <source>%1 is due before the talk itself (%2).</source>
        <translation>%1的完成期限早于约谈日期（%2）。</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="89"/>
        <source>The note on the check</source>
        <translation>核查说明</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="91"/>
        <source>The day of the check</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../core/talks/talk_service.cpp" line="107"/>
        <source>The check cannot come before the talk (%1).</source>
        <translation>核查日期不能早于约谈日期（%1）。</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message>
        <location filename="../core/auth/user_administration.cpp" line="49"/>
        <source>%1 is the only administrator who can sign in; make someone else an administrator first.</source>
        <translation>%1 是唯一能登录的管理员，请先指定另一位管理员。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/text/text_checks.cpp" line="14"/>
        <source>The text is not valid UTF-8. Save the file as UTF-8 and try again.</source>
        <translation>文字不是有效的 UTF-8 编码。请将文件另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <location filename="../core/text/text_checks.cpp" line="31"/>
        <source>The text contains unreadable characters (broken encoding).</source>
        <translation>文字中含有无法识别的字符（编码有误）。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="31"/>
        <source>This text is too long (%1 characters); at most %2 are allowed.</source>
        <translation>内容过长（%1 字），最多 %2 字。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="48"/>
        <source>Enter the complainant&apos;s name.</source>
        <translation>请填写投诉人姓名。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="57"/>
        <source>Enter the complainant&apos;s address.</source>
        <translation>请填写投诉人地址。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="60"/>
        <source>Enter the name of the business complained about.</source>
        <translation>请填写被投诉经营者名称。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="66"/>
        <source>Enter the business&apos;s address.</source>
        <translation>请填写被投诉经营者地址。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="72"/>
        <source>Choose a category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="74"/>
        <source>The amount involved cannot be negative.</source>
        <translation>涉及金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="76"/>
        <source>The amount involved is over ¥%1; please check it.</source>
        <translation>涉及金额超过 ¥%1，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="79"/>
        <source>Enter what the complainant asks for.</source>
        <translation>请填写投诉人的诉求。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="81"/>
        <source>Enter the facts of the dispute.</source>
        <translation>请填写争议事实。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="86"/>
        <source>Enter when the complaint was received.</source>
        <translation>请填写登记时间。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="88"/>
        <source>The received time cannot be in the future.</source>
        <translation>登记时间不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="91"/>
        <source>The purchase or incident date cannot be in the future.</source>
        <translation>消费（事发）日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../core/validation/complaint_validator.cpp" line="94"/>
        <source>The purchase or incident date cannot be after the complaint was received.</source>
        <translation>消费（事发）日期不能晚于登记时间。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="49"/>
        <source>A resident ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，现为 %1 位。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="51"/>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="54"/>
        <source>Characters 7 to 14 of the ID number are not a valid birth date.</source>
        <translation>身份证号第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="56"/>
        <source>The last character of the ID number does not match the others; please check it.</source>
        <translation>身份证号校验位不符，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="78"/>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，现为 %1 位。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="81"/>
        <source>A unified social credit code uses only digits and capital letters other than I, O, Z, S and V; &quot;%1&quot; is not allowed.</source>
        <translation>统一社会信用代码只能由数字和除 I、O、Z、S、V 以外的大写字母组成，不能含“%1”。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="86"/>
        <source>The last character of the credit code does not match the others; please check it.</source>
        <translation>统一社会信用代码校验位不符，请核对。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="102"/>
        <source>Enter the complainant&apos;s phone number.</source>
        <translation>请填写投诉人联系电话。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="106"/>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号应为 11 位，以 13 至 19 开头。</translation>
    </message>
    <message>
        <location filename="../core/validation/identifiers.cpp" line="107"/>
        <source>Enter a mobile number (11 digits) or a landline such as 021-62345678.</source>
        <translation>请填写 11 位手机号，或固定电话（如 021-62345678）。</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <location filename="../core/storage/warning_repository.cpp" line="85"/>
        <location filename="../core/storage/warning_repository.cpp" line="97"/>
        <source>No warning rule %1 was found.</source>
        <translation>未找到预警规则 %1。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="62"/>
        <source>Give the rule a name of at most 60 characters.</source>
        <translation>请为规则命名（不超过 60 个字符）。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="64"/>
        <source>The window must be between 1 and 90 days.</source>
        <translation>统计期应在 1 至 90 天之间。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="66"/>
        <source>The least number of complaints must be between 1 and 100,000.</source>
        <translation>最少投诉数应在 1 至 100,000 之间。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="68"/>
        <source>The usual level is measured over 0 to 730 days.</source>
        <translation>常态水平的计算期应在 0 至 730 天之间。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="70"/>
        <source>The ratio must be between 0 (not used) and 1000 times.</source>
        <translation>倍数应在 0（不使用）至 1000 倍之间。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_rules.cpp" line="72"/>
        <source>A prepaid complaint must weigh between 1 and 10 complaints.</source>
        <translation>一件预付卡投诉应折合 1 至 10 件投诉。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_service.cpp" line="184"/>
        <source>The note is longer than 2000 characters.</source>
        <translation>备注超过 2000 个字符。</translation>
    </message>
    <message>
        <location filename="../core/warning/warning_service.cpp" line="193"/>
        <source>There is no alert %1.</source>
        <translation>没有预警 %1。</translation>
    </message>
</context>
<context>
    <name>WorkOrders</name>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="36"/>
        <location filename="../core/workorders/sheet_reader.cpp" line="38"/>
        <source>The workbook&apos;s part %1 cannot be read.</source>
        <translation>无法读取工作簿的部件 %1。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="47"/>
        <source>The workbook&apos;s part %1 is damaged.</source>
        <translation>工作簿的部件 %1 已损坏。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="116"/>
        <source>The sheet has more rows than a workbook can hold.</source>
        <translation>工作表的行数超出了工作簿的容量。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="149"/>
        <source>A sheet of the workbook is damaged: %1</source>
        <translation>工作簿中的一张工作表已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="163"/>
        <location filename="../core/workorders/sheet_reader.cpp" line="168"/>
        <location filename="../core/workorders/sheet_reader.cpp" line="299"/>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="210"/>
        <source>The workbook has no sheet to read.</source>
        <translation>工作簿中没有可读取的工作表。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="221"/>
        <source>The file says it is UTF-8 but holds bytes that are not: save it again as CSV (UTF-8).</source>
        <translation>文件标明为 UTF-8 编码，但含有不属于 UTF-8 的字节：请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="230"/>
        <source>The file is not UTF-8, and this computer cannot read GB18030.</source>
        <translation>文件不是 UTF-8 编码，且本机无法读取 GB18030 编码。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="233"/>
        <source>The file is neither UTF-8 nor GB18030 text: save it again as CSV (UTF-8).</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本：请重新另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="236"/>
        <source>The file is not text: choose a CSV or an Excel workbook (.xlsx).</source>
        <translation>文件不是文本：请选择 CSV 或 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="278"/>
        <source>The CSV file ends inside a quoted field: it is cut short or damaged.</source>
        <translation>CSV 文件在引号字段中途结束：文件不完整或已损坏。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="290"/>
        <location filename="../core/workorders/work_order_import.cpp" line="165"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="296"/>
        <source>%1 is an old Excel file (.xls): open it in Excel or WPS and save it as .xlsx.</source>
        <translation>%1 是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../core/workorders/sheet_reader.cpp" line="302"/>
        <source>The file is larger than 256 MB: split it first.</source>
        <translation>文件超过 256 MB：请先拆分。</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="15"/>
        <source>Work-order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="16"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="17"/>
        <source>Dispatched by the hotline</source>
        <translation>热线交办时间</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="18"/>
        <source>Reply due (hotline)</source>
        <translation>热线到期时间</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="19"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="20"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="21"/>
        <source>Complainant&apos;s phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="22"/>
        <source>Complainant&apos;s address</source>
        <translation>投诉人地址</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="23"/>
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="24"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="25"/>
        <source>Business address</source>
        <translation>经营者地址</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="26"/>
        <source>Facts</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="27"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="28"/>
        <source>Amount involved (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="29"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="30"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="31"/>
        <source>Purchase or incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="32"/>
        <source>Business&apos;s district</source>
        <translation>被投诉经营者所在区</translation>
    </message>
    <message>
        <location filename="../core/workorders/order_fields.cpp" line="33"/>
        <source>Business&apos;s street</source>
        <translation>被投诉经营者所在街道</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="60"/>
        <source>The dispatch time %1 is in the future.</source>
        <translation>交办时间 %1 晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="62"/>
        <source>The order was dispatched (%1) before it was received (%2).</source>
        <translation>工单的交办时间（%1）早于登记时间（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="66"/>
        <source>The reply is due (%1) before the order came (%2).</source>
        <translation>回复到期时间（%1）早于工单登记时间（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="231"/>
        <source>No header row was recognised in %1: name its columns with --map &quot;header=field&quot; (fields: %2).</source>
        <translation>未能在 %1 中识别出表头：请用 --map “表头=字段”指定各列（字段：%2）。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="252"/>
        <source>No column of %1 holds &quot;%2&quot;: name it with --map &quot;header=%3&quot;.</source>
        <translation>%1 中没有“%2”列：请用 --map “表头=%3”指定。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="292"/>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>“%1”不是日期时间。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="302"/>
        <source>&quot;%1&quot; is not a channel.</source>
        <translation>“%1”不是来源渠道。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="316"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="322"/>
        <source>&quot;%1&quot; is not a nature of dispute.</source>
        <translation>“%1”不是投诉性质。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="328"/>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="352"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="377"/>
        <source>%1 has a header but no work orders under it.</source>
        <translation>%1 有表头，但表头下没有工单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workorders/work_order_import.cpp" line="392"/>
        <source>%n row(s) of %1 cannot be registered; nothing was imported.</source>
        <translation>
            <numerusform>%1 中有 %n 行不能登记，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="441"/>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/workorders/work_order_import.cpp" line="490"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="47"/>
        <source>The time of the change (%1) lies in the future.</source>
        <translation>办理时间（%1）不能晚于现在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="50"/>
        <source>The time of the change (%1) is before the case was received (%2).</source>
        <translation>办理时间（%1）早于案件登记时间（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="57"/>
        <source>The time of the change (%1) is before the case&apos;s last step (%2, %3).</source>
        <translation>办理时间（%1）早于该案件上一步办理（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="62"/>
        <source>The case was changed by someone else; nothing was saved.</source>
        <translation>该案件已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="175"/>
        <source>The user &quot;%1&quot; (%2) only reads cases and cannot take one.</source>
        <translation>用户“%1”（%2）只能查看案件，不能承办。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="168"/>
        <source>The user &quot;%1&quot; is no longer active and cannot take cases.</source>
        <translation>用户“%1”已停用，不能承办案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_transition_service.cpp" line="172"/>
        <source>The user &quot;%1&quot; is an administrator and does no case work.</source>
        <translation>用户“%1”是管理员，不承办案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="70"/>
        <source>A move to %1 takes no ground; leave it out.</source>
        <translation>转为“%1”无需填写理由，请勿填写。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="75"/>
        <source>A move to %1 needs a %2: one of %3.</source>
        <translation>转为“%1”须填写%2，可选：%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="79"/>
        <source>&quot;%1&quot; is not a %2; use one of: %3.</source>
        <translation>“%1”不是有效的%2，可选：%3。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="90"/>
        <source>Say in a note why the case is reopened.</source>
        <translation>请在备注中说明重新打开案件的原因。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="93"/>
        <source>The ground &quot;%1&quot; must be explained in a note.</source>
        <translation>选择“%1”时须在备注中说明具体情况。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="98"/>
        <source>The note is too long (%1 characters); at most %2 are allowed.</source>
        <translation>备注过长（%1 字），最多 %2 字。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="133"/>
        <source>The case is already %1.</source>
        <translation>该案件已经是“%1”状态。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="137"/>
        <source>A case that is %1 cannot become %2.</source>
        <translation>“%1”的案件不能转为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="139"/>
        <source>As %1 you cannot move it any further.</source>
        <translation>%1无权继续办理该案件。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="141"/>
        <source>It can become: %1.</source>
        <translation>可转为：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="147"/>
        <source>Only a supervisor can move a case from %1 to %2.</source>
        <translation>只有主管才能将案件从“%1”转为“%2”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/case_workflow.cpp" line="148"/>
        <source>As %1 you cannot move a case from %2 to %3.</source>
        <translation>%1无权将案件从“%2”转为“%3”。</translation>
    </message>
</context>
<context>
    <name>casedesk::AboutDialog</name>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="41"/>
        <source>About CaseDesk</source>
        <translation>关于消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="45"/>
        <source>%1 (database driver: %2)</source>
        <translation>%1（数据库驱动：%2）</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="47"/>
        <source>&lt;h2&gt;CaseDesk %1&lt;/h2&gt;&lt;p&gt;Case management for district consumer-rights protection committees: complaints, mediation, prepaid-card disputes and court referrals.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;消保案件台 %1&lt;/h2&gt;&lt;p&gt;区消保委的投诉案件管理：投诉登记、调解、预付卡纠纷和移送法院。&lt;/p&gt;&lt;p&gt;按 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布，不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="52"/>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="54"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="54"/>
        <source>LGPL-3.0 (Qt Charts: GPL-3.0)</source>
        <translation>LGPL-3.0（Qt Charts：GPL-3.0）</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="55"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="55"/>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="55"/>
        <source>libsodium</source>
        <translation>libsodium</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="55"/>
        <source>ISC</source>
        <translation>ISC</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="56"/>
        <source>Font WenQuanYi Micro Hei</source>
        <translation>字体 文泉驿微米黑（WenQuanYi Micro Hei）</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="57"/>
        <source>Apache-2.0 or GPL-3.0-or-later with the font exception</source>
        <translation>Apache-2.0，或附字体例外条款的 GPL-3.0-or-later</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="58"/>
        <source>Holiday data (holiday-cn by NateScarlet)</source>
        <translation>节假日数据（NateScarlet 的 holiday-cn）</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="58"/>
        <source>2024 to 2026</source>
        <translation>2024 至 2026 年</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="58"/>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="61"/>
        <source>Font licence</source>
        <translation>字体许可证</translation>
    </message>
    <message>
        <location filename="../ui/help/about_dialog.cpp" line="64"/>
        <source>Holiday data licence</source>
        <translation>节假日数据许可证</translation>
    </message>
</context>
<context>
    <name>casedesk::AgendaDialog</name>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="23"/>
        <source>Mediation Agenda</source>
        <translation>调解日程</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="26"/>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="27"/>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="28"/>
        <source>&lt; Previous</source>
        <translation>&lt; 上一段</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="29"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="30"/>
        <source>Next &gt;</source>
        <translation>下一段 &gt;</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="32"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="95"/>
        <source>The agenda could not be loaded: %1</source>
        <translation>无法读取调解日程：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="117"/>
        <source>Booked twice</source>
        <translation>重复安排</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="124"/>
        <source>%1 on %2: %3 and %4.</source>
        <translation>%1 在 %2 同时安排了 %3 和 %4。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="131"/>
        <source>No sessions in this period.</source>
        <translation>该时间段没有调解安排。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="136"/>
        <source>Mediators booked twice:</source>
        <translation>调解员重复安排：</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agenda_dialog.cpp" line="138"/>
        <source>And %1 more (shown in red).</source>
        <translation>另有 %1 处（红色显示）。</translation>
    </message>
</context>
<context>
    <name>casedesk::AgreementDialog</name>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="42"/>
        <source>Mediation Agreement of %1</source>
        <translation>%1 的调解协议</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="45"/>
        <source>e.g. 2400</source>
        <translation>如 2400</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="47"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="57"/>
        <source>Main facts</source>
        <translation>纠纷的主要事实</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="58"/>
        <source>Matters in dispute</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="59"/>
        <source>Each party&apos;s responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="60"/>
        <source>Agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="61"/>
        <source>How carried out</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="62"/>
        <source>Where carried out</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="63"/>
        <source>Carried out by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="64"/>
        <source>Amount agreed (¥)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="65"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="66"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="69"/>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="70"/>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="73"/>
        <source>Start from Template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="71"/>
        <source>Fill every part with the usual Chinese wording, taken from the case</source>
        <translation>按案件信息，用常用的中文表述填写各部分</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="73"/>
        <source>Replace what is typed with the template?</source>
        <translation>用模板替换已填写的内容吗？</translation>
    </message>
    <message>
        <location filename="../ui/mediation/agreement_dialog.cpp" line="126"/>
        <source>Write the amount agreed in yuan, such as 2400 or 2,400.50.</source>
        <translation>协议金额请以元填写，如 2400 或 2,400.50。</translation>
    </message>
</context>
<context>
    <name>casedesk::AlertBadge</name>
    <message>
        <location filename="../ui/warning/alert_badge.cpp" line="15"/>
        <source>Early warnings not yet acknowledged: click to see them</source>
        <translation>尚未确认的风险预警：点击查看</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_badge.cpp" line="47"/>
        <source>Warnings %1</source>
        <translation>预警 %1</translation>
    </message>
</context>
<context>
    <name>casedesk::AlertListDialog</name>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="22"/>
        <source>Show acknowledged alerts</source>
        <translation>显示已确认的预警</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="23"/>
        <source>Show Complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="24"/>
        <source>Acknowledge...</source>
        <translation>确认预警...</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="28"/>
        <source>Early Warnings</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="31"/>
        <source>A sudden run of complaints against one business, above all about prepaid cards, is often the sign that it is about to close. Newest first.</source>
        <translation>同一经营者的投诉突然增多（尤其是预付卡投诉），往往是其即将关门跑路的信号。最新的在前。</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="35"/>
        <source>Business</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="35"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="35"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="35"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="35"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="36"/>
        <source>Of which prepaid</source>
        <translation>其中预付卡</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="36"/>
        <source>Usual level</source>
        <translation>常态水平</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="36"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="44"/>
        <source>Rules...</source>
        <translation>规则...</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="45"/>
        <source>Call In for a Talk...</source>
        <translation>约谈...</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="47"/>
        <source>Record a talk (约谈) with the business about this run of complaints</source>
        <translation>就这次投诉激增登记对该经营者的约谈</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="76"/>
        <source>Looking for sudden runs of complaints...</source>
        <translation>正在查找短时间内集中出现的投诉……</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="101"/>
        <source>The early warnings could not be loaded: %1</source>
        <translation>无法读取预警信息：%1</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="113"/>
        <source>%1 per window</source>
        <translation>每期 %1 件</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="114"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="162"/>
        <source>The talk with %1 was recorded; its promises appear in Due Soon and Overdue on their days.</source>
        <translation>已登记与%1的约谈；承诺事项到期时会列入“即将到期与已逾期”。</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="174"/>
        <source>Acknowledge Alert</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <location filename="../ui/warning/alert_list_dialog.cpp" line="175"/>
        <source>What was done about %1 (optional):</source>
        <translation>对 %1 采取的措施（可不填）：</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentPage</name>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="38"/>
        <source>Mark as Model Point</source>
        <translation>评为示范联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="38"/>
        <source>Remove Model-Point Title</source>
        <translation>撤销示范称号</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="50"/>
        <source>Model point</source>
        <translation>示范联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="56"/>
        <source>Equal totals are decided by the categories&apos; points in the sheet&apos;s order; points equal even there share the rank.</source>
        <translation>总分相同时，按评分表中各类别的先后顺序依次比较类别得分；各类别得分均相同的，名次并列。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="68"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="69"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="70"/>
        <source>Scoring Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="82"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="102"/>
        <source>The assessment of %1 could not be loaded: %2</source>
        <translation>无法读取 %1 年度的评选数据：%2</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="116"/>
        <source>%1 has no scoring sheet yet: copy last year&apos;s on the Scoring Sheet tab.</source>
        <translation>%1 年度尚无评分表：请在“评分表”选项卡中复制上一年度的评分表。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="117"/>
        <source>%1 has no scoring sheet yet.</source>
        <translation>%1 年度尚无评分表。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="164"/>
        <source>The point was not marked: %1</source>
        <translation>未能评为示范联络点：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="167"/>
        <source>%1 is a %2 of %3.</source>
        <translation>%1已评为 %3 年度%2。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="178"/>
        <source>The title was not removed: %1</source>
        <translation>未能撤销称号：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_page.cpp" line="181"/>
        <source>%1 no longer holds the model-point title of %2.</source>
        <translation>已撤销%1的 %2 年度示范称号。</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentScoreForm</name>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="26"/>
        <source>Save Scores</source>
        <translation>保存得分</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="29"/>
        <source>Criterion</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="29"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="29"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="34"/>
        <source>Notes on the assessment (what was checked, where points were lost)</source>
        <translation>评分说明（检查了哪些内容、在哪些方面扣分）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="41"/>
        <source>Point:</source>
        <translation>联络点：</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="83"/>
        <source> of %1</source>
        <translation> / %1 分</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="111"/>
        <source>The point&apos;s scores could not be loaded: %1</source>
        <translation>无法读取该联络点的得分：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="143"/>
        <source>Total: %1 of %2 points</source>
        <translation>总分：%1 分（满分 %2 分）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="156"/>
        <source>The scores were not saved: %1</source>
        <translation>得分未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_score_form.cpp" line="160"/>
        <source>%1 scored %2 of %3 points for %4.</source>
        <translation>%1在 %4 年度评分中得 %2 分（满分 %3 分）。</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentSheetView</name>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="20"/>
        <source>Copy Last Year&apos;s Sheet</source>
        <translation>复制上一年度评分表</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="21"/>
        <source>Add Category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="22"/>
        <source>Add Criterion</source>
        <translation>添加评分细则</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="22"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="23"/>
        <source>Save Sheet</source>
        <translation>保存评分表</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="26"/>
        <source>Category / criterion</source>
        <translation>类别/评分细则</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="26"/>
        <source>Maximum points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="101"/>
        <source>&quot;%1&quot;: give its maximum as whole points.</source>
        <translation>“%1”：分值应为整数。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="118"/>
        <source>The sheet was not saved: %1</source>
        <translation>评分表未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="121"/>
        <source>The %1 sheet was saved: %2 criteria, %3 points.</source>
        <translation>%1 年度评分表已保存：%2 项评分细则，共 %3 分。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="132"/>
        <source>The sheet was not copied: %1</source>
        <translation>评分表未复制：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="135"/>
        <source>The %1 sheet starts as a copy: %2 criteria, %3 points.</source>
        <translation>已复制生成 %1 年度评分表：%2 项评分细则，共 %3 分。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="144"/>
        <source>New category</source>
        <translation>新类别</translation>
    </message>
    <message>
        <location filename="../ui/liaison/assessment_sheet_view.cpp" line="156"/>
        <source>New criterion</source>
        <translation>新评分细则</translation>
    </message>
</context>
<context>
    <name>casedesk::BackupScheduler</name>
    <message>
        <location filename="../ui/backup_scheduler.cpp" line="94"/>
        <source>Automatic backup saved: %1</source>
        <translation>自动备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/backup_scheduler.cpp" line="96"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::BackupSettingsPage</name>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="27"/>
        <source>Back up automatically: once a day and when CaseDesk closes after changes</source>
        <translation>自动备份：每天一次，有改动时在退出时也备份一次</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="32"/>
        <source> backups</source>
        <translation> 份备份</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="33"/>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="44"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="45"/>
        <source>Keep the newest:</source>
        <translation>保留最新的：</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="47"/>
        <source>A backup on the same disk as the database does not survive the disk failing: choose a folder on another disk, a USB drive or a network share. Backups hold personal data and are readable by your user account only.</source>
        <translation>备份与数据库放在同一块硬盘上，硬盘损坏时会一起丢失：请选择另一块硬盘、U 盘或网络共享上的文件夹。备份含有个人信息，仅你的用户账户可读。</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="76"/>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/backup_settings_page.cpp" line="87"/>
        <source>No backups of this database in that folder yet.</source>
        <translation>该文件夹中还没有此数据库的备份。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/backup_settings_page.cpp" line="91"/>
        <source>%n backup(s) of this database there; the newest is from %1.</source>
        <translation>
            <numerusform>该文件夹中有此数据库的 %n 份备份，最新一份是 %1 的。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::BusinessCasesDialog</name>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="28"/>
        <source>Make Group Case of Open Complaints</source>
        <translation>将未办结投诉建为群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Card balance (¥)</source>
        <translation>卡内余额（元）</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="37"/>
        <source>Group</source>
        <translation>群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="44"/>
        <source>Group Selected</source>
        <translation>所选建为群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="45"/>
        <source>Make a group case of the selected complaints only</source>
        <translation>仅将所选投诉建为群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="66"/>
        <source>The business could not be loaded: %1</source>
        <translation>无法读取该经营者：%1</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="71"/>
        <source>Complaints about %1</source>
        <translation>%1 的投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="72"/>
        <source>%1 (%2): %3 open and %4 finished complaints, %5 with a prepaid card. Business now: %6.</source>
        <translation>%1（%2）：未办结 %3 件，已办结 %4 件，其中涉及预付卡 %5 件。经营者现状：%6。</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="74"/>
        <source>no credit code</source>
        <translation>无统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="83"/>
        <source>The business&apos;s complaints could not be loaded: %1</source>
        <translation>无法读取该经营者的投诉：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="117"/>
        <source>%n of the business&apos;s complaints could not be loaded.</source>
        <translation>
            <numerusform>该经营者有 %n 件投诉无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="127"/>
        <location filename="../ui/businesses/business_cases_dialog.cpp" line="139"/>
        <source>%1 group complaint %2</source>
        <translation>%1 群体投诉 %2</translation>
    </message>
</context>
<context>
    <name>casedesk::BusinessesDialog</name>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="24"/>
        <source>Businesses</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="26"/>
        <source>Search by name or credit code</source>
        <translation>按名称或统一社会信用代码查找</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="30"/>
        <source>Business</source>
        <translation>经营者</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="30"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="30"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="30"/>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="30"/>
        <source>Groups</source>
        <translation>群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="31"/>
        <source>Prepaid</source>
        <translation>预付卡</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="31"/>
        <source>State</source>
        <translation>现状</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="31"/>
        <source>Networked</source>
        <translation>联网企业</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="36"/>
        <source>Show Complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="37"/>
        <source>Merge Two...</source>
        <translation>合并两条记录...</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="38"/>
        <source>Select two records of the same business; the first keeps its name and gets every case</source>
        <translation>选择同一经营者的两条记录；案件较多的一条保留名称并接收全部案件</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="39"/>
        <source>Network Agreement...</source>
        <translation>联网协议...</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="43"/>
        <source>The complaint-network agreement (投诉联网) with the selected business: while it runs, the business is a networked enterprise</source>
        <translation>与所选经营者的投诉联网协议：协议有效期间，该经营者为投诉联网企业</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="174"/>
        <source>The agreement with %1 was saved.</source>
        <translation>已保存与%1的协议。</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="40"/>
        <source>Talks...</source>
        <translation>约谈...</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="42"/>
        <source>Talks (约谈) with the business: what it promised and whether it kept it</source>
        <translation>对该经营者的约谈：承诺事项及履行情况</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="70"/>
        <source>The businesses could not be loaded: %1</source>
        <translation>无法读取经营者列表：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/businesses/businesses_dialog.cpp" line="84"/>
        <source>Yes, %n case(s) with it now</source>
        <translation>
            <numerusform>是，%n 件正在企业处理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="85"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="133"/>
        <source>Select exactly two records of the same business.</source>
        <translation>请选择同一经营者的两条记录。</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="145"/>
        <source>Merge Businesses</source>
        <translation>合并经营者</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="146"/>
        <source>&quot;%2&quot; has the same credit code as &quot;%1&quot;.</source>
        <translation>“%2”与“%1”的统一社会信用代码相同。</translation>
    </message>
    <message>
        <location filename="../ui/businesses/businesses_dialog.cpp" line="147"/>
        <source>Confirm that &quot;%2&quot; is the same business as &quot;%1&quot;.</source>
        <translation>请确认“%2”与“%1”是同一经营者。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/businesses/businesses_dialog.cpp" line="150"/>
        <source>Its %n case(s) will move to &quot;%1&quot;. Reason (optional):</source>
        <translation>
            <numerusform>其 %n 件案件将转到“%1”名下。原因（可不填）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/businesses/businesses_dialog.cpp" line="161"/>
        <source>Merged &quot;%1&quot; into &quot;%2&quot;: %n case(s) moved.</source>
        <translation>
            <numerusform>已将“%1”并入“%2”：转移案件 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::CalendarSettingsPage</name>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="28"/>
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="28"/>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="109"/>
        <source>Day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="38"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="38"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="38"/>
        <source>Working?</source>
        <translation>上班/休息</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="46"/>
        <source>Why, e.g. 区政府调休</source>
        <translation>原因，如“区政府调休”</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="48"/>
        <source>Import a Year&apos;s Notice...</source>
        <translation>导入年度节假日通知…</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="49"/>
        <source>Set This Day</source>
        <translation>设置该日</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="50"/>
        <source>Clear My Setting</source>
        <translation>取消手动设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="52"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="74"/>
        <source>Import a Year&apos;s Notice</source>
        <translation>导入年度节假日通知</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="75"/>
        <source>Holiday schedules (*.json)</source>
        <translation>节假日安排 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="95"/>
        <source>The calendar could not be loaded: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="99"/>
        <source>The published schedule of %1 is known.</source>
        <translation>已有 %1 年的节假日安排。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="100"/>
        <source>No schedule for %1 yet: only weekends are days off. Import the notice when it is published.</source>
        <translation>尚无 %1 年的节假日安排，目前只按周末休息计算。通知发布后请导入。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="109"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="131"/>
        <source>Imported the schedule of %1: %2 days off, %3 make-up working days.</source>
        <translation>已导入 %1 年节假日安排：休息 %2 天，调休上班 %3 天。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="142"/>
        <source>%1 is now a working day.</source>
        <translation>%1 已设为上班日。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="143"/>
        <source>%1 is now a day off.</source>
        <translation>%1 已设为休息日。</translation>
    </message>
    <message>
        <location filename="../ui/settings/calendar_settings_page.cpp" line="152"/>
        <source>%1 follows the published schedule again.</source>
        <translation>%1 已恢复按公布的安排执行。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseActionsBar</name>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="13"/>
        <source>Reopen for a decision</source>
        <translation>重新打开，再作决定</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="14"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="15"/>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="16"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="17"/>
        <source>Forward to enterprise</source>
        <translation>转联网企业处理</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="18"/>
        <source>Start mediation</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="19"/>
        <source>Agreement reached</source>
        <translation>达成调解协议</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="20"/>
        <source>Terminate mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../ui/case_actions_bar.cpp" line="21"/>
        <source>Close case</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailView</name>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="37"/>
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="52"/>
        <source>shown in full; recorded</source>
        <translation>已显示完整信息，已留痕</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="55"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="70"/>
        <source>done late, on %1</source>
        <translation>已于 %1 完成（逾期）</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="71"/>
        <source>done on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="73"/>
        <source>clock stopped for appraisal or testing</source>
        <translation>鉴定/检测中，暂停计时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="75"/>
        <source>overdue by %n hour(s)</source>
        <translation>
            <numerusform>已超时 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="76"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="78"/>
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="79"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/case_detail_view.cpp" line="79"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="101"/>
        <source>Minor (under %1): sensitive personal data</source>
        <translation>未满%1周岁未成年人：敏感个人信息</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="105"/>
        <source>Transferred by liaison point %1: handle first, answer the point</source>
        <translation>联络点转交件（%1）：请优先办理，并答复联络点</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="109"/>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="119"/>
        <source>(no holiday schedule for that year yet)</source>
        <translation>（该年度节假日安排尚未公布）</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="126"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="127"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="128"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="129"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="131"/>
        <location filename="../ui/case_detail_view.cpp" line="137"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="134"/>
        <source>Business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="135"/>
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="136"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="138"/>
        <source>District / street</source>
        <translation>所在区/街道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="141"/>
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="142"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="143"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="144"/>
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="146"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="147"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="148"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="149"/>
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="150"/>
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="152"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="155"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="156"/>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseEditDialog</name>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="33"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="79"/>
        <source>Correct Case %1</source>
        <translation>更正案件 %1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="83"/>
        <source>The categories could not be loaded: %1</source>
        <translation>无法读取投诉类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="87"/>
        <source>The liaison points could not be loaded: %1</source>
        <translation>无法读取联络点列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="94"/>
        <source>Use Assign in the case pane to give the case to someone else.</source>
        <translation>如需改由他人承办，请在案件面板中点击“分派”。</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="100"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="101"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="102"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="109"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/case_edit_dialog.cpp" line="110"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseEvidenceView</name>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="28"/>
        <source>Attach Files...</source>
        <translation>上传证据…</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="29"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="29"/>
        <source>Save a Copy...</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>Added</source>
        <translation>上传时间</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>By</source>
        <translation>上传人</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="40"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="121"/>
        <source>The evidence files could not be loaded: %1</source>
        <translation>无法读取证据材料：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="131"/>
        <source>Choose who you are (File &gt; Switch User) to attach files.</source>
        <translation>请先选择您的身份（文件 &gt; 切换用户），再上传证据。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="163"/>
        <source>This picture cannot be shown here; open it instead.</source>
        <translation>此处无法显示该图片，请点击“打开”查看。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="192"/>
        <source>Attach Files</source>
        <translation>上传证据</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="193"/>
        <source>Receipts, contracts, photos and screenshots (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.pdf *.txt *.doc *.docx *.xls *.xlsx *.mp3 *.m4a *.amr *.mp4);;All files (*)</source>
        <translation>票据、合同、照片和截图 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.pdf *.txt *.doc *.docx *.xls *.xlsx *.mp3 *.m4a *.amr *.mp4);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="221"/>
        <source>%1 could not be written to a temporary folder: %2</source>
        <translation>无法将 %1 写入临时文件夹：%2</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="226"/>
        <source>No program on this computer opens %1. Save a copy and open it from there.</source>
        <translation>本机没有可打开 %1 的程序，请另存副本后再打开。</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="240"/>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../ui/case_evidence_view.cpp" line="245"/>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseHistoryView</name>
    <message>
        <location filename="../ui/case_history_view.cpp" line="24"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/case_history_view.cpp" line="25"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseMediationView</name>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="104"/>
        <source>Book Session...</source>
        <translation>安排调解...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="105"/>
        <source>Open Session...</source>
        <translation>打开调解记录...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="107"/>
        <source>Draft...</source>
        <translation>起草...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="108"/>
        <source>Record Signing...</source>
        <translation>登记签订...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="109"/>
        <source>Performance...</source>
        <translation>履行情况...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="110"/>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="119"/>
        <source>Print Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="111"/>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="120"/>
        <source>Save PDF...</source>
        <translation>保存 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="113"/>
        <source>Terminate...</source>
        <translation>终止调解...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="114"/>
        <source>Parties Told...</source>
        <translation>登记告知...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="116"/>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="357"/>
        <source>Refer to Court...</source>
        <translation>移送法院...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="117"/>
        <source>Add Hearing...</source>
        <translation>添加开庭...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="118"/>
        <source>Close Case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="124"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="124"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="124"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="124"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="144"/>
        <source>The parties may jointly apply to a court for judicial confirmation (司法确认) within 30 days of signing.</source>
        <translation>双方当事人可以自协议生效之日起 30 日内共同向人民法院申请司法确认。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="154"/>
        <source>Sessions</source>
        <translation>调解场次</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="155"/>
        <source>Mediation Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="157"/>
        <source>Termination</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="158"/>
        <source>Court Referral</source>
        <translation>诉调对接</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="263"/>
        <source>Draft, last saved %1 by %2.</source>
        <translation>草稿，最后由 %2 于 %1 保存。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="267"/>
        <source>Before signing: %1</source>
        <translation>签订前：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="269"/>
        <source>Signed on %1; to be carried out by %2 (¥%3).</source>
        <translation>已于 %1 签订；履行期限 %2（¥%3）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mediation/case_mediation_view.cpp" line="275"/>
        <source>Judicial confirmation: the parties may apply until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>司法确认：双方可在 %1 前申请（还剩 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="277"/>
        <source>Judicial confirmation: the 30 days ended on %1.</source>
        <translation>司法确认：30 日期限已于 %1 届满。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="279"/>
        <source>Performance: %1</source>
        <translation>履行情况：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="282"/>
        <source> (checked %1, ¥%2 recovered)</source>
        <translation>（%1 核实，挽回 ¥%2）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="284"/>
        <source>Overdue: the terms were due by %1 and are not recorded as performed.</source>
        <translation>已逾期：协议约定于 %1 前履行，尚未登记为已履行。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="296"/>
        <source>No agreement yet.</source>
        <translation>尚无调解协议。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="305"/>
        <source>Terminated on %1: %2.</source>
        <translation>已于 %1 终止调解：%2。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="310"/>
        <source>Parties told on %1 (%2).</source>
        <translation>已于 %1 告知双方（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="312"/>
        <source>The parties had to be told by %1 (7 working days); no notice is recorded.</source>
        <translation>应于 %1 前告知双方（7 个工作日），尚未登记告知。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="318"/>
        <source>Tell the parties by %1 (7 working days).</source>
        <translation>请于 %1 前告知双方（7 个工作日）。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="322"/>
        <source>Mediation was not terminated.</source>
        <translation>未终止调解。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="331"/>
        <source>Referred to %1 on %2 (consent %3).</source>
        <translation>已于 %2 移送%1（消费者 %3 同意）。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="335"/>
        <source>Court case number: %1</source>
        <translation>法院案号：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="338"/>
        <source>Hearing: %1 %2</source>
        <translation>开庭：%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="339"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="341"/>
        <source> on %1; awarded ¥%2, recovered ¥%3</source>
        <translation>，%1 作出；判决 ¥%2，挽回 ¥%3</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="345"/>
        <source>Volunteer lawyer: %1</source>
        <translation>律师志愿者：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="348"/>
        <source>Update Referral...</source>
        <translation>更新移送信息...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="355"/>
        <source>Not referred to a court.</source>
        <translation>未移送法院。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="375"/>
        <source>Session booked for %1.</source>
        <translation>已安排 %1 的调解。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="385"/>
        <source>Session saved.</source>
        <translation>调解记录已保存。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="399"/>
        <source>Agreement of %1 saved as a draft.</source>
        <translation>%1 的调解协议已保存为草稿。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="405"/>
        <source>Agreement Signed</source>
        <translation>调解协议签订</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="408"/>
        <source>Both parties signed (or sealed, or put their fingerprint on) the agreement, and the mediator signed it. The case becomes &quot;agreement reached&quot;.</source>
        <translation>双方当事人已在协议上签名（盖章或按指印），调解员已签名。案件将变为“达成协议”。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="411"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="417"/>
        <source>Agreement signed on %1.</source>
        <translation>调解协议已于 %1 签订。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="427"/>
        <source>Performance of the Agreement</source>
        <translation>协议履行情况</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="435"/>
        <source>Carried out?</source>
        <translation>是否履行？</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="436"/>
        <source>Checked on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="437"/>
        <source>Money recovered (¥)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="445"/>
        <source>Write the money recovered in yuan, such as 2400 or 2,400.50.</source>
        <translation>挽回金额请以元填写，如 2400 或 2,400.50。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="453"/>
        <source>Performance recorded: %1, ¥%2 recovered.</source>
        <translation>已登记履行情况：%1，挽回 ¥%2。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="459"/>
        <source>Parties Told of the Termination</source>
        <translation>已告知双方终止调解</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="462"/>
        <source>Phone, SMS, letter, in person...</source>
        <translation>电话、短信、信函、当面……</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="464"/>
        <source>Told on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="465"/>
        <source>How</source>
        <translation>告知方式</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="471"/>
        <source>Notice of the termination recorded.</source>
        <translation>已登记终止调解的告知。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="488"/>
        <source>Court referral saved.</source>
        <translation>移送信息已保存。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="494"/>
        <source>Hearing</source>
        <translation>开庭</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="500"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="501"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="507"/>
        <source>Hearing added.</source>
        <translation>已添加开庭时间。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="515"/>
        <source>%1 is now: %2</source>
        <translation>%1 当前为：%2</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="541"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="541"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mediation/case_mediation_view.cpp" line="548"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePane</name>
    <message>
        <location filename="../ui/case_pane.cpp" line="35"/>
        <source>Correct...</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="36"/>
        <source>Assign...</source>
        <translation>分派…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="46"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="47"/>
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="48"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="50"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="51"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="49"/>
        <source>Card</source>
        <comment>the case&apos;s prepaid card tab</comment>
        <translation>预付卡</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="37"/>
        <source>Letters...</source>
        <translation>文书...</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="38"/>
        <source>Enterprise&apos;s Answer...</source>
        <translation>企业反馈...</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="39"/>
        <source>First Contact...</source>
        <translation>首次联系...</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="52"/>
        <source>Recovered</source>
        <comment>the case&apos;s money recovered tab</comment>
        <translation>挽回经济损失</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="62"/>
        <source>Saved the prepaid card details.</source>
        <translation>已保存预付卡信息。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="67"/>
        <source>Correct the registration details; every change is kept in the history</source>
        <translation>更正登记信息；每项修改都会记入修改记录</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="73"/>
        <source>Record the first call, SMS or visit to the complainant (due within 24 hours of receipt)</source>
        <translation>登记首次电话、短信或当面联系投诉人（应在收到投诉后24小时内）</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="74"/>
        <source>The networked enterprise settled the forwarded complaint, or did not</source>
        <translation>登记转办的联网企业是否已与投诉人和解</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="75"/>
        <source>Letters to the complainant or the business and the case&apos;s records: print them, record them as sent</source>
        <translation>发给投诉人或经营者的文书以及案件笔录、记录：打印并登记发出</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="140"/>
        <location filename="../ui/case_pane.cpp" line="198"/>
        <source>Stop Clock...</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="142"/>
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="166"/>
        <source>the deadlines (%1)</source>
        <translation>办理时限（%1）</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="171"/>
        <source>the timeline and history (%1)</source>
        <translation>办理经过和修改记录（%1）</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="178"/>
        <source>the clock pauses (%1)</source>
        <translation>计时中止记录（%1）</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="180"/>
        <source>Part of case %1 could not be loaded: %2.</source>
        <translation>案件 %1 的部分内容无法读取：%2。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="180"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="198"/>
        <source>Restart Clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="199"/>
        <source>The deadline clock stops while goods are appraised or tested (鉴定/检测).</source>
        <translation>商品送鉴定或检测期间，办理时限暂停计算。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="201"/>
        <source>Sign in (File &gt; Sign In as Another User) to work on cases.</source>
        <translation>请登录（文件 &gt; 以其他用户登录）后办理案件。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="204"/>
        <source>Your role (%1) has nothing to do at this step.</source>
        <translation>此环节没有您的角色（%1）可办理的事项。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="212"/>
        <source>%1 is now: %2</source>
        <translation>%1 已转为：%2</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="244"/>
        <source>%1 is now with %2.</source>
        <translation>%1 已分派给 %2。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="254"/>
        <source>The clock is stopped: %1</source>
        <translation>已暂停计时：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="264"/>
        <source>The clock runs again.</source>
        <translation>已恢复计时。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="284"/>
        <source>The history could not be loaded: %1</source>
        <translation>无法读取修改记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="299"/>
        <source>The caseworkers could not be loaded: %1</source>
        <translation>无法读取承办人列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="303"/>
        <source>Assign</source>
        <translation>分派案件</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="303"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="319"/>
        <source>%1 was corrected.</source>
        <translation>案件 %1 已更正。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="342"/>
        <source>The enterprise&apos;s answer on %1 was recorded.</source>
        <translation>已登记企业对 %1 的反馈。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="352"/>
        <source>The first contact on %1 was recorded.</source>
        <translation>已登记案件 %1 的首次联系。</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="362"/>
        <source>Stop Clock</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../ui/case_pane.cpp" line="362"/>
        <source>What is appraised or tested?</source>
        <translation>送鉴定或检测的是什么？</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePrepaidTab</name>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="17"/>
        <source>Save Card Details</source>
        <translation>保存预付卡信息</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="17"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="55"/>
        <source>This complaint concerns a prepaid card.</source>
        <translation>本投诉涉及预付卡。</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="56"/>
        <source>No prepaid card is recorded for this complaint. Fill in the fields and save if it concerns one.</source>
        <translation>本投诉尚未登记预付卡信息。如涉及预付卡，请填写后保存。</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="84"/>
        <source>Prepaid card</source>
        <translation>预付卡</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/case_prepaid_tab.cpp" line="84"/>
        <source>Remove the card details from this complaint?</source>
        <translation>删除本投诉的预付卡信息？</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseRecoveredTab</name>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="32"/>
        <source>Record Money Recovered...</source>
        <translation>登记挽回金额...</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="32"/>
        <source>Take Back</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <location filename="../ui/case_recovered_tab.cpp" line="159"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <source>Same money as</source>
        <translation>与之为同一笔钱</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="37"/>
        <location filename="../ui/case_recovered_tab.cpp" line="162"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="47"/>
        <source>An enterprise&apos;s settlement or money paid on site; agreements, court outcomes, payouts and group outcomes record their own money</source>
        <translation>企业自行和解或现场退赔的款项；调解协议、法院结果、先行赔付和群体投诉处理结果由各自的记录登记</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="97"/>
        <source>The money recovered could not be read: %1</source>
        <translation>无法读取挽回经济损失：%1</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="102"/>
        <source>Money recovered: ¥%1 (amount involved ¥%2)</source>
        <translation>挽回经济损失：¥%1（涉及金额 ¥%2）</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="111"/>
        <source>%1, ¥%2</source>
        <translation>%1，¥%2</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="142"/>
        <source>Recorded ¥%1 recovered through %2.</source>
        <translation>已登记经%2挽回 ¥%1。</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="149"/>
        <source>Record Money Recovered</source>
        <translation>登记挽回金额</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="160"/>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="161"/>
        <source>Recovered on</source>
        <translation>挽回日期</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="171"/>
        <source>Write the amount in yuan, such as 2400 or 2,400.50.</source>
        <translation>请以元为单位填写金额，如 2400 或 2,400.50。</translation>
    </message>
    <message>
        <location filename="../ui/case_recovered_tab.cpp" line="189"/>
        <source>Took back ¥%1 (%2).</source>
        <translation>已撤销 ¥%1（%2）。</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseTableModel</name>
    <message>
        <location filename="../ui/case_table_model.cpp" line="95"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="96"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="97"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="98"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="99"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="100"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="101"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="102"/>
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="103"/>
        <source>Amount (¥)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/case_table_model.cpp" line="104"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseTimelineView</name>
    <message>
        <location filename="../ui/case_timeline_view.cpp" line="24"/>
        <source>Ground: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="191"/>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="193"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="194"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="195"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="196"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="210"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>casedesk::CouncilSettingsPage</name>
    <message>
        <location filename="../ui/settings/council_settings_page.cpp" line="28"/>
        <source>The council&apos;s name could not be loaded: %1</source>
        <translation>无法读取本会名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/council_settings_page.cpp" line="29"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/settings/council_settings_page.cpp" line="57"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../ui/settings/council_settings_page.cpp" line="33"/>
        <source>Printed on mediation agreements and referral letters, e.g. 上海市长宁区消费者权益保护委员会.</source>
        <translation>打印在调解协议书和诉调对接移送函上，如 上海市长宁区消费者权益保护委员会。</translation>
    </message>
    <message>
        <location filename="../ui/settings/council_settings_page.cpp" line="39"/>
        <source>Council name</source>
        <translation>消保委名称</translation>
    </message>
</context>
<context>
    <name>casedesk::DashboardTile</name>
    <message>
        <location filename="../ui/dashboard/dashboard_tiles.cpp" line="45"/>
        <source>%1Year on year %2</source>
        <translation>%1同比 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_tiles.cpp" line="47"/>
        <source>%1: %2
Year on year (against %3): %4
Period on period: %5</source>
        <translation>%1：%2
同比（与%3相比）：%4
环比：%5</translation>
    </message>
</context>
<context>
    <name>casedesk::DashboardWindow</name>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="79"/>
        <source>Complaints received in the period, including those refused or returned.</source>
        <translation>本期收到的投诉，含不予受理和退回的投诉。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="81"/>
        <source>Of the complaints received in the period, those the council accepted (not refused, returned or still waiting for the decision).</source>
        <translation>本期收到的投诉中本会受理的投诉（不含不予受理、退回及尚待决定是否受理的投诉）。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="84"/>
        <source>Complaint resolution rate: complaints resolved ÷ complaints accepted, as the China Consumers Association&apos;s published figures count it. It can pass 100% when older cases are closed.</source>
        <translation>投诉解决率＝解决件数÷受理件数，与中国消费者协会公布数据的口径一致。办结以前受理的案件较多时可超过100%。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="91"/>
        <source>Resolution rate of closed cases: complaints resolved ÷ cases closed in the period.</source>
        <translation>办结解决率＝解决件数÷本期办结件数。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="102"/>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="505"/>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="526"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="115"/>
        <source>Headline figures</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="87"/>
        <source>24-hour response rate: of the complaints received in the period whose complainant has been answered (a first contact recorded, or the decision), those answered within the first-contact limit of the rules (24 hours unless a rule set says otherwise).</source>
        <translation>24小时响应率：本期收到的投诉中，已答复投诉人（登记了首次联系，或已作出受理决定）的，在规则规定的首次联系时限内（除规则另有规定外为24小时）答复的比例。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="112"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="117"/>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="119"/>
        <source>Excel Workbook, Every Table...</source>
        <translation>Excel 工作簿（全部表格）...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="122"/>
        <source>Report...</source>
        <translation>统计报告...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="124"/>
        <source>Print preview of the period&apos;s report; save it as PDF from there</source>
        <translation>预览本期统计报告，可在预览中打印</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="127"/>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="142"/>
        <source>Save PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="136"/>
        <source>Enterprise Notice</source>
        <translation>联网企业通报</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="137"/>
        <source>The quarterly notice on the networked enterprises (季度通报) for the quarter shown, or the quarter the shown period ends in</source>
        <translation>所示季度（或所示期间结束时所在季度）的投诉联网企业季度通报</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="141"/>
        <source>Print Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="143"/>
        <source>Save Excel Workbook...</source>
        <translation>保存 Excel 工作簿...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="150"/>
        <source>Liaison Points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="151"/>
        <source>The liaison points (联络点) of the quarter or year shown: charts by type and by street, and the quarterly or annual report</source>
        <translation>所示季度或年度的联络点：按类型、按街道的图表，以及季度或年度工作报告</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="155"/>
        <source>Charts by Type and Street...</source>
        <translation>按类型和街道的图表...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="171"/>
        <source>Report Print Preview...</source>
        <translation>报告打印预览...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="172"/>
        <source>Save Report PDF...</source>
        <translation>报告另存为 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="173"/>
        <source>Save Report Excel Workbook...</source>
        <translation>报告另存为 Excel 工作簿...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="175"/>
        <source>Save Report CSV Files...</source>
        <translation>报告另存为 CSV 文件...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="211"/>
        <source>&lt;b&gt;Early warnings&lt;/b&gt;&lt;br&gt;Sudden runs of complaints against one business will be listed here.</source>
        <translation>&lt;b&gt;风险预警&lt;/b&gt;&lt;br&gt;某一经营者短期内投诉激增时，将在此列出。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="232"/>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="235"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="236"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="237"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="264"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="276"/>
        <source>All districts</source>
        <translation>全部区</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="284"/>
        <source>The districts could not be loaded: %1</source>
        <translation>无法读取区列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="287"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="292"/>
        <source>The categories could not be loaded: %1</source>
        <translation>无法读取投诉类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="294"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="297"/>
        <source>All caseworkers</source>
        <translation>全部承办人</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="304"/>
        <source>The caseworkers could not be loaded: %1</source>
        <translation>无法读取承办人列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="426"/>
        <source>Resolution, satisfaction and on-time rates, %1</source>
        <translation>%1年投诉解决率、办结解决率、满意率和按时办结率</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="427"/>
        <source>Complaints by category, %1</source>
        <translation>%1各类别投诉量</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="428"/>
        <source>Complaints by channel, %1</source>
        <translation>%1各来源渠道占比</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="430"/>
        <source>Businesses with the most complaints, %1</source>
        <translation>%1被投诉较多的经营者</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="506"/>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="526"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="512"/>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="532"/>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="545"/>
        <source>Export Excel Workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/dashboard_window.cpp" line="547"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>casedesk::DirectoryDialog</name>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="90"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="182"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="223"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="90"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="183"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="224"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="184"/>
        <source>Office</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="185"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="186"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="88"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="90"/>
        <source>Active</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="90"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="225"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="94"/>
        <source>Mediators and Courts</source>
        <translation>调解员与法院</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="95"/>
        <source>Add Mediator...</source>
        <translation>添加调解员...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="96"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="98"/>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="97"/>
        <source>Add Court...</source>
        <translation>添加法院...</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="106"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="107"/>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="126"/>
        <source>The mediators could not be loaded: %1</source>
        <translation>无法读取调解员名录：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="132"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="146"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="132"/>
        <location filename="../ui/mediation/directory_dialog.cpp" line="146"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="139"/>
        <source>The courts could not be loaded: %1</source>
        <translation>无法读取法院名录：%1</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="169"/>
        <source>Edit Mediator</source>
        <translation>编辑调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="169"/>
        <source>Add Mediator</source>
        <translation>添加调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="176"/>
        <source>e.g. 汽车专业委员会, a law firm</source>
        <translation>如 汽车专业委员会、某律师事务所</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="179"/>
        <source>Can be booked</source>
        <translation>可安排调解</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="213"/>
        <source>Edit Court</source>
        <translation>编辑法院</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="213"/>
        <source>Add Court</source>
        <translation>添加法院</translation>
    </message>
    <message>
        <location filename="../ui/mediation/directory_dialog.cpp" line="220"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>casedesk::DisputeViews</name>
    <message>
        <location filename="../ui/groups/dispute_views.cpp" line="20"/>
        <source>&amp;Businesses...</source>
        <translation>经营者(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../ui/groups/dispute_views.cpp" line="22"/>
        <source>&amp;Group Cases...</source>
        <translation>群体投诉(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/groups/dispute_views.cpp" line="24"/>
        <source>Early &amp;Warnings...</source>
        <translation>风险预警(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/groups/dispute_views.cpp" line="26"/>
        <source>First-Compensation F&amp;unds...</source>
        <translation>先行赔付金(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../ui/groups/dispute_views.cpp" line="91"/>
        <source>Made a group case.</source>
        <translation>已建立群体投诉。</translation>
    </message>
</context>
<context>
    <name>casedesk::DueListDialog</name>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="24"/>
        <source>Only my cases</source>
        <translation>只看我的案件</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="28"/>
        <source>Due Soon and Overdue</source>
        <translation>即将到期与已逾期</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="31"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="36"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="36"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="36"/>
        <location filename="../ui/due_list_dialog.cpp" line="162"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="36"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="37"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="37"/>
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="37"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="59"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="60"/>
        <source>Export Excel...</source>
        <translation>导出 Excel...</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="63"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="63"/>
        <source>due.xlsx</source>
        <translation>到期事项.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="64"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="70"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="73"/>
        <source>Due within</source>
        <translation>到期范围</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="163"/>
        <source>Due within %n working day(s) or overdue, as of %1</source>
        <translation>
            <numerusform>%n 个工作日内到期或已逾期（截至 %1）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="199"/>
        <source>The %1 most urgent are shown.</source>
        <translation>此处列出最紧急的 %1 项。</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="200"/>
        <source>Show all %1</source>
        <translation>显示全部 %1 项</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="179"/>
        <source>The deadlines could not be loaded: %1</source>
        <translation>无法计算办理时限：%1</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="134"/>
        <source>clock stopped</source>
        <translation>暂停计时中</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="136"/>
        <source>%n hour(s) late</source>
        <translation>
            <numerusform>已超时 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="137"/>
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="141"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="141"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="143"/>
        <source>%n working day(s) late</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="139"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="105"/>
        <source>Reading the deadlines...</source>
        <translation>正在读取期限……</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/due_list_dialog.cpp" line="144"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/due_list_dialog.cpp" line="196"/>
        <source>%1 deadline(s) to watch, %2 of them overdue.</source>
        <translation>共 %1 项时限需关注，其中 %2 项已逾期。</translation>
    </message>
</context>
<context>
    <name>casedesk::EnterpriseAgreementDialog</name>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="20"/>
        <source>Takes part in online dispute resolution (ODR)</source>
        <translation>参加在线消费纠纷解决（ODR）</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="21"/>
        <source>The agreement has ended</source>
        <translation>协议已终止</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="24"/>
        <source>Complaint-Network Agreement with %1</source>
        <translation>与%1的投诉联网协议</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="25"/>
        <source>A phone, an address or a web page</source>
        <translation>电话、地址或网址</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="30"/>
        <source>The agreement could not be loaded: %1</source>
        <translation>未能读取协议：%1</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="43"/>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="44"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="45"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="46"/>
        <source>Complaint desk</source>
        <translation>投诉受理渠道</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="49"/>
        <source>Ended on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_agreement_dialog.cpp" line="50"/>
        <source>Cases with the enterprise now (forwarded, not answered): %1</source>
        <translation>正在由企业处理的案件（已转办、尚未反馈）：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::EnterpriseAnswerDialog</name>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="22"/>
        <source>Settled by the enterprise (先行和解)</source>
        <translation>企业已先行和解</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="23"/>
        <source>Not settled: the case comes back to the council</source>
        <translation>未能和解：案件退回本会处理</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="28"/>
        <source>Enterprise&apos;s Answer on %1</source>
        <translation>企业对 %1 的反馈</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="30"/>
        <source>e.g. 1200 (yuan)</source>
        <translation>如 1200（元）</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="39"/>
        <source>What was settled, or why not</source>
        <translation>和解内容或未能和解的原因</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="40"/>
        <source>Money paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="41"/>
        <source>Answered on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <location filename="../ui/enterprises/enterprise_answer_dialog.cpp" line="64"/>
        <source>Write the money paid in yuan, e.g. 1200 or 1,200.50.</source>
        <translation>请以元为单位填写支付金额，如 1200 或 1,200.50。</translation>
    </message>
</context>
<context>
    <name>casedesk::FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.cpp" line="23"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="35"/>
        <source>My cases</source>
        <translation>我的案件</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="36"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="47"/>
        <source>Only the cases the dashboard&apos;s chart counted. Click to show every district and caseworker.</source>
        <translation>仅显示统计图中计入的案件。点击后显示所有区、所有承办人的案件。</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="51"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="54"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="59"/>
        <source>Search number, name, phone, business, text</source>
        <translation>搜索编号、姓名、电话、经营者、内容</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="60"/>
        <source>Finds any part of the case number, complainant, phone, business, demand or facts</source>
        <translation>可按案件编号、投诉人、电话、经营者、诉求或事实中的任意片段查找</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="113"/>
        <source>District: %1</source>
        <translation>所在区：%1</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="115"/>
        <source>Caseworker: %1</source>
        <translation>承办人：%1</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="116"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="135"/>
        <source>Choose who you are first (File &gt; Switch User)</source>
        <translation>请先选择您的身份（文件 &gt; 切换用户）</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="136"/>
        <source>Only cases assigned to %1</source>
        <translation>只看分派给 %1 的案件</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="75"/>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="78"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="125"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>casedesk::FirstAdministratorDialog</name>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="146"/>
        <source>Set Up the Administrator</source>
        <translation>设置管理员</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="149"/>
        <source>Nobody can sign in to this database yet. Choose the administrator who will add the caseworkers and supervisors. The password needs at least %1 characters.</source>
        <translation>该数据库还没有人能登录。请设定一位管理员，由其添加承办人和科长。密码至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="155"/>
        <source>Administrator&apos;s name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="156"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="157"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="159"/>
        <source>Create Administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="174"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>casedesk::FirstContactDialog</name>
    <message>
        <location filename="../ui/first_contact_dialog.cpp" line="22"/>
        <source>First Contact on %1</source>
        <translation>首次联系：%1</translation>
    </message>
    <message>
        <location filename="../ui/first_contact_dialog.cpp" line="29"/>
        <source>e.g. told the complainant the case is being handled</source>
        <translation>如：已告知投诉人正在处理</translation>
    </message>
    <message>
        <location filename="../ui/first_contact_dialog.cpp" line="31"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/first_contact_dialog.cpp" line="32"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/first_contact_dialog.cpp" line="33"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>casedesk::FollowUpDialog</name>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="25"/>
        <source>Consumer reached</source>
        <translation>已联系上消费者</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="27"/>
        <source>For the monthly spot check</source>
        <translation>属于每月抽查测评</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="30"/>
        <source>Follow-up Visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="38"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="39"/>
        <source> / 5</source>
        <translation> / 5 分</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="41"/>
        <source>What the consumer said</source>
        <translation>消费者的反馈</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="46"/>
        <source>Earlier visits</source>
        <translation>以往回访</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="47"/>
        <source>When</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="49"/>
        <source>Result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="50"/>
        <source>Caseworker&apos;s attitude</source>
        <translation>承办人工作态度</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="51"/>
        <source>Comment</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="73"/>
        <source>The earlier visits could not be loaded: %1</source>
        <translation>无法读取以往回访记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="77"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="80"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location filename="../ui/followup/follow_up_dialog.cpp" line="82"/>
        <source>  attitude %1/5</source>
        <translation>  态度评分 %1/5</translation>
    </message>
</context>
<context>
    <name>casedesk::FundsDialog</name>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="56"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="66"/>
        <source>Fund</source>
        <translation>赔付金</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="66"/>
        <source>Held by</source>
        <translation>设立单位</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="66"/>
        <source>Balance (¥)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="66"/>
        <source>Paid out (¥)</source>
        <translation>已赔付（元）</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="66"/>
        <source>Payouts</source>
        <translation>赔付笔数</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="68"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="68"/>
        <source>Entry</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="68"/>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="68"/>
        <source>Balance after (¥)</source>
        <translation>结余（元）</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="68"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="69"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="69"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="74"/>
        <source>First-Compensation Funds</source>
        <translation>先行赔付金</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="86"/>
        <source>New Fund...</source>
        <translation>新建赔付金...</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="87"/>
        <source>Top Up...</source>
        <translation>续存...</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="88"/>
        <source>Pay Out to a Case...</source>
        <translation>向案件赔付...</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="109"/>
        <source>The funds could not be loaded: %1</source>
        <translation>无法读取先行赔付基金列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="141"/>
        <source>No fund yet: a mall or market&apos;s fund is added with New Fund.</source>
        <translation>尚无赔付金。商场或市场设立的先行赔付金可通过“新建赔付金”添加。</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="147"/>
        <source>The fund&apos;s statement could not be loaded: %1</source>
        <translation>无法读取基金收支明细：%1</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="151"/>
        <source>Statement of %1: balance ¥%2</source>
        <translation>%1 明细：余额 ¥%2</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="157"/>
        <source>Payout</source>
        <translation>赔付</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="157"/>
        <source>Top-up</source>
        <translation>续存</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="169"/>
        <location filename="../ui/funds/funds_dialog.cpp" line="172"/>
        <source>New Fund</source>
        <translation>新建赔付金</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="169"/>
        <source>Name of the fund:</source>
        <translation>赔付金名称：</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="172"/>
        <source>Held by (mall or market):</source>
        <translation>设立单位（商场或市场）：</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="187"/>
        <source>Top Up</source>
        <translation>续存</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="187"/>
        <source>Amount paid into the fund (¥):</source>
        <translation>存入金额（元）：</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="203"/>
        <location filename="../ui/funds/funds_dialog.cpp" line="212"/>
        <source>Pay Out</source>
        <translation>赔付</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="203"/>
        <source>Case number of the consumer paid:</source>
        <translation>获赔消费者的案件编号：</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="212"/>
        <source>Amount paid to %1 (¥):</source>
        <translation>向 %1 赔付的金额（元）：</translation>
    </message>
    <message>
        <location filename="../ui/funds/funds_dialog.cpp" line="224"/>
        <source>Paid ¥%1 to case %2 from the fund.</source>
        <translation>已从赔付金向案件 %2 赔付 ¥%1。</translation>
    </message>
</context>
<context>
    <name>casedesk::GroupViewWidget</name>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="78"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="78"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="78"/>
        <source>Claimant</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="78"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="78"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="79"/>
        <source>Paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="79"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="79"/>
        <source>Claim</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="79"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="79"/>
        <source>Outcome</source>
        <translation>结果金额</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="80"/>
        <source>Representative</source>
        <translation>代表性案件</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="90"/>
        <source>Add Cases...</source>
        <translation>添加案件...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="91"/>
        <source>Remove Selected</source>
        <translation>移出所选</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="92"/>
        <source>Mark Representative</source>
        <translation>设为/取消代表性案件</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="93"/>
        <source>Assign All...</source>
        <translation>全部分派...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="94"/>
        <source>Move All...</source>
        <translation>全部变更状态...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="95"/>
        <source>Record Outcome...</source>
        <translation>登记处理结果...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="96"/>
        <source>Schedule Session...</source>
        <translation>安排调解...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="97"/>
        <source>Letters to All...</source>
        <translation>批量文书...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="107"/>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="108"/>
        <source>Export Excel...</source>
        <translation>导出 Excel...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="110"/>
        <source>Roster PDF...</source>
        <translation>名册 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="120"/>
        <source>Mark or unmark the selected cases as representative cases heard first</source>
        <translation>将所选案件标记为或取消标记为先行审理的代表性案件</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="121"/>
        <source>Move every member to one status; members already there stay</source>
        <translation>将全部案件变更为同一状态；已处于该状态的不变</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="122"/>
        <source>One outcome for all, e.g. the business refunds 60% of each balance</source>
        <translation>为全体登记同一处理结果，例如经营者退还每人余额的60%</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="123"/>
        <source>One mediation session for every member in mediation</source>
        <translation>为所有处于调解中的成员安排同一场调解</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="124"/>
        <source>The same letter to every member, in one PDF or a folder of PDFs, recorded as sent on each case</source>
        <translation>为每位成员生成同一种文书（合并为一个 PDF 或每人一个 PDF），并在各案件上登记发出</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="150"/>
        <source>No group case selected</source>
        <translation>未选择群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="160"/>
        <source>The group case could not be loaded: %1</source>
        <translation>无法读取该群体案件：%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="166"/>
        <source>Business: %1 · %2 claimants (%3 open) · paid %4 · balance claimed %5 · total claim %6</source>
        <translation>经营者：%1 · 当事人 %2 人（未办结 %3 件）· 支付 %4 · 主张余额 %5 · 主张合计 %6</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="167"/>
        <source>several businesses</source>
        <translation>多个经营者</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="174"/>
        <source>Where they stand: %1</source>
        <translation>办理情况：%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="179"/>
        <source>Representative cases: none chosen yet</source>
        <translation>代表性案件：尚未选定</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="180"/>
        <source>Representative cases: %1</source>
        <translation>代表性案件：%1</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="189"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="423"/>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="425"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="451"/>
        <source>%1 to %2 members recorded as sent; written to %3.</source>
        <translation>已为 %2 位成员登记发出%1；已写入 %3。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="454"/>
        <source>%1 files in %2</source>
        <translation>%2 中的 %1 个文件</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="461"/>
        <source>Letters to All Members</source>
        <translation>为全体成员生成文书</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="471"/>
        <source>One PDF, a letter a page</source>
        <translation>合并为一个 PDF，每份文书另起一页</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="472"/>
        <source>A folder of PDFs, one a member</source>
        <translation>文件夹中每位成员一个 PDF</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="475"/>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="476"/>
        <source>How it was sent</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="477"/>
        <source>Sent on</source>
        <translation>发出日期</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="492"/>
        <source>Letters PDF</source>
        <translation>文书 PDF</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="495"/>
        <source>Folder for the Letters</source>
        <translation>存放文书的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="159"/>
        <source>Group case</source>
        <translation>群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="231"/>
        <source>No member of the group is in mediation; move them into mediation first.</source>
        <translation>本群体案件中没有处于调解中的成员，请先将成员转入调解。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="235"/>
        <source>The group&apos;s claimants and the business</source>
        <translation>群体投诉人及被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="240"/>
        <source>One mediation session was booked for every member in mediation.</source>
        <translation>已为所有处于调解中的成员安排同一场调解。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="248"/>
        <source>Add Cases</source>
        <translation>添加案件</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="248"/>
        <source>Case numbers to add, one per line or separated by spaces or commas:</source>
        <translation>要添加的案件编号，每行一个，或用空格、逗号分隔：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="263"/>
        <source>Added %n case(s) to the group.</source>
        <translation>
            <numerusform>已向群体投诉添加 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="271"/>
        <source>Remove Cases</source>
        <translation>移出案件</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="272"/>
        <source>Take %n case(s) out of the group? The cases themselves stay.</source>
        <translation>
            <numerusform>将 %n 件案件移出群体投诉？案件本身保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="276"/>
        <source>Removed %n case(s) from the group.</source>
        <translation>
            <numerusform>已从群体投诉移出 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="292"/>
        <source>Representative cases updated.</source>
        <translation>代表性案件已更新。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="306"/>
        <source>Assign All</source>
        <translation>全部分派</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="306"/>
        <source>Give every member of the group to:</source>
        <translation>将群体投诉的全部案件分派给：</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="310"/>
        <source>Every member of the group is now with %1.</source>
        <translation>群体投诉的全部案件已分派给 %1。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="324"/>
        <source>Move All</source>
        <translation>全部变更状态</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="324"/>
        <source>Move every member to:</source>
        <translation>将全部案件变更为：</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="332"/>
        <source>Moved the group&apos;s members to %1.</source>
        <translation>已将群体投诉的案件变更为“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="344"/>
        <source>Recorded the outcome: %1 for %n member(s).</source>
        <translation>
            <numerusform>已登记处理结果：%n 人，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="346"/>
        <source>Left out %1: %2.</source>
        <translation>未计入 %1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="354"/>
        <source>Record Outcome for the Whole Group</source>
        <translation>为整个群体投诉登记处理结果</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="363"/>
        <source>e.g. the business refunds 60% of each balance by 30 June</source>
        <translation>例如：经营者于6月30日前退还每人余额的60%</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="364"/>
        <source>The money has been paid (adds to each case&apos;s money recovered)</source>
        <translation>款项已支付（计入每件案件的挽回经济损失）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="373"/>
        <source>%n member(s), %1 in all.</source>
        <translation>
            <numerusform>共 %n 人，合计 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/group_view_widget.cpp" line="375"/>
        <source>%n member(s) left out (see the result).</source>
        <translation>
            <numerusform>%n 人未计入（见登记结果）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="385"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="386"/>
        <source>What was agreed</source>
        <translation>协商结果</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="405"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="419"/>
        <source>Roster PDF</source>
        <translation>名册 PDF</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="415"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="421"/>
        <location filename="../ui/groups/group_view_widget.cpp" line="494"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="417"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/groups/group_view_widget.cpp" line="436"/>
        <source>Wrote %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>casedesk::GroupsDialog</name>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="25"/>
        <source>Group Cases</source>
        <translation>群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="32"/>
        <source>New Group from Cases...</source>
        <translation>用案件新建群体投诉...</translation>
    </message>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="65"/>
        <source>The group cases could not be loaded: %1</source>
        <translation>无法读取群体案件列表：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groups_dialog.cpp" line="69"/>
        <source>%1
%n member(s), %2 open</source>
        <translation>
            <numerusform>%1
%n 件，未办结 %2 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="78"/>
        <location filename="../ui/groups/groups_dialog.cpp" line="83"/>
        <source>New Group Case</source>
        <translation>新建群体投诉</translation>
    </message>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="78"/>
        <source>Name of the group case:</source>
        <translation>群体投诉名称：</translation>
    </message>
    <message>
        <location filename="../ui/groups/groups_dialog.cpp" line="83"/>
        <source>Case numbers, one per line or separated by spaces or commas:</source>
        <translation>案件编号，每行一个，或用空格、逗号分隔：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/groups/groups_dialog.cpp" line="103"/>
        <source>Made a group case of %n case(s).</source>
        <translation>
            <numerusform>已用 %n 件案件建立群体投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ImportDialog</name>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="31"/>
        <source>Register the valid rows; list the others</source>
        <translation>登记有效的行，列出其余行</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="32"/>
        <source>Register nothing unless every row is valid</source>
        <translation>只要有一行无效，就全部不登记</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="33"/>
        <source>Fill in the empty fields of work orders registered before</source>
        <translation>补填此前已登记工单的空白字段</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="34"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="37"/>
        <location filename="../ui/workorders/import_dialog.cpp" line="105"/>
        <location filename="../ui/workorders/import_dialog.cpp" line="158"/>
        <location filename="../ui/workorders/import_dialog.cpp" line="179"/>
        <location filename="../ui/workorders/import_dialog.cpp" line="277"/>
        <source>Import Work Orders</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="38"/>
        <source>12315 platform</source>
        <translation>12315平台</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="39"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="40"/>
        <source>Another table</source>
        <translation>其他表格</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="41"/>
        <source>An Excel workbook (.xlsx) or a CSV file</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="42"/>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="43"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="46"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="53"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="53"/>
        <source>Taken as</source>
        <translation>对应字段</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="57"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="57"/>
        <source>Work-order number</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="57"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="57"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="58"/>
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="58"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="58"/>
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="106"/>
        <source>Work orders (*.xlsx *.csv);;All files (*)</source>
        <translation>工单文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="149"/>
        <source>Choose the file to import.</source>
        <translation>请选择要导入的文件。</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="158"/>
        <location filename="../ui/workorders/import_dialog.cpp" line="179"/>
        <source>Reading the work orders...</source>
        <translation>正在读取工单……</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="214"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="239"/>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="235"/>
        <source>Already registered (%1): its empty fields filled in</source>
        <translation>已登记（%1）：补填空白字段</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="237"/>
        <source>Already registered (%1): skipped</source>
        <translation>已登记（%1）：跳过</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="254"/>
        <source>%1, sheet %2, header on line %3: %4 to register, %5 registered already, %6 with problems.</source>
        <translation>%1，工作表“%2”，表头在第 %3 行：可登记 %4 件，已登记 %5 件，有问题 %6 件。</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="261"/>
        <source>The first %1 rows are shown.</source>
        <translation>仅显示前 %1 行。</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="277"/>
        <source>Registering the work orders...</source>
        <translation>正在登记工单……</translation>
    </message>
    <message>
        <location filename="../ui/workorders/import_dialog.cpp" line="287"/>
        <source>%1 work order(s) registered from %2; %3 registered before filled in, %4 registered already left as they were, %5 with problems.</source>
        <translation>已从 %2 登记 %1 件工单；补填此前已登记的 %3 件，已登记未改动 %4 件，有问题 %5 件。</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakeDialog</name>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="47"/>
        <source>Show them</source>
        <translation>查看这些投诉</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="52"/>
        <source>Register a Complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="57"/>
        <source>The categories could not be loaded: %1</source>
        <translation>无法读取投诉分类：%1</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="61"/>
        <source>The caseworkers could not be loaded: %1</source>
        <translation>无法读取承办人名单：%1</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="65"/>
        <source>The liaison points could not be loaded: %1</source>
        <translation>无法读取联络点列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="86"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="89"/>
        <source>Register the complaint (Ctrl+S)</source>
        <translation>登记这件投诉（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="91"/>
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="92"/>
        <source>Close (Keep Draft)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="121"/>
        <source>Restored the registration you had not finished (saved %1).</source>
        <translation>已恢复您上次未完成的登记（保存于 %1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/intake_dialog.cpp" line="164"/>
        <source>Returning complainant %1: %n earlier complaint(s).</source>
        <translation>
            <numerusform>老投诉人 %1：此前已投诉 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="167"/>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/intake/intake_dialog.cpp" line="181"/>
        <source>%1 already has %n open complaint(s): possibly a group case.</source>
        <translation>
            <numerusform>%1 已有 %n 件未办结投诉，可能属于群体性投诉。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_dialog.cpp" line="232"/>
        <source>Possible duplicate: %1 from the same complainant about the same business was registered on %2. Press Register again to register this one anyway.</source>
        <translation>可能重复登记：同一投诉人对同一经营者的投诉 %1 已于 %2 登记。如确需另行登记，请再次点击“登记”。</translation>
    </message>
</context>
<context>
    <name>casedesk::IntakeForm</name>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="56"/>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="59"/>
        <source>Mobile or landline; a returning complainant is filled in</source>
        <translation>手机或固话；老投诉人会自动带出信息</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="60"/>
        <source>Type part of the name or the credit code</source>
        <translation>输入名称的一部分或信用代码</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="61"/>
        <source>e.g. 2400 or 2400.50</source>
        <translation>如 2400 或 2400.50</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="65"/>
        <source>Complaint</source>
        <translation>投诉来源</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="68"/>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="69"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="70"/>
        <location filename="../ui/intake/intake_form.cpp" line="155"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="72"/>
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="73"/>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="75"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="77"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="78"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="79"/>
        <source>ID number (optional)</source>
        <translation>身份证号（选填）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="81"/>
        <source>Minor (under %1): sensitive personal data</source>
        <translation>未满%1周岁未成年人：敏感个人信息</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="88"/>
        <location filename="../ui/intake/intake_form.cpp" line="94"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="90"/>
        <source>Business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="92"/>
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="93"/>
        <source>Credit code (optional)</source>
        <translation>统一社会信用代码（选填）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="95"/>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="96"/>
        <source>Street</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="98"/>
        <source>Dispute</source>
        <translation>争议内容</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="100"/>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="101"/>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="102"/>
        <source>Amount involved (¥)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="103"/>
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="104"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="105"/>
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="106"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="109"/>
        <source>Prepaid card (tick if the complaint concerns one)</source>
        <translation>预付卡（涉及预付卡时勾选）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="159"/>
        <source>%1%2 — closed</source>
        <translation>%1%2（已撤销）</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="244"/>
        <source>Choose...</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="267"/>
        <source>Enter the amount in yuan, e.g. 2400 or 2400.50.</source>
        <translation>请按元填写金额，如 2400 或 2400.50。</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="301"/>
        <source>Point %1</source>
        <translation>联络点 %1</translation>
    </message>
    <message>
        <location filename="../ui/intake/intake_form.cpp" line="334"/>
        <source>On file: %1</source>
        <translation>已登记：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::LeadEditDialog</name>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="29"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="30"/>
        <source>Forwarded on</source>
        <translation>已转办于</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="36"/>
        <source>Lead from %1</source>
        <translation>%1报送的线索</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="36"/>
        <source>New Lead from a Liaison Point</source>
        <translation>登记联络点报送的线索</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="52"/>
        <source>What is suspected, e.g. 无证经营、销售假冒商品</source>
        <translation>涉嫌的问题，如：无证经营、销售假冒商品</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="53"/>
        <source>e.g. 区市场监督管理局</source>
        <translation>如：区市场监督管理局</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="64"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="65"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="66"/>
        <source>Suspicion</source>
        <translation>涉嫌问题</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="67"/>
        <source>Business</source>
        <translation>涉事经营者</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="68"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="69"/>
        <source>Seen on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="70"/>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="72"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="73"/>
        <source>Outcome on</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/lead_edit_dialog.cpp" line="74"/>
        <source>Outcome note</source>
        <translation>结果说明</translation>
    </message>
</context>
<context>
    <name>casedesk::LeadsPage</name>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="22"/>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="22"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="22"/>
        <source>Suspicion</source>
        <translation>涉嫌问题</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="22"/>
        <source>Business</source>
        <translation>涉事经营者</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="23"/>
        <source>Regulator</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="23"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="23"/>
        <source>Note</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="29"/>
        <source>New Lead...</source>
        <translation>新增线索...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="30"/>
        <source>Follow Up...</source>
        <translation>跟进处理...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="31"/>
        <source>Record that the lead was forwarded to a regulator, or its outcome</source>
        <translation>登记线索已转办监管部门，或登记处理结果</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="57"/>
        <source>The leads could not be loaded: %1</source>
        <translation>无法读取线索：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="84"/>
        <source>Lead from %1 recorded.</source>
        <translation>已登记%1报送的线索。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="92"/>
        <source>Select a lead first.</source>
        <translation>请先选择一条线索。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/leads_page.cpp" line="98"/>
        <source>Lead saved.</source>
        <translation>线索已保存。</translation>
    </message>
</context>
<context>
    <name>casedesk::LedgerPage</name>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="51"/>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="51"/>
        <source>People trained</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="51"/>
        <source>Trainings</source>
        <translation>培训次数</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="51"/>
        <source>Leaflets</source>
        <translation>宣传资料</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="52"/>
        <source>Settled on site</source>
        <translation>现场调解件数</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="52"/>
        <source>Amount settled (¥)</source>
        <translation>调解金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="52"/>
        <source>Saved by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="55"/>
        <location filename="../ui/liaison/ledger_page.cpp" line="246"/>
        <source>Visited on</source>
        <translation>走访日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="55"/>
        <source>Official</source>
        <translation>指导员</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="55"/>
        <location filename="../ui/liaison/ledger_page.cpp" line="247"/>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="60"/>
        <source>Save Changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="62"/>
        <source>Record a Visit...</source>
        <translation>登记走访...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="64"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="66"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="76"/>
        <source>Visits by the official guiding the point (定人指导)</source>
        <translation>指导员走访记录（定人指导）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="123"/>
        <source>The ledger could not be loaded: %1</source>
        <translation>无法读取台账：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="146"/>
        <source>The visits could not be loaded: %1</source>
        <translation>无法读取走访记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="169"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="176"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="191"/>
        <location filename="../ui/liaison/ledger_page.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="208"/>
        <source>Not saved:
%1</source>
        <translation>未保存：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/liaison/ledger_page.cpp" line="212"/>
        <source>%n month(s) saved.</source>
        <translation>
            <numerusform>已保存 %n 个月的台账。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="232"/>
        <source>Visit recorded.</source>
        <translation>走访已登记。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="241"/>
        <source>Record a Visit to %1</source>
        <translation>登记对%1的走访</translation>
    </message>
    <message>
        <location filename="../ui/liaison/ledger_page.cpp" line="244"/>
        <source>What the official found and advised</source>
        <translation>指导员发现的问题和提出的建议</translation>
    </message>
</context>
<context>
    <name>casedesk::LetterSettingsPage</name>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="25"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="26"/>
        <source>Use the Built-in Wording</source>
        <translation>恢复内置文本</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="40"/>
        <source>Double-click to put the placeholder into the text at the cursor.</source>
        <translation>双击可将占位符插入正文光标处。</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="43"/>
        <source>Letter</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="44"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="47"/>
        <source>Text (one paragraph a line; the page indents each):</source>
        <translation>正文（每行一段，打印时自动首行缩进）：</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="49"/>
        <source>Placeholders:</source>
        <translation>占位符：</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="92"/>
        <source>The wording of this letter could not be loaded: %1</source>
        <translation>未能读取该文书的文本：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="105"/>
        <source>In use: CaseDesk&apos;s built-in wording. A save keeps it for the letters already sent.</source>
        <translation>正在使用：本软件内置文本。保存新文本后，已发出的文书仍保留原文本。</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="108"/>
        <source>In use: version %1, saved by %2 on %3 (%4 versions kept; letters already sent keep the wording they went out with).</source>
        <translation>正在使用：第 %1 版，由 %2 于 %3 保存（共保留 %4 个版本；已发出的文书保留发出时的文本）。</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="156"/>
        <source>Saved as version %1: the next %2 uses it.</source>
        <translation>已保存为第 %1 版：此后的%2将使用该文本。</translation>
    </message>
    <message>
        <location filename="../ui/settings/letter_settings_page.cpp" line="169"/>
        <source>The built-in wording is in use again.</source>
        <translation>已恢复使用内置文本。</translation>
    </message>
</context>
<context>
    <name>casedesk::LettersDialog</name>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="27"/>
        <source>Record as Sent</source>
        <translation>登记已发出</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="27"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="28"/>
        <source>Save PDF...</source>
        <translation>保存 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="31"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="40"/>
        <source>Letters and records for this case:</source>
        <translation>本案可用的文书和笔录：</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="42"/>
        <source>Sent, as they went out:</source>
        <translation>已发出的文书（按发出原样）：</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="45"/>
        <source>How it was sent:</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="46"/>
        <source>Sent on:</source>
        <translation>发出日期：</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="96"/>
        <source>The letters for this case could not be worked out: %1</source>
        <translation>未能确定本案可用的文书：%1</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="102"/>
        <source>Drafted on the Mediation tab: print it for the parties to sign.</source>
        <translation>在“调解”页起草；打印后由双方当事人签署。</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="103"/>
        <source>A letter: print it, then record how and when it was sent.</source>
        <translation>文书：打印后登记送达方式和日期。</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="104"/>
        <source>A record: print it for those present to sign.</source>
        <translation>笔录或记录：打印后由在场人员签字。</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="113"/>
        <source>The letters sent could not be loaded: %1</source>
        <translation>未能读取已发出的文书：%1</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="118"/>
        <source>%1  %2 (%3, %4)</source>
        <translation>%1  %2（%3，%4）</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="169"/>
        <source>&lt;p&gt;No letter fits this case at its present step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本案当前阶段没有适用的文书。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="193"/>
        <source>%1 recorded as sent (%2, %3).</source>
        <translation>已登记%1已发出（%2，%3）。</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="210"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="219"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../ui/letters/letters_dialog.cpp" line="219"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>casedesk::LiaisonPointsPage</name>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="27"/>
        <source>Liaison Points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="32"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="34"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="35"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="40"/>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="47"/>
        <source>Report</source>
        <translation>工作报告</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="48"/>
        <source>The liaison-point report of the period shown</source>
        <translation>所示期间的联络点工作报告</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="51"/>
        <source>Print Preview...</source>
        <translation>打印预览...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="52"/>
        <source>Save PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="53"/>
        <source>Save Excel Workbook...</source>
        <translation>另存为 Excel 工作簿...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="54"/>
        <source>Save CSV Files...</source>
        <translation>另存为 CSV 文件...</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="112"/>
        <source>%1: %2 active points; ledgers from %3 points (suspended and closed ones included); %4 consultations, %5 people trained, %6 leaflets, %7 disputes settled on site (¥%8); %9 complaints transferred, %10 answered within the deadline; %11 leads; %12 active points not visited.</source>
        <translation>%1：正常运行联络点%2个；报送台账的联络点%3个（含暂停、撤销的）；解答咨询%4人次，培训%5人次，发放资料%6份，现场化解纠纷%7件（%8元）；转交投诉%9件，期限内答复%10件；线索%11条；未走访联络点%12个。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="130"/>
        <source>By type of point, %1</source>
        <translation>按联络点类型（%1）</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/liaison_page.cpp" line="132"/>
        <source>By street, %1</source>
        <translation>按街道（%1）</translation>
    </message>
</context>
<context>
    <name>casedesk::LiaisonWindow</name>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="21"/>
        <source>Liaison Points</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="22"/>
        <source>Directory</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="23"/>
        <source>Ledgers and Visits</source>
        <translation>台账与走访</translation>
    </message>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="24"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="26"/>
        <source>Model-Point Assessment</source>
        <translation>示范联络点评选</translation>
    </message>
    <message>
        <location filename="../ui/liaison/liaison_window.cpp" line="47"/>
        <source>The liaison points could not be loaded: %1</source>
        <translation>无法读取联络点：%1</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="63"/>
        <location filename="../ui/main_window.cpp" line="591"/>
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="174"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="181"/>
        <source>&amp;Open Database...</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="182"/>
        <source>Connect to &amp;Server...</source>
        <translation>连接服务器(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="199"/>
        <source>Export Results for &amp;12315...</source>
        <translation>导出 12315 办结反馈(&amp;1)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205"/>
        <source>Se&amp;ttings...</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="212"/>
        <source>&amp;Mediators and Courts...</source>
        <translation>调解员与法院(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="218"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="221"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="222"/>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="226"/>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="228"/>
        <source>&amp;Due Soon and Overdue...</source>
        <translation>即将到期与已逾期(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>Mediation &amp;Agenda...</source>
        <translation>调解日程(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="243"/>
        <source>&amp;Liaison Points...</source>
        <translation>联络点(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="250"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="258"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="275"/>
        <source>&amp;User Guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="283"/>
        <source>&amp;Verify Audit Trail...</source>
        <translation>核验审计记录(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="286"/>
        <source>&amp;About CaseDesk</source>
        <translation>关于消保案件台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="287"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>The categories could not be loaded: %1</source>
        <translation>无法读取投诉类别：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="323"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>Warning: %1 Make a copy of the file and restore a backup before entering new cases.</source>
        <translation>警告：%1 请先复制保存该文件并恢复备份，再登记新案件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="380"/>
        <source>A %1 does not register complaints.</source>
        <translation>%1不登记投诉。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="381"/>
        <source>Sign in to register complaints.</source>
        <translation>请先登录再登记投诉。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="388"/>
        <source>Registered case %1.</source>
        <translation>已登记案件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="451"/>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="452"/>
        <source>CaseDesk databases (*.db *.casedesk *.sqlite);;All files (*)</source>
        <translation>消保案件台数据库 (*.db *.casedesk *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="496"/>
        <source>CaseDesk databases (*.db)</source>
        <translation>消保案件台数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="591"/>
        <source>CaseDesk — %1 (%2)</source>
        <translation>消保案件台 — %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="677"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>共 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="495"/>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="175"/>
        <source>&amp;Register Complaint...</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>New &amp;Database...</source>
        <translation>新建数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="184"/>
        <source>Sign In as &amp;Another User...</source>
        <translation>以其他用户登录(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Change My &amp;Password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Your password was changed.</source>
        <translation>你的密码已修改。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="192"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>&amp;Import Work Orders...</source>
        <translation>导入工单(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197"/>
        <source>Export &amp;Cases to Excel...</source>
        <translation>导出案件到 Excel(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="202"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="203"/>
        <source>&amp;Restore from Backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="439"/>
        <source>This is a demo database with invented cases. Use File &gt; New Database to start real work.</source>
        <translation>这是演示数据库，其中的案件均为虚构。开始正式工作请用 文件 &gt; 新建数据库。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="503"/>
        <source>&quot;%1&quot; already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>“%1”已存在。请换一个文件名，或用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="536"/>
        <source>Warning: %1 Use Help &gt; Verify Audit Trail, and keep a copy of this file as evidence.</source>
        <translation>警告：%1 请使用“帮助 &gt; 核验审计记录”，并复制保留此文件作为证据。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="594"/>
        <source>server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="679"/>
        <source>%L1 or more cases (counting...)</source>
        <translation>%L1 件以上（正在统计…）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="681"/>
        <source>Counting cases...</source>
        <translation>正在统计案件数…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="26"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="36"/>
        <source>Backing up the database...</source>
        <translation>正在备份数据库……</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="42"/>
        <location filename="../ui/main_window_safety.cpp" line="44"/>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="46"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="48"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="53"/>
        <location filename="../ui/main_window_safety.cpp" line="81"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="63"/>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="96"/>
        <source>Verify Audit Trail</source>
        <translation>核验审计记录</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="106"/>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="107"/>
        <location filename="../ui/main_window_safety.cpp" line="114"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="112"/>
        <source>The backup on exit failed: %1</source>
        <translation>退出时的备份失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_safety.cpp" line="115"/>
        <source>The backup on exit failed: %1

Close CaseDesk without a backup?</source>
        <translation>退出时备份失败：%1

不备份就关闭消保案件台吗？</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="27"/>
        <source>D&amp;ashboard...</source>
        <translation>统计看板(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="31"/>
        <source>F&amp;ollow-up</source>
        <translation>回访(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="33"/>
        <source>Record Follow-up &amp;Visit...</source>
        <translation>登记回访(&amp;V)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="35"/>
        <source>Mark as &amp;Typical Case...</source>
        <translation>标为典型案例(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="38"/>
        <source>Monthly &amp;Spot Check...</source>
        <translation>每月抽查测评(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../ui/main_window_statistics.cpp" line="70"/>
        <location filename="../ui/main_window_statistics.cpp" line="83"/>
        <source>Select a case in the list first.</source>
        <translation>请先在列表中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="24"/>
        <location filename="../ui/main_window_export.cpp" line="30"/>
        <location filename="../ui/main_window_export.cpp" line="35"/>
        <location filename="../ui/main_window_export.cpp" line="48"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="31"/>
        <source>Include the complainants&apos; names and phone numbers? The export is recorded in the desk log. Choose No for a de-identified list.</source>
        <translation>是否包含投诉人姓名和电话号码？此次导出将记入工作日志。选择“否”则导出去标识化的列表。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="35"/>
        <source>cases.xlsx</source>
        <translation>案件.xlsx</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="36"/>
        <location filename="../ui/main_window_export.cpp" line="88"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="45"/>
        <source>Cases as listed on %1</source>
        <translation>%1 案件列表</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="48"/>
        <source>Writing the cases...</source>
        <translation>正在写入案件……</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="54"/>
        <source>The cases were not exported: %1</source>
        <translation>案件未能导出：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_export.cpp" line="55"/>
        <source>%n case(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 件案件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="60"/>
        <source>Import Work Orders</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="79"/>
        <source>Gathering the results...</source>
        <translation>正在汇总办结反馈……</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="83"/>
        <source>The results could not be gathered: %1</source>
        <translation>无法汇总办结反馈：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="85"/>
        <source>No finished case from the 12315 platform is in the list.</source>
        <translation>列表中没有来自 12315 平台的已办结案件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="79"/>
        <location filename="../ui/main_window_export.cpp" line="87"/>
        <source>Results for 12315</source>
        <translation>12315 办结反馈</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="87"/>
        <source>12315-results.xlsx</source>
        <translation>12315办结反馈.xlsx</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_export.cpp" line="93"/>
        <source>%n work order(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 件工单写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::NoticeBar</name>
    <message>
        <location filename="../ui/notice_bar.cpp" line="18"/>
        <source>Hide this notice</source>
        <translation>关闭此提示</translation>
    </message>
</context>
<context>
    <name>casedesk::PointDirectoryPage</name>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="29"/>
        <source>Search by name, host, address or contact</source>
        <translation>按名称、依托单位、地址或联系人查找</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="31"/>
        <source>Every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="34"/>
        <source>Every street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="35"/>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="40"/>
        <source>Liaison point</source>
        <translation>联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="40"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="40"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="40"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="41"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="41"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="41"/>
        <source>Official</source>
        <translation>指导员</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="41"/>
        <source>Model point</source>
        <translation>示范联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="47"/>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="48"/>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="49"/>
        <source>Merge Two...</source>
        <translation>合并两条记录...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="50"/>
        <source>Select two records of the same point; the first keeps its details and gets the other&apos;s transfers, leads, ledgers and visits</source>
        <translation>选择同一联络点的两条记录：保留第一条的信息，并将另一条的转交投诉、线索、台账和走访记录并入第一条</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="52"/>
        <source>Import List...</source>
        <translation>导入名录...</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="53"/>
        <source>A council&apos;s list of points as Excel (.xlsx) or CSV, with Chinese column names (名称, 类型, 依托单位, 地址, 区, 街道, 联系人, 联系电话, 指导员, 设立日期, 状态)</source>
        <translation>本会的联络点名录，Excel（.xlsx）或 CSV 格式，使用中文列名（名称、类型、依托单位、地址、区、街道、联系人、联系电话、指导员、设立日期、状态）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="55"/>
        <source>Show Phone</source>
        <translation>查看电话</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="56"/>
        <source>The selected contact&apos;s full phone number (recorded in the desk log)</source>
        <translation>查看所选联系人的完整电话号码（记入工作台日志）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="61"/>
        <source>Supervisors and administrators keep the directory of points.</source>
        <translation>联络点名录由科长和管理员维护。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="102"/>
        <source>The streets could not be loaded: %1</source>
        <translation>无法读取街道列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="120"/>
        <source>The liaison points could not be loaded: %1</source>
        <translation>无法读取联络点列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="155"/>
        <source>The officials could not be loaded: %1</source>
        <translation>无法读取指导员名单：%1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="164"/>
        <source>Liaison point %1 added.</source>
        <translation>已添加联络点 %1。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="174"/>
        <source>Select a point first.</source>
        <translation>请先选择一个联络点。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="180"/>
        <source>Liaison point %1 saved.</source>
        <translation>联络点 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="190"/>
        <source>Select exactly two records of the same point.</source>
        <translation>请选择同一联络点的两条记录。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="195"/>
        <source>Merge Liaison Points</source>
        <translation>合并联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="196"/>
        <source>Keep &quot;%1&quot; and move the transfers, leads, ledgers and visits of &quot;%2&quot; to it? &quot;%2&quot; is then removed from the directory.</source>
        <translation>保留“%1”，并将“%2”的转交投诉、线索、台账和走访记录移到其名下？随后“%2”将从名录中删除。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="205"/>
        <source>&quot;%1&quot; merged into &quot;%2&quot;.</source>
        <translation>已将“%1”并入“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="213"/>
        <location filename="../ui/liaison/point_directory_page.cpp" line="244"/>
        <source>Import Liaison Points</source>
        <translation>导入联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="214"/>
        <source>Lists of points (*.xlsx *.csv);;All files (*)</source>
        <translation>联络点名录 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="231"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="240"/>
        <source>%1 was not imported; correct these rows and try again:
%2</source>
        <translation>%1 未导入；请更正以下各行后重试：
%2</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="245"/>
        <source>%1: %2 new point(s); %3 row(s) fill in points already in the directory. Import?</source>
        <translation>%1：新增联络点 %2 个；%3 行将补填名录中已有的联络点。是否导入？</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="256"/>
        <source>%1 imported: %2 point(s) added, %3 filled in.</source>
        <translation>已导入 %1：新增联络点 %2 个，补填 %3 个。</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_directory_page.cpp" line="277"/>
        <source>%1&apos;s contact: %2 (recorded in the desk log)</source>
        <translation>%1的联系人电话：%2（已记入工作台日志）</translation>
    </message>
</context>
<context>
    <name>casedesk::PointEditDialog</name>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="25"/>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="31"/>
        <source>Liaison Point %1</source>
        <translation>联络点 %1</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="31"/>
        <source>New Liaison Point</source>
        <translation>新增联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="38"/>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="48"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="50"/>
        <source>e.g. 示范联络点</source>
        <translation>如：示范联络点</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="51"/>
        <source>Mobile or landline</source>
        <translation>手机或固话</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="63"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="64"/>
        <source>Host organisation</source>
        <translation>依托单位</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="65"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="66"/>
        <source>District</source>
        <translation>所在区</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="67"/>
        <source>Street</source>
        <translation>街道/镇</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="68"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="69"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="70"/>
        <source>Official guiding it</source>
        <translation>指导员（定人指导）</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="71"/>
        <source>Set up on</source>
        <translation>设立日期</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/liaison/point_edit_dialog.cpp" line="73"/>
        <source>Model-point title and year</source>
        <translation>示范称号及年度</translation>
    </message>
</context>
<context>
    <name>casedesk::PrepaidCardEditor</name>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="41"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="50"/>
        <source>Card or member number</source>
        <translation>卡号或会员号</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="52"/>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="53"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="55"/>
        <source>Not a session card</source>
        <translation>非计次卡</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="57"/>
        <source>e.g. 4800</source>
        <translation>例如 4800</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="58"/>
        <source>e.g. 2400</source>
        <translation>例如 2400</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="73"/>
        <source>Card type</source>
        <translation>卡的类型</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="74"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="75"/>
        <source>Bought on</source>
        <translation>办卡日期</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="76"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="77"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="78"/>
        <source>Paid (¥)</source>
        <translation>支付金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="79"/>
        <source>Balance left (¥)</source>
        <translation>卡内余额（元）</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="80"/>
        <source>Sessions left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="81"/>
        <source>Business now</source>
        <translation>经营者现状</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="82"/>
        <source>30 days&apos; notice</source>
        <translation>提前30日告知</translation>
    </message>
    <message>
        <location filename="../ui/prepaid/prepaid_card_editor.cpp" line="132"/>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是有效的金额（元）。</translation>
    </message>
</context>
<context>
    <name>casedesk::PrivacySettingsPage</name>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="36"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="37"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="40"/>
        <source>This Computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="42"/>
        <source>Lock after no use for</source>
        <translation>闲置多久后锁定</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="43"/>
        <source>A locked desk hides its cases until the password is entered again.</source>
        <translation>锁定后将隐藏案件，重新输入密码后才能继续使用。</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="50"/>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="54"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="57"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="62"/>
        <source>Anonymise Now...</source>
        <translation>立即匿名化...</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="67"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="67"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="67"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="67"/>
        <source>Last closed</source>
        <translation>最后结案</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="73"/>
        <source>Retention of Personal Data</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="75"/>
        <source>When every case of a complainant was closed longer ago than this, their name, phone, ID number and address are removed; the cases stay for statistics.</source>
        <translation>投诉人的所有案件结案均超过此期限后，删除其姓名、电话、身份证号和地址；案件保留用于统计。</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="81"/>
        <source>Keep for</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="90"/>
        <source>Only an administrator can preview and apply retention.</source>
        <translation>只有管理员可以预览和执行匿名化。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/privacy_settings_page.cpp" line="112"/>
        <source>Personal data is now kept %n year(s) after a case is closed.</source>
        <translation>
            <numerusform>个人信息现于结案后保存 %n 年。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="135"/>
        <source>%1 complainant(s) in %2 case(s) closed before %3 would be anonymised.</source>
        <translation>将匿名化 %1 名投诉人，涉及 %3 之前结案的 %2 件案件。</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="145"/>
        <source>Anonymise Personal Data</source>
        <translation>匿名化个人信息</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="146"/>
        <source>Remove the names, phones, ID numbers and addresses listed? This cannot be undone.</source>
        <translation>删除所列人员的姓名、电话、身份证号和地址？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/settings/privacy_settings_page.cpp" line="156"/>
        <source>Anonymised %1 complainant(s) in %2 case(s); the audit trail records it.</source>
        <translation>已匿名化 %1 名投诉人，涉及 %2 件案件；审计记录已留痕。</translation>
    </message>
</context>
<context>
    <name>casedesk::ReferralDialog</name>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="28"/>
        <source>Court Referral</source>
        <translation>诉调对接</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="40"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="51"/>
        <source>What the consumer asks the court for</source>
        <translation>消费者向法院提出的请求</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="52"/>
        <source>e.g. (2018)沪0105民初1234号</source>
        <translation>如 （2018）沪0105民初1234号</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="57"/>
        <source>Consumer consented on</source>
        <translation>消费者同意日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="58"/>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="59"/>
        <source>Referred on</source>
        <translation>移送日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="60"/>
        <source>Claims</source>
        <translation>诉讼请求</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="61"/>
        <source>Volunteer lawyer</source>
        <translation>律师志愿者</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="62"/>
        <source>Court case number</source>
        <translation>法院案号</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="63"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="64"/>
        <source>Decided on</source>
        <translation>结果日期</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="65"/>
        <source>Amount awarded (¥)</source>
        <translation>判决金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="66"/>
        <source>Amount recovered (¥)</source>
        <translation>挽回金额（元）</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="124"/>
        <source>Add the court first (File &gt; Mediators and Courts).</source>
        <translation>请先添加法院（文件 &gt; 调解员与法院）。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/referral_dialog.cpp" line="126"/>
        <source>Write the amounts in yuan, such as 2400 or 2,400.50.</source>
        <translation>金额请以元填写，如 2400 或 2,400.50。</translation>
    </message>
</context>
<context>
    <name>casedesk::ReportSummaryDialog</name>
    <message>
        <location filename="../ui/reports/report_summary_dialog.cpp" line="18"/>
        <source>Report Summary</source>
        <translation>报告综述</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_summary_dialog.cpp" line="20"/>
        <source>This summary opens the report, above the line the director signs. It was written from the report&apos;s figures; reword it if you wish (leave a blank line between paragraphs). The tables are not changed.</source>
        <translation>这段综述位于报告首页、领导签发栏之上，是根据报告中的数据生成的；可按需修改文字（段落之间空一行）。统计表不会改变。</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_summary_dialog.cpp" line="34"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/reports/report_summary_dialog.cpp" line="35"/>
        <source>Restore Generated Text</source>
        <translation>恢复生成的文字</translation>
    </message>
</context>
<context>
    <name>casedesk::RuleSettingsPage</name>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="41"/>
        <source>From</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="41"/>
        <location filename="../ui/settings/rule_settings_page.cpp" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="41"/>
        <source>Limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="48"/>
        <source>e.g. SAMR Order No. 121</source>
        <translation>如“市场监管总局第121号令”</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="50"/>
        <source>Deadline</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="50"/>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="50"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="54"/>
        <source>New rule set</source>
        <translation>新增时限规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="57"/>
        <source>For cases received from</source>
        <translation>适用于此日起登记的案件</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="58"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="60"/>
        <source>Add Rule Set</source>
        <translation>添加时限规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="66"/>
        <source>A case follows the set in force on the day it was received.</source>
        <translation>案件按登记当日施行的时限规则计算。</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="77"/>
        <source>The rule sets could not be loaded: %1</source>
        <translation>无法读取时限规则：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/rule_settings_page.cpp" line="129"/>
        <source>Added &quot;%1&quot; for cases received from %2.</source>
        <translation>已添加“%1”，适用于 %2 起登记的案件。</translation>
    </message>
</context>
<context>
    <name>casedesk::ServerConnectDialog</name>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="37"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="38"/>
        <source>&amp;Forget This Connection</source>
        <translation>删除此连接(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="41"/>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="45"/>
        <source>e.g. 10.0.0.5 or db.council.local</source>
        <translation>例如 10.0.0.5 或 db.council.local</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="46"/>
        <source>e.g. casedesk</source>
        <translation>例如 casedesk</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="47"/>
        <source>e.g. Council office</source>
        <translation>例如 区消保委办公室</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="49"/>
        <source>Encrypt if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="50"/>
        <source>Always encrypt</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="51"/>
        <source>Encrypt and check the server&apos;s certificate</source>
        <translation>加密并核验服务器证书</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="52"/>
        <source>Encrypt and check the certificate and the server&apos;s name</source>
        <translation>加密并核验证书和服务器名称</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="53"/>
        <source>Never encrypt (a test server only)</source>
        <translation>不加密（仅限测试服务器）</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="54"/>
        <source>The office&apos;s CA certificate (.pem, .crt)</source>
        <translation>办公室的 CA 证书（.pem、.crt）</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="60"/>
        <source>&amp;Saved connections:</source>
        <translation>已保存的连接(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="62"/>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="63"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="64"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="65"/>
        <source>Your &amp;user name:</source>
        <translation>您的用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="68"/>
        <source>Your CaseDesk user name and password are your sign-in to the server: the password is asked for when you connect and is never saved.</source>
        <translation>您的案件台用户名和密码即是登录服务器的凭据：连接时才询问密码，且从不保存。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="66"/>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="67"/>
        <source>CA certi&amp;ficate:</source>
        <translation>CA 证书(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="72"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="94"/>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="95"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="125"/>
        <source>(a new connection)</source>
        <translation>（新建连接）</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="160"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="173"/>
        <source>The connection &quot;%1&quot; was forgotten on this desk.</source>
        <translation>已在本机删除连接“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="181"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>请填写服务器的名称或地址。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="183"/>
        <source>Type the name of the office&apos;s database on the server.</source>
        <translation>请填写办公室在该服务器上的数据库名称。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="185"/>
        <source>Choose the office&apos;s CA certificate: the server&apos;s certificate is checked against it.</source>
        <translation>请选择办公室的 CA 证书：服务器证书将据此核验。</translation>
    </message>
    <message>
        <location filename="../ui/server_connect_dialog.cpp" line="187"/>
        <source>The CA certificate %1 cannot be read.</source>
        <translation>无法读取 CA 证书 %1。</translation>
    </message>
</context>
<context>
    <name>casedesk::SessionDialog</name>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="31"/>
        <source>Book Mediation Session</source>
        <translation>安排调解</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="31"/>
        <source>Mediation Session</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="36"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="56"/>
        <source>Room, address or meeting number</source>
        <translation>调解室、地址或线上会议号</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="57"/>
        <source>The parties and others present</source>
        <translation>双方当事人及其他在场人员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="58"/>
        <source>What each party said, what was proposed, what was agreed</source>
        <translation>各方陈述、调解方案、达成的事项</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="62"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="63"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="64"/>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="65"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="66"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="67"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="68"/>
        <source>Record (笔录)</source>
        <translation>笔录</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="69"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="124"/>
        <source>%1 is already booked for %2 at %3 (%4 min).</source>
        <translation>%1 已安排在 %3 调解 %2（%4 分钟）。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="128"/>
        <source>Mediator Booked Twice</source>
        <translation>调解员重复安排</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="130"/>
        <source>Book this session anyway?</source>
        <translation>仍然安排这场调解吗？</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="132"/>
        <source>Not saved: choose another time or mediator.</source>
        <translation>未保存：请另选时间或调解员。</translation>
    </message>
    <message>
        <location filename="../ui/mediation/session_dialog.cpp" line="152"/>
        <source>Session for the Whole Group</source>
        <translation>群体案件调解场次</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="28"/>
        <source>Working Days</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="29"/>
        <source>Deadline Rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="30"/>
        <source>Council</source>
        <translation>消保委</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="37"/>
        <source>Letters</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Privacy and Security</source>
        <translation>隐私与安全</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="39"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="42"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="52"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="64"/>
        <source>CaseDesk Is Locked</source>
        <translation>消保案件台已锁定</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="64"/>
        <source>Sign In to CaseDesk</source>
        <translation>登录消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="81"/>
        <source>The desk was locked after a while without use. Enter your password to go on working.</source>
        <translation>因一段时间未使用已自动锁定。请输入密码继续工作。</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="83"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="87"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="88"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="91"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="91"/>
        <location filename="../ui/sign_in_dialog.cpp" line="235"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="92"/>
        <source>Quit CaseDesk</source>
        <translation>退出消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_dialog.cpp" line="111"/>
        <source>Demo database: every demo user&apos;s password is %1 (the administrator is %2).</source>
        <translation>演示数据库：所有演示用户的密码均为 %1（管理员为 %2）。</translation>
    </message>
</context>
<context>
    <name>casedesk::SpotCheckDialog</name>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="24"/>
        <source>Spot Check</source>
        <translation>抽查测评</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="31"/>
        <source>Draw Sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="32"/>
        <source>Takes the share of each caseworker&apos;s cases closed in the month; a month drawn before keeps its sample</source>
        <translation>按比例抽取每位承办人当月办结的案件；已抽过的月份保留原样本</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="35"/>
        <source>Cases closed in</source>
        <translation>办结月份</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="37"/>
        <source>Share to check</source>
        <translation>抽查比例</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="43"/>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="43"/>
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="43"/>
        <source>Check visit</source>
        <translation>抽查回访</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="86"/>
        <source>The spot checks could not be loaded: %1</source>
        <translation>无法读取抽查记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="98"/>
        <source>Done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="98"/>
        <source>To do</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="101"/>
        <source>No sample drawn for this month yet.</source>
        <translation>该月尚未抽取样本。</translation>
    </message>
    <message>
        <location filename="../ui/followup/spot_check_dialog.cpp" line="102"/>
        <source>%1 cases drawn, %2 checked.</source>
        <translation>共抽取 %1 件，已回访 %2 件。</translation>
    </message>
</context>
<context>
    <name>casedesk::TalkDialog</name>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="29"/>
        <source>Talk with %1</source>
        <translation>约谈%1</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="31"/>
        <source>Names and posts, e.g. 张某（总经理）</source>
        <translation>姓名和职务，如 张某（总经理）</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="32"/>
        <source>What the business promised</source>
        <translation>经营者承诺整改事项</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="32"/>
        <source>By</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="35"/>
        <source>Add Promise</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="36"/>
        <source>Remove Promise</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="43"/>
        <source>Held on</source>
        <translation>约谈日期</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="44"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="45"/>
        <source>For the council</source>
        <translation>约谈单位人员</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="46"/>
        <source>For the business</source>
        <translation>经营者参加人员</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="47"/>
        <source>What led to it</source>
        <translation>约谈事由</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="48"/>
        <source>Problems raised</source>
        <translation>指出的问题</translation>
    </message>
    <message>
        <location filename="../ui/talks/talk_dialog.cpp" line="62"/>
        <source>Promises (each checked later; due ones appear in Due Soon and Overdue):</source>
        <translation>承诺事项（事后逐项核查；到期的会列入“即将到期与已逾期”）：</translation>
    </message>
</context>
<context>
    <name>casedesk::TalksDialog</name>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="30"/>
        <source>Check Promise...</source>
        <translation>核查承诺...</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="30"/>
        <source>Record as PDF...</source>
        <translation>约谈记录 PDF...</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="34"/>
        <source>Talks with %1</source>
        <translation>对%1的约谈</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="35"/>
        <source>Promise</source>
        <translation>承诺事项</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="35"/>
        <source>By</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="35"/>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="40"/>
        <source>New Talk...</source>
        <translation>新建约谈...</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="72"/>
        <source>The talks could not be loaded: %1</source>
        <translation>未能读取约谈：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/talks/talks_dialog.cpp" line="78"/>
        <source>%1 (%n promise(s))</source>
        <translation>
            <numerusform>%1（%n 项承诺）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="94"/>
        <source>&lt;p&gt;No talk with this business yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未约谈过该经营者。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="103"/>
        <source>not checked yet</source>
        <translation>尚未核查</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="105"/>
        <source>kept (checked %1)</source>
        <translation>已履行（%1 核查）</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="106"/>
        <source>not kept (checked %1)</source>
        <translation>未履行（%1 核查）</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="124"/>
        <source>The promise was kept: recorded.</source>
        <translation>已登记：承诺已履行。</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="124"/>
        <source>The promise was not kept: recorded.</source>
        <translation>已登记：承诺未履行。</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="136"/>
        <source>The talk with %1 was recorded.</source>
        <translation>已登记与%1的约谈。</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="147"/>
        <source>Choose the promise to check in the table first.</source>
        <translation>请先在表格中选择要核查的承诺事项。</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="151"/>
        <source>Check Promise</source>
        <translation>核查承诺</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="152"/>
        <source>The business kept it</source>
        <translation>经营者已履行</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="157"/>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="158"/>
        <source>What the check found</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="181"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="191"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../ui/talks/talks_dialog.cpp" line="193"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>casedesk::TransitionDialog</name>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="19"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="35"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="35"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/transition_dialog.cpp" line="36"/>
        <source>When</source>
        <translation>办理时间</translation>
    </message>
</context>
<context>
    <name>casedesk::TypicalCaseDialog</name>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="21"/>
        <source>Remove Flag</source>
        <translation>取消标记</translation>
    </message>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="24"/>
        <source>Typical Case: %1</source>
        <translation>典型案例：%1</translation>
    </message>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="26"/>
        <source>e.g. Gym closed overnight: prepaid card fees refunded</source>
        <translation>例如：健身房闭店，预付卡余额获退还</translation>
    </message>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="27"/>
        <source>What happened, how it was handled, and what consumers can learn from it</source>
        <translation>案情经过、处理结果，以及对消费者的提示</translation>
    </message>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="37"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/followup/typical_case_dialog.cpp" line="38"/>
        <source>Write-up</source>
        <translation>简要案情</translation>
    </message>
</context>
<context>
    <name>casedesk::UserGuideWindow</name>
    <message>
        <location filename="../ui/help/user_guide_window.cpp" line="72"/>
        <source>CaseDesk User Guide</source>
        <translation>消保案件台用户手册</translation>
    </message>
</context>
<context>
    <name>casedesk::UserSettingsPage</name>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="27"/>
        <location filename="../ui/settings/user_settings_page.cpp" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="27"/>
        <location filename="../ui/settings/user_settings_page.cpp" line="67"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="27"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="40"/>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="57"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="58"/>
        <source>Change Role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="59"/>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="60"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="61"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="62"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="68"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="88"/>
        <source>The users could not be loaded: %1</source>
        <translation>无法读取用户列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="93"/>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="93"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="95"/>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="97"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="129"/>
        <source>%1 can now sign in as %2.</source>
        <translation>%1 现在可以以%2身份登录。</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="135"/>
        <source>%1 is now %2.</source>
        <translation>%1 现为%2。</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="141"/>
        <source>%1 may act again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="142"/>
        <source>%1 can no longer sign in; their name stays on their cases.</source>
        <translation>%1 已不能登录，其姓名仍保留在经办案件上。</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="150"/>
        <source>%1 has a new password.</source>
        <translation>%1 的新密码已设置。</translation>
    </message>
    <message>
        <location filename="../ui/settings/user_settings_page.cpp" line="155"/>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
</context>
<context>
    <name>casedesk::WarningRulesDialog</name>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="31"/>
        <source>Early Warning Rules</source>
        <translation>风险预警规则</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="33"/>
        <source>A rule alerts when, within the window, a business gets at least the least number of complaints AND at least the ratio times its usual level (measured over the days before the window; ratio 0: not used). A prepaid-card complaint counts as the weight.</source>
        <translation>在统计期内，某经营者的投诉数达到最少件数，并且达到其常态水平（按统计期之前的天数计算）的相应倍数（倍数为 0 表示不使用）时发出预警。一件预付卡投诉按权重折算。</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="39"/>
        <source>Window (days)</source>
        <translation>统计期（天）</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="39"/>
        <source>At least</source>
        <translation>最少件数</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="39"/>
        <source>Usual level over (days)</source>
        <translation>常态水平计算期（天）</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="40"/>
        <source>Ratio (times)</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="40"/>
        <source>Prepaid weight</source>
        <translation>预付卡权重</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="40"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="44"/>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="61"/>
        <source>The rules could not be loaded: %1</source>
        <translation>无法读取预警规则：%1</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="88"/>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <location filename="../ui/warning/warning_rules_dialog.cpp" line="117"/>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
</context>
</TS>
