#include "storage/schema_steps.h"

namespace casedesk {

// Version 1: settings, taxonomy, parties, complaints, case numbers, audit log.
QStringList schemaVersion1()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO settings(key, value) VALUES"
                       " ('case_number_prefix', '消保'),"
                       " ('council_name', '区消费者权益保护委员会')"),

        // The complaint taxonomy is data, not code: councils rename and extend it.
        QStringLiteral("CREATE TABLE categories ("
                       " id INTEGER PRIMARY KEY,"
                       " kind TEXT NOT NULL CHECK (kind IN ('goods', 'services', 'other')),"
                       " name TEXT NOT NULL UNIQUE,"
                       " name_en TEXT NOT NULL DEFAULT '',"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " active INTEGER NOT NULL DEFAULT 1)"),

        QStringLiteral("CREATE TABLE consumers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " phone TEXT NOT NULL,"
                       " id_number TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX consumers_phone ON consumers(phone)"),

        QStringLiteral("CREATE TABLE businesses ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " credit_code TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " district TEXT NOT NULL DEFAULT '',"
                       " street TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX businesses_name ON businesses(name)"),
        QStringLiteral("CREATE INDEX businesses_credit_code ON businesses(credit_code)"),

        QStringLiteral("CREATE TABLE case_number_sequences ("
                       " prefix TEXT NOT NULL,"
                       " year INTEGER NOT NULL,"
                       " last_value INTEGER NOT NULL,"
                       " PRIMARY KEY (prefix, year))"),

        QStringLiteral("CREATE TABLE complaints ("
                       " id INTEGER PRIMARY KEY,"
                       " case_number TEXT NOT NULL UNIQUE,"
                       " consumer_id INTEGER NOT NULL REFERENCES consumers(id),"
                       " business_id INTEGER NOT NULL REFERENCES businesses(id),"
                       " channel TEXT NOT NULL,"
                       " platform_ref TEXT NOT NULL DEFAULT '',"
                       " category_id INTEGER NOT NULL REFERENCES categories(id),"
                       " nature TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),"
                       " demand TEXT NOT NULL,"
                       " facts TEXT NOT NULL,"
                       " incident_date TEXT,"
                       " received_at TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " assignee TEXT NOT NULL DEFAULT '',"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX complaints_received ON complaints(received_at, id)"),
        QStringLiteral("CREATE INDEX complaints_status ON complaints(status, received_at)"),
        QStringLiteral("CREATE INDEX complaints_category ON complaints(category_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_channel ON complaints(channel, received_at)"),
        QStringLiteral("CREATE INDEX complaints_business ON complaints(business_id)"),
        QStringLiteral("CREATE INDEX complaints_consumer ON complaints(consumer_id)"),

        // Every change to a case, written in the same transaction as the change.
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " field TEXT NOT NULL DEFAULT '',"
                       " old_value TEXT NOT NULL DEFAULT '',"
                       " new_value TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_complaint ON audit_log(complaint_id, id)"),
    };

    // China Consumers Association classification: 10 goods, 13 services, plus "other".
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
        sql.append(QStringLiteral("INSERT INTO categories(kind, name, name_en, sort_order) "
                                  "VALUES ('%1', '%2', '%3', %4)")
                       .arg(QLatin1String(seed.kind), QString::fromUtf8(seed.name),
                            QLatin1String(seed.nameEn))
                       .arg(order));
    }
    return sql;
}

} // namespace casedesk
