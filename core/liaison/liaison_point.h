#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The liaison-point network (消费维权联络点): points in communities, markets, malls, schools and
// other places where consumers get help on the spot; each has an official of the council
// assigned to guide it. See liaison_point_service.h for the rules.

namespace casedesk {

// Where a point sits. Stable codes (storage, CLI, JSON) in liaison_codes.cpp.
enum class LiaisonPointType {
    Community,      // 社区/居委
    Village,        // 村委
    Market,         // 市场
    Supermarket,    // 超市
    Mall,           // 商场
    Enterprise,     // 企业
    ScenicSpot,     // 景区
    ECommerce,      // 电商平台
    School,         // 学校
    OfficeBuilding, // 商务楼宇
    IndustrialPark, // 产业园区
    Other,
};

enum class LiaisonPointStatus {
    Active,
    Suspended, // keeps its records; may still transfer
    Closed,    // takes no new transfers
};

QString codeOf(LiaisonPointType type);
QString labelOf(LiaisonPointType type);
std::optional<LiaisonPointType> liaisonPointTypeFromCode(const QString &code);
// A code or a translated label ("超市", "supermarket", "Supermarket"): what a list's cell may hold.
std::optional<LiaisonPointType> liaisonPointTypeFromText(const QString &text);
QList<LiaisonPointType> allLiaisonPointTypes();

QString codeOf(LiaisonPointStatus status);
QString labelOf(LiaisonPointStatus status);
std::optional<LiaisonPointStatus> liaisonPointStatusFromCode(const QString &code);
std::optional<LiaisonPointStatus> liaisonPointStatusFromText(const QString &text);
QList<LiaisonPointStatus> allLiaisonPointStatuses();

struct LiaisonPoint {
    qint64 id = 0;
    QString name;
    LiaisonPointType type = LiaisonPointType::Other;
    QString host; // the host organisation (依托单位)
    QString address;
    QString district;
    QString street;
    QString contactPerson; // personal data
    QString contactPhone;  // personal data: masked for users who may not reveal it
    QString official;      // the CaseDesk user assigned to guide the point (定人指导), or empty
    QDate setUpOn;         // invalid when not known
    LiaisonPointStatus status = LiaisonPointStatus::Active;
    QString modelTitle; // 示范联络点 title, empty when none
    int modelYear = 0;  // 0 when no title
    int version = 0;    // 1 when added; an edit must carry the version it read
    QString updatedBy;
    QDateTime updatedAt;
};

// What a list of points is narrowed to; empty members do not narrow.
struct LiaisonPointFilter {
    QString text; // in the name, host, address or contact person
    std::optional<LiaisonPointType> type;
    QString street; // exact
    std::optional<LiaisonPointStatus> status;
    QString official; // exact user name
};

} // namespace casedesk
