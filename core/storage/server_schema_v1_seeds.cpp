#include "storage/server_schema_steps.h"

namespace casedesk {

// The rows SQLite steps 1, 3, 10 and 12 put into a new file, the same here (the schema
// comparison test checks that both engines start with the same rows). SQLite's released steps
// are frozen, so copying their data once is safe.
QStringList serverSchemaV1Seeds()
{
    QStringList sql = {
        // Step 1.
        QStringLiteral("INSERT INTO settings(key, value) VALUES"
                       " ('case_number_prefix', '消保'),"
                       " ('council_name', '区消费者权益保护委员会')"),
    };

    // Step 1: the China Consumers Association classification: 10 goods, 13 services, "other".
    struct Seed {
        const char *kind;
        const char *name;
        const char *nameEn;
    };
    const Seed seeds[] = {
        {"goods", "家用电子电器", "Household electronics and appliances"},
        {"goods", "日用商品", "Daily necessities"},
        {"goods", "服装鞋帽", "Clothing, shoes and hats"},
        {"goods", "食品", "Food"},
        {"goods", "交通工具", "Vehicles"},
        {"goods", "房屋及建材", "Housing and building materials"},
        {"goods", "首饰及文体用品", "Jewellery, stationery and sports goods"},
        {"goods", "烟酒和饮料", "Tobacco, alcohol and beverages"},
        {"goods", "医药及医疗用品", "Medicines and medical supplies"},
        {"goods", "农用生产资料", "Agricultural supplies"},
        {"services", "生活及社会服务", "Living and social services"},
        {"services", "房屋装修及物业", "Home renovation and property management"},
        {"services", "旅游", "Tourism"},
        {"services", "文化娱乐体育", "Culture, entertainment and sports"},
        {"services", "邮政业", "Postal and delivery"},
        {"services", "电信", "Telecommunications"},
        {"services", "互联网", "Internet services"},
        {"services", "金融", "Finance"},
        {"services", "保险", "Insurance"},
        {"services", "卫生保健", "Health care"},
        {"services", "教育培训", "Education and training"},
        {"services", "公共设施", "Public utilities"},
        {"services", "销售服务", "Sales services"},
        {"other", "其他", "Other"},
    };
    int order = 0;
    for (const Seed &seed : seeds) {
        ++order;
        // Explicit ids (1, 2, …), as SQLite gives them in a new file.
        sql.append(QStringLiteral("INSERT INTO categories(id, kind, name, name_en, sort_order) "
                                  "VALUES (%1, '%2', '%3', '%4', %1)")
                       .arg(order)
                       .arg(QLatin1String(seed.kind), QString::fromUtf8(seed.name), QLatin1String(seed.nameEn)));
    }

    sql += {
        // Step 3: the built-in deadline rule set (see schema_v3.cpp for its sources).
        QStringLiteral("INSERT INTO deadline_rule_sets(id, name, effective_from, note) VALUES (1,"
                       " '市场监管投诉举报处理暂行办法（2019/2022）', '2020-01-01',"
                       " '国家市场监督管理总局令第20号，2020年1月1日起施行；联网企业与12345时限为本市做法')"),
        QStringLiteral("INSERT INTO deadline_rules(id, rule_set_id, kind, channel, amount, unit) VALUES"
                       " (1, 1, 'accept', '', 7, 'working_days'),"
                       " (2, 1, 'mediation', '', 45, 'working_days'),"
                       " (3, 1, 'termination_notice', '', 7, 'working_days'),"
                       " (4, 1, 'enterprise', '', 10, 'working_days'),"
                       " (5, 1, 'hotline_sign', '12345', 1, 'working_days'),"
                       " (6, 1, 'hotline_reply', '12345', 5, 'working_days'),"
                       " (7, 1, 'hotline_dispatch', '12345', 2, 'hours')"),
        // Step 10: the default early-warning rule (see schema_v10.cpp for its numbers).
        QStringLiteral("INSERT INTO warning_rules(id, name, window_days, min_count, baseline_days, ratio_percent,"
                       " prepaid_weight_percent) VALUES (1, '突增投诉', 7, 15, 90, 400, 150)"),
        // Step 12: a new file starts with everything to count (there is nothing yet: cheap).
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*')"),
    };

    // Explicit ids do not move an identity's sequence: set it past them, or the next row
    // added without an id would collide. (An import of a SQLite file must do the same.)
    for (const char *table : {"categories", "deadline_rule_sets", "deadline_rules", "warning_rules"}) {
        sql << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))")
                   .arg(QLatin1String(table));
    }
    return sql;
}

} // namespace casedesk
