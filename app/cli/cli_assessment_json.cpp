#include "cli_assessment_json.h"

#include "cli_points_support.h"
#include "cli_support.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A whole number of points (or an id): refused when not a whole JSON number.
Result<qint64> wholeNumber(const QJsonValue &value, const QString &what)
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || std::abs(number) > 1e12)
        return usageError(Msg::tr("%1 must be a whole number.").arg(what));
    return qint64(number);
}

Result<QString> text(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return usageError(Msg::tr("\"%1\" must be text.").arg(key));
    return value.toString();
}

// The criterion a score names: an id of the sheet, or a name found once on it.
Result<qint64> criterionOf(const QJsonValue &value, const AssessmentSheet &sheet)
{
    if (value.isString()) {
        qint64 found = 0;
        int matches = 0;
        for (const AssessmentCategory &category : sheet.categories) {
            for (const AssessmentCriterion &c : category.criteria) {
                if (c.name == value.toString().trimmed()) {
                    found = c.id;
                    ++matches;
                }
            }
        }
        if (matches == 0)
            return usageError(Msg::tr("No criterion \"%1\" on the %2 sheet.").arg(value.toString()).arg(sheet.year));
        if (matches > 1)
            return usageError(Msg::tr("\"%1\" is in more than one category: give the criterion's id.").arg(value.toString()));
        return found;
    }
    return wholeNumber(value, QStringLiteral("criterion"));
}

} // namespace

QJsonObject sheetToJson(const AssessmentSheet &sheet)
{
    QJsonArray categories;
    for (const AssessmentCategory &category : sheet.categories) {
        QJsonArray criteria;
        for (const AssessmentCriterion &c : category.criteria)
            criteria.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("maxPoints"), c.maxPoints}});
        categories.append(QJsonObject{{QStringLiteral("id"), category.id},
                                      {QStringLiteral("name"), category.name},
                                      {QStringLiteral("maxPoints"), category.maxPoints()},
                                      {QStringLiteral("criteria"), criteria}});
    }
    return {{QStringLiteral("year"), sheet.year},
            {QStringLiteral("version"), sheet.version},
            {QStringLiteral("maxPoints"), sheet.maxPoints()},
            {QStringLiteral("categories"), categories}};
}

Result<AssessmentSheet> sheetFromJson(const QJsonObject &json, int year)
{
    if (auto s = onlyKnownKeys(json, {QStringLiteral("year"), QStringLiteral("version"), QStringLiteral("maxPoints"),
                                      QStringLiteral("categories")});
        !s)
        return s.error();
    AssessmentSheet sheet;
    sheet.year = year;
    if (json.contains(QStringLiteral("year")) && json.value(QStringLiteral("year")).toInt() != year)
        return usageError(Msg::tr("The file is the sheet of %1, not of %2.").arg(json.value(QStringLiteral("year")).toInt()).arg(year));
    if (json.contains(QStringLiteral("version"))) {
        auto version = wholeNumber(json.value(QStringLiteral("version")), QStringLiteral("version"));
        if (!version)
            return version.error();
        sheet.version = int(version.value());
    }
    if (!json.value(QStringLiteral("categories")).isArray())
        return usageError(Msg::tr("\"categories\" must be a list."));
    for (const QJsonValue &categoryValue : json.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject c = categoryValue.toObject();
        if (auto s = onlyKnownKeys(c, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("maxPoints"),
                                       QStringLiteral("criteria")});
            !s)
            return s.error();
        AssessmentCategory category;
        auto name = text(c, QStringLiteral("name"));
        if (!name)
            return name.error();
        category.name = name.value();
        if (c.contains(QStringLiteral("id"))) {
            auto id = wholeNumber(c.value(QStringLiteral("id")), QStringLiteral("id"));
            if (!id)
                return id.error();
            category.id = id.value();
        }
        if (!c.value(QStringLiteral("criteria")).isArray())
            return usageError(Msg::tr("\"criteria\" of \"%1\" must be a list.").arg(category.name));
        for (const QJsonValue &criterionValue : c.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject k = criterionValue.toObject();
            if (auto s = onlyKnownKeys(k, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("maxPoints")}); !s)
                return s.error();
            AssessmentCriterion criterion;
            auto criterionName = text(k, QStringLiteral("name"));
            if (!criterionName)
                return criterionName.error();
            criterion.name = criterionName.value();
            if (k.contains(QStringLiteral("id"))) {
                auto id = wholeNumber(k.value(QStringLiteral("id")), QStringLiteral("id"));
                if (!id)
                    return id.error();
                criterion.id = id.value();
            }
            auto max = wholeNumber(k.value(QStringLiteral("maxPoints")), QStringLiteral("maxPoints"));
            if (!max)
                return max.error();
            criterion.maxPoints = int(std::clamp<qint64>(max.value(), -1, 1'000'000));
            category.criteria.append(criterion);
        }
        sheet.categories.append(category);
    }
    return sheet;
}

Result<PointAssessment> assessmentFromJson(const QJsonObject &json, const AssessmentSheet &sheet, PointAssessment a)
{
    if (auto s = onlyKnownKeys(json, {QStringLiteral("scores"), QStringLiteral("notes"), QStringLiteral("version")}); !s)
        return s.error();
    if (json.contains(QStringLiteral("notes"))) {
        auto notes = text(json, QStringLiteral("notes"));
        if (!notes)
            return notes.error();
        a.notes = notes.value();
    }
    if (json.contains(QStringLiteral("version"))) {
        auto version = wholeNumber(json.value(QStringLiteral("version")), QStringLiteral("version"));
        if (!version)
            return version.error();
        a.version = int(version.value());
    }
    if (!json.contains(QStringLiteral("scores")))
        return a;
    if (!json.value(QStringLiteral("scores")).isArray())
        return usageError(Msg::tr("\"scores\" must be a list."));
    a.scores.clear();
    for (const QJsonValue &value : json.value(QStringLiteral("scores")).toArray()) {
        const QJsonObject s = value.toObject();
        if (auto known = onlyKnownKeys(s, {QStringLiteral("criterion"), QStringLiteral("points"), QStringLiteral("note")});
            !known)
            return known.error();
        auto criterion = criterionOf(s.value(QStringLiteral("criterion")), sheet);
        if (!criterion)
            return criterion.error();
        auto points = wholeNumber(s.value(QStringLiteral("points")), QStringLiteral("points"));
        if (!points)
            return points.error();
        auto note = text(s, QStringLiteral("note"));
        if (!note)
            return note.error();
        // Out-of-range points are the service's to refuse with the criterion's name.
        a.scores.append({criterion.value(), int(std::clamp<qint64>(points.value(), -1, 1'000'000)), note.value()});
    }
    return a;
}

QJsonObject rankToJson(const AssessmentRank &r)
{
    QJsonArray categories;
    for (int points : r.categoryPoints)
        categories.append(points);
    return {{QStringLiteral("rank"), r.rank},
            {QStringLiteral("pointId"), r.pointId},
            {QStringLiteral("point"), r.pointName},
            {QStringLiteral("type"), codeOf(r.type)},
            {QStringLiteral("street"), r.street},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("categoryPoints"), categories},
            {QStringLiteral("model"), r.model},
            {QStringLiteral("modelTitle"), r.modelTitle},
            {QStringLiteral("scoredBy"), r.scoredBy}};
}

} // namespace casedesk::cli
