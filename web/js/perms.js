// What the signed-in account may do, as the server says it: every record carries the "actions" its reader
// may take (computed by the same policy that enforces them), and /api/me lists the role's general
// "capabilities" and the districts it may create records in. Nothing here repeats a server rule.

/** Whether the server offers this action on the record (a feature's properties or a plain record). */
export function may(record, action) {
  return (record?.actions ?? []).includes(action);
}

/** A general capability of the role: createRecords, importPlans, importIncidents, readIncidents, ... */
export function can(me, capability) {
  return (me.capabilities ?? []).includes(capability);
}

/** Whether new places, problems, measures and plans may be created in the district (any district when none). */
export function createsIn(me, district) {
  const districts = me.editableDistricts ?? [];
  return district == null ? districts.length > 0 : districts.includes(district);
}

/**
 * The views offered: the meeting to those who may create records (strategists follow up their districts'
 * plans there), the review to those who read incident analyses, "Mitt arbete" to park engineers (and admin).
 * Which view a role starts in is navigation, not permission: the records still carry their own actions.
 */
export function views(me) {
  const v = ['map'];
  if (me.role === 'parkingenjor' || me.role === 'admin') v.push('mine');
  if (createsIn(me)) v.push('meeting');
  if (can(me, 'readIncidentAggregates')) v.push('review');
  return v;
}

export function defaultView(me) {
  return { parkingenjor: 'mine', polis: 'review' }[me.role] ?? 'map';
}
