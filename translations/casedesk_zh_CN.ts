<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli_main.cpp" line="20" />
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
        <location filename="../app/cli/cli_main.cpp" line="57" />
        <source>casedesk-cli: unknown command "%1".</source>
        <translation>casedesk-cli：没有“%1”这个命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="42" />
        <location filename="../app/cli/cli_support.cpp" line="60" />
        <source>casedesk-cli: %1</source>
        <translation>casedesk-cli：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="47" />
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="48" />
        <source>The database FILE.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="48" />
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="61" />
        <location filename="../app/cli/cli_support.cpp" line="67" />
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="78" />
        <source>Give the database file with --database FILE.</source>
        <translation>请用 --database 文件 指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="30" />
        <source>List cases, newest first.</source>
        <translation>列出案件，最新登记的在前。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="36" />
        <source>Only cases in status S: %1.</source>
        <translation>只列出处于状态 S 的案件：%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="37" />
        <location filename="../app/cli/command_demo.cpp" line="27" />
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="38" />
        <source>Only cases containing TEXT.</source>
        <translation>只列出包含该文字的案件。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="38" />
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="39" />
        <source>At most N cases (default 100; 0 for all).</source>
        <translation>最多列出 N 件（默认 100；0 表示全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="39" />
        <location filename="../app/cli/command_demo.cpp" line="26" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="41" />
        <location filename="../app/cli/command_case.cpp" line="101" />
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="52" />
        <source>Unknown status "%1"; use one of: %2.</source>
        <translation>没有“%1”这个状态，请使用：%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="60" />
        <source>--limit takes a whole number, 0 or more.</source>
        <translation>--limit 须为 0 或正整数。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="99" />
        <source>Show one case. ID is the case number (e.g. 长宁-2026-000123) or the internal id.</source>
        <translation>查看单个案件。ID 为案件编号（如 长宁-2026-000123）或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="103" />
        <source>Case number or id.</source>
        <translation>案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="108" />
        <source>Give exactly one case number or id.</source>
        <translation>请给出一个案件编号或内部编号。</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="125" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="126" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="127" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="128" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="129" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="130" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="131" />
        <source>Amount</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="132" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="133" />
        <source>Business</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="134" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="135" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="136" />
        <source>Facts</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="147" />
        <source>Usage: casedesk-cli case list|show [options]  (--help on each)</source>
        <translation>用法：casedesk-cli case list|show [选项]（各子命令均支持 --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/command_case.cpp" line="161" />
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
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../core/domain/codes.cpp" line="18" />
        <source>12315 platform</source>
        <translation>12315平台</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="19" />
        <source>12345 hotline transfer</source>
        <translation>12345热线转办</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="20" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="21" />
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="22" />
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="23" />
        <source>WeChat / online</source>
        <translation>微信/网络</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="24" />
        <source>Liaison point transfer</source>
        <translation>联络点转交</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="26" />
        <source>Networked enterprise report</source>
        <translation>联网企业报送</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="27" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="31" />
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="32" />
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="33" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="34" />
        <source>False advertising</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="35" />
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="36" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="37" />
        <source>Counterfeit</source>
        <translation>假冒</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="38" />
        <source>Personal rights</source>
        <translation>人格权益</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="39" />
        <source>Measurement</source>
        <translation>计量</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="40" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="44" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="45" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="46" />
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="47" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="49" />
        <source>Forwarded to enterprise</source>
        <translation>转企业和解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="50" />
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="51" />
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="53" />
        <source>Mediation terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../core/domain/codes.cpp" line="54" />
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="201" />
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="214" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="230" />
        <source>The number of demo cases must be between 1 and 5,000,000.</source>
        <translation>演示案件数须在 1 到 5,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../core/demo/demo_generator.cpp" line="235" />
        <source>The demo data cannot end in the future.</source>
        <translation>演示数据的截止日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/gui_main.cpp" line="43" />
        <source>Changning</source>
        <translation>长宁</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="45" />
        <source>This is a demo database with %1 invented cases, created on first start at %2. Use File &gt; New Database to start real work.</source>
        <translation>这是首次启动时生成的演示数据库，含 %1 件虚构案件，位于 %2。正式办案请用“文件 &gt; 新建数据库”。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="51" />
        <source>Created a new, empty database at %1.</source>
        <translation>已在 %1 新建空数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="56" />
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="57" />
        <source>The database %1 cannot be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="60" />
        <source>Open Another File...</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="66" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="117" />
        <source>CaseDesk case management</source>
        <translation>消保案件台：消费投诉案件管理</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="121" />
        <source>Open (or create) the database FILE.</source>
        <translation>打开（或新建）指定的数据库文件。</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="122" />
        <source>FILE</source>
        <translation>文件</translation>
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
        <location filename="../core/storage/complaint_repository.cpp" line="91" />
        <source>The chosen category does not exist.</source>
        <translation>所选投诉类别不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="164" />
        <source>Case %1 was changed by someone else after you opened it. Your changes were not saved; reopen the case to see the latest version.</source>
        <translation>案件 %1 在您打开后已被他人修改，您的修改未保存。请重新打开案件查看最新内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="196" />
        <source>The case was changed by someone else; nothing was saved.</source>
        <translation>该案件已被他人修改，本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../core/storage/complaint_repository.cpp" line="230" />
        <source>No case %1 was found.</source>
        <translation>找不到案件 %1。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="56" />
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="58" />
        <source>"%1" is a folder, not a database file.</source>
        <translation>“%1”是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="61" />
        <source>The database file "%1" does not exist.</source>
        <translation>数据库文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="63" />
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
    <name>casedesk::CaseDetailView</name>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="30" />
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="44" />
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="45" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="46" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="47" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="48" />
        <location filename="../ui/case_detail_view.cpp" line="54" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="51" />
        <source>Business complained about</source>
        <translation>被投诉经营者</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="52" />
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="53" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="55" />
        <source>District / street</source>
        <translation>所在区/街道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="58" />
        <source>Complaint</source>
        <translation>投诉信息</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="59" />
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="60" />
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="61" />
        <source>Platform ticket</source>
        <translation>平台工单号</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="62" />
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="63" />
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="64" />
        <source>Amount involved</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="65" />
        <source>Purchase / incident date</source>
        <translation>消费（事发）日期</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="67" />
        <source>Caseworker</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="70" />
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../ui/case_detail_view.cpp" line="71" />
        <source>Facts and reasons</source>
        <translation>事实与理由</translation>
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
    <name>casedesk::FilterBar</name>
    <message>
        <location filename="../ui/filter_bar.cpp" line="22" />
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="34" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="43" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="46" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="51" />
        <source>Search number, name, phone, business, text</source>
        <translation>搜索编号、姓名、电话、经营者、内容</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="52" />
        <source>Finds any part of the case number, complainant, phone, business, demand or facts</source>
        <translation>可按案件编号、投诉人、电话、经营者、诉求或事实中的任意片段查找</translation>
    </message>
    <message>
        <source>Search case number, complainant, phone, business, demand or facts</source>
        <translation>搜索案件编号、投诉人、电话、经营者、诉求或事实</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="67" />
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="70" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/filter_bar.cpp" line="91" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="37" />
        <location filename="../ui/main_window.cpp" line="149" />
        <source>CaseDesk</source>
        <translation>消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87" />
        <source>&amp;New Database...</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="88" />
        <source>&amp;Open Database...</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="90" />
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="93" />
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="94" />
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="98" />
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="123" />
        <source>&amp;About CaseDesk</source>
        <translation>关于消保案件台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="124" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="153" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171" />
        <source>Warning: %1 Make a copy of the file and restore a backup before entering new cases.</source>
        <translation>警告：%1 请先复制保存该文件并恢复备份，再登记新案件。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="196" />
        <location filename="../ui/main_window.cpp" line="224" />
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="197" />
        <source>CaseDesk databases (*.db *.casedesk *.sqlite);;All files (*)</source>
        <translation>消保案件台数据库 (*.db *.casedesk *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="205" />
        <source>CaseDesk databases (*.db)</source>
        <translation>消保案件台数据库 (*.db)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="249" />
        <source>%Ln case(s)</source>
        <translation><numerusform>共 %Ln 件</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204" />
        <location filename="../ui/main_window.cpp" line="212" />
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="213" />
        <source>"%1" already exists. Choose another name, or open it with File &gt; Open.</source>
        <translation>“%1”已存在。请换一个文件名，或用“文件 &gt; 打开数据库”打开它。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="237" />
        <source>Select a case to see its details.</source>
        <translation>在左侧列表中选择案件，即可查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="249" />
        <source>Counting cases...</source>
        <translation>正在统计案件数…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>共 %n 件</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="254" />
        <source>About CaseDesk</source>
        <translation>关于消保案件台</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="255" />
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
</TS>