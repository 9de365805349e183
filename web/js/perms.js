// What the signed-in account may do, mirrored from the server's rules only to show or hide buttons;
// the server decides (403 with a reason), and the UI shows that reason when it says no.

export function canEdit(me, district) {
  if (me.role === 'admin') return true;
  return me.role === 'strateg' && (district == null || (me.districts ?? []).includes(district));
}

export function canFollowUp(me, p) {
  switch (me.role) {
    case 'admin': return true;
    case 'strateg': return (me.districts ?? []).includes(p.district);
    case 'parkingenjor': return p.assignee === me.username
      || (me.responsibleRole && (p.responsible ?? '').toLowerCase().includes(me.responsibleRole.toLowerCase()));
    case 'polis': return p.category === 'police';
    default: return false;
  }
}

export function defaultView(me) {
  return { parkingenjor: 'mine', polis: 'review' }[me.role] ?? 'map';
}

export function views(me) {
  const v = ['map'];
  if (me.role === 'parkingenjor' || me.role === 'admin') v.push('mine');
  if (me.role === 'strateg' || me.role === 'admin') v.push('meeting');
  if (me.role === 'polis' || me.role === 'admin' || me.role === 'strateg') v.push('review');
  return v;
}

/** Analyses of police incident data: aggregates for polis, admin and strateg (mirrors IncidentAccess). */
export function seesAggregates(me) {
  return me.role === 'polis' || me.role === 'admin' || me.role === 'strateg';
}

/** Incident-level answers (hour/weekday profile, monthly counts at a place): polis and admin only. */
export function seesIncidents(me) {
  return me.role === 'polis' || me.role === 'admin';
}

/** Plan workbooks in (POST /api/plans/import): strategists (their districts) and admins. */
export function canImportPlans(me) {
  return me.role === 'admin' || me.role === 'strateg';
}

/** Incident files in (POST /api/incidents/import): polis and admin. */
export function canImportIncidents(me) {
  return me.role === 'polis' || me.role === 'admin';
}
