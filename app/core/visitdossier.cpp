#include "core/visitdossier.h"

namespace SpineDesk {

EsiInput VisitDossier::esiInput() const
{
    EsiInput in;
    in.asOf = visit.visitDate;
    in.intake = intake;
    in.examination = examination;
    in.summary = &summary;
    in.decisions = decisions;
    in.considerations = considerations;
    return in;
}

Plans::PlanContext VisitDossier::planContext() const
{
    Plans::PlanContext c;
    c.visitDate = visit.visitDate;
    c.intake = intake;
    c.examination = examination;
    c.summary = &summary;
    c.decisions = decisions;
    c.considerations = considerations;
    c.esi = esi;
    if (plan)
        c.problems = plan->problems;
    c.visitKind = visit.kind;
    return c;
}

} // namespace SpineDesk
