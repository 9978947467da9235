#include "workflow/case_edit_service.h"

#include "storage/complaint_repository.h"

namespace casedesk {

Result<Complaint> CaseEditService::save(const Complaint &edited, const QString &actor, const QDateTime &now)
{
    return ComplaintRepository(m_db).update(edited, actor, now);
}

} // namespace casedesk
