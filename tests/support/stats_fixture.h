#pragma once

#include <QSqlDatabase>

namespace casedesk::test {

// A small database whose statistics were worked out by hand (the expected figures are
// listed in stats_fixture.cpp and docs/statistics.md's worked example): 11 cases around
// January 2026, January 2025 and December 2025, with timelines and follow-up visits.
// Users: 李敏 and 张强 (caseworkers), 王主任 (supervisor), 赵管理 (administrator), all
// signing in with kTestPassword (test_support.h).
void buildStatsFixture(const QSqlDatabase &db);

} // namespace casedesk::test
