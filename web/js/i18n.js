// Texts in Swedish (default) and English, and Swedish-style dates and numbers through Intl.
// The language is kept in the URL (lang=en) and in localStorage, so a shared link opens in the same language.

const TEXTS = {
  sv: {
    appLead: 'Åtgärdsplaner mot brott och otrygghet på kartan', logout: 'Logga ut', language: 'English',
    demo: 'Demoläge: demokonton med lösenordet "demo" är aktiva. Använd aldrig riktiga uppgifter.',
    loading: 'Laddar…', loadFailed: 'Kunde inte hämta data: {0}', saveFailed: 'Sparades inte: {0}',
    saved: 'Sparat.', retry: 'Försök igen', close: 'Stäng', cancel: 'Avbryt', save: 'Spara',
    viewMap: 'Karta', viewMine: 'Mitt arbete', viewMeeting: 'Uppföljningsmöte', viewReview: 'Hot-spot-granskning',
    filters: 'Filter', district: 'Stadsdel', plan: 'Plan', year: 'År', priorityArea: 'Prioriterat område',
    status: 'Status', category: 'Kategori', type: 'Typ', responsible: 'Ansvarig', text: 'Fritext',
    all: 'Alla', clearFilters: 'Rensa filter', overdueOnly: 'Bara försenade',
    legend: 'Teckenförklaring', legendTarget: 'ÖDS-/utsatt-område-mål', legendPlace: 'Plats (område/gångväg)',
    legendDistrict: 'Stadsdelsgräns', measuresShown: '{0} åtgärder ({1} på kartan)', ofTotal: 'visar {0} av {1}',
    list: 'Åtgärder', noMeasures: 'Inga åtgärder matchar filtret.', chart: 'Status per prioriterat område',
    targetLabel: '{0}-mål {1} · {2} år kvar', targetNoYear: '{0}', targetPassed: '{0}-mål {1} · målåret har passerat',
    place: 'Plats', problem: 'Problem', cause: 'Orsak', measure: 'Åtgärd', goal: 'Operativt mål', timing: 'När',
    who: 'Vem', followUps: 'Uppföljningar', noFollowUps: 'Inga uppföljningar ännu.', history: 'Ändringshistorik',
    policeNote: 'Polisens anteckning (endast polis)', restricted: 'Begränsad (endast polis)',
    overdue: 'Försenad', due: 'Klart senast {0}', noDue: 'Inget slutdatum',
    setStatus: 'Sätt status', note: 'Anteckning', date: 'Mötesdatum', addFollowUp: 'Spara uppföljning',
    edit: 'Redigera', newMeasure: 'Ny åtgärd', newProblem: 'Nytt problem', editProblem: 'Redigera problem',
    description: 'Beskrivning', operationalGoal: 'Operativt mål', drawGeometry: 'Rita på kartan',
    geometryDrawn: 'Geometri ritad', geometryNone: 'Ingen egen geometri', placeIds: 'Platser',
    targetGroup: 'Målgrupp', timePattern: 'Tidsmönster', causes: 'Orsaker (en per rad)',
    conflict: 'Någon annan har ändrat posten (nu version {0}). Din text finns kvar: läs in igen och spara.',
    reload: 'Läs in igen', mineEmpty: 'Inget arbete tilldelat dig just nu.',
    meetingPick: 'Välj plan för mötet', meetingStart: 'Starta mötet', meetingOf: 'Åtgärd {0} av {1}',
    prev: 'Föregående', next: 'Nästa', skip: 'Hoppa över', meetingDone: 'Alla åtgärder genomgångna.',
    reviewIntro: 'ÖDS-platser och andra målsatta platser med polisiära och fysiska åtgärder.',
    print: 'Skriv ut', openPrint: 'Utskriftsvänlig sammanställning', readOnly: 'Läsbehörighet: kartan är skrivskyddad.',
    placeNew: 'Ny plats', placeName: 'Namn', placeKind: 'Platstyp', movePlace: 'Flytta/ändra geometri',
    geometrySaved: 'Geometrin sparad.', noPlaceData: 'Ingen åtgärd kopplad till platsen.', measuresAtPlace: 'Åtgärder här',
    placeRedraw: 'Rita om som', placeDragVertices: 'Dra hörnen i kartan, eller rita om formen.', assignee: 'Tilldelad (användarnamn)',
    views: 'Vyer', mapLabel: 'Karta över platser och åtgärder', sideLabel: 'Åtgärder och detaljer',
    showOnMap: 'Visa på kartan', details: 'Detaljer', progress: 'Framsteg', printedAt: 'Utskriven {0}',
    accuracyLabel: 'Noggrannhet (meter från verkligt läge)', digitisedLabel: 'Hur läget ritades',
    digitisedHint: 'T.ex. ritad mot stadens baskarta 2026, hörnen vid husknutarna', accuracyUnknown: 'Noggrannhet ej angiven: kontrollera läget',
    accuracyApproximate: 'Ungefärligt läge: ±{0} m (målet är 30 m)', accuracyPlaced: 'Läge ±{0} m', howDrawn: 'Hur läget ritades',
    accuracyUnstatedShort: 'noggrannhet ej angiven', sourceLabel: 'Källa', legendApproximate: 'Ungefärligt läge (sämre än 30 m)',
    drawPointStart: 'Klicka i kartan där punkten ska ligga.', drawLineStart: 'Klicka där linjen börjar.',
    drawLineCont: 'Klicka för nästa brytpunkt.', drawLineEnd: 'Klicka på sista punkten igen för att avsluta linjen.',
    drawAreaStart: 'Klicka där ytans första hörn ligger.', drawAreaCont: 'Klicka för nästa hörn.',
    drawAreaEnd: 'Klicka på första hörnet för att stänga ytan.', drawCrossing: 'Kanterna får inte korsa varandra.',
    placesData: 'Platser',
    zoomTo: 'Zooma till', noTiles: 'Bakgrundskartan kunde inte laddas: stadsdelar och platser visas ändå', inView: 'Bara i kartvyn', chartNone: 'Inget att visa.', unknown: 'okänt',
  },
  en: {
    appLead: 'Action plans against crime and unsafety on the map', logout: 'Sign out', language: 'Svenska',
    demo: 'Demo mode: demo accounts with the password "demo" are active. Never use real data.',
    loading: 'Loading…', loadFailed: 'Could not load data: {0}', saveFailed: 'Not saved: {0}',
    saved: 'Saved.', retry: 'Try again', close: 'Close', cancel: 'Cancel', save: 'Save',
    viewMap: 'Map', viewMine: 'My work', viewMeeting: 'Follow-up meeting', viewReview: 'Hot-spot review',
    filters: 'Filters', district: 'District', plan: 'Plan', year: 'Year', priorityArea: 'Priority area',
    status: 'Status', category: 'Category', type: 'Type', responsible: 'Responsible', text: 'Free text',
    all: 'All', clearFilters: 'Clear filters', overdueOnly: 'Overdue only',
    legend: 'Legend', legendTarget: 'Open drug scene / vulnerable area target', legendPlace: 'Place (area/walkway)',
    legendDistrict: 'District boundary', measuresShown: '{0} measures ({1} on the map)', ofTotal: 'showing {0} of {1}',
    list: 'Measures', noMeasures: 'No measures match the filter.', chart: 'Status per priority area',
    targetLabel: '{0} target {1} · {2} years left', targetNoYear: '{0}', targetPassed: '{0} target {1} · target year passed',
    place: 'Place', problem: 'Problem', cause: 'Cause', measure: 'Measure', goal: 'Operational goal', timing: 'When',
    who: 'Who', followUps: 'Follow-ups', noFollowUps: 'No follow-ups yet.', history: 'Change history',
    policeNote: 'Police note (police only)', restricted: 'Restricted (police only)',
    overdue: 'Overdue', due: 'Due {0}', noDue: 'No end date',
    setStatus: 'Set status', note: 'Note', date: 'Meeting date', addFollowUp: 'Save follow-up',
    edit: 'Edit', newMeasure: 'New measure', newProblem: 'New problem', editProblem: 'Edit problem',
    description: 'Description', operationalGoal: 'Operational goal', drawGeometry: 'Draw on the map',
    geometryDrawn: 'Geometry drawn', geometryNone: 'No own geometry', placeIds: 'Places',
    targetGroup: 'Target group', timePattern: 'Time pattern', causes: 'Causes (one per line)',
    conflict: 'Someone else changed this record (now version {0}). Your text is kept: reload and save.',
    reload: 'Reload', mineEmpty: 'No work assigned to you right now.',
    meetingPick: 'Choose the plan for the meeting', meetingStart: 'Start the meeting', meetingOf: 'Measure {0} of {1}',
    prev: 'Previous', next: 'Next', skip: 'Skip', meetingDone: 'All measures reviewed.',
    reviewIntro: 'Open drug scenes and other targeted places with their police and physical measures.',
    print: 'Print', openPrint: 'Printable summary', readOnly: 'Read access: the map is read-only.',
    placeNew: 'New place', placeName: 'Name', placeKind: 'Place kind', movePlace: 'Move/edit geometry',
    geometrySaved: 'Geometry saved.', noPlaceData: 'No measure at this place.', measuresAtPlace: 'Measures here',
    placeRedraw: 'Draw anew as', placeDragVertices: 'Drag the corners on the map, or draw the shape anew.', assignee: 'Assigned to (user name)',
    views: 'Views', mapLabel: 'Map of places and measures', sideLabel: 'Measures and details',
    showOnMap: 'Show on map', details: 'Details', progress: 'Progress', printedAt: 'Printed {0}',
    accuracyLabel: 'Accuracy (metres from the real position)', digitisedLabel: 'How the position was drawn',
    digitisedHint: 'E.g. drawn on the city base map 2026, corners at the building corners', accuracyUnknown: 'Accuracy not stated: check the position',
    accuracyApproximate: 'Approximate position: ±{0} m (the aim is 30 m)', accuracyPlaced: 'Position ±{0} m', howDrawn: 'How the position was drawn',
    accuracyUnstatedShort: 'accuracy not stated', sourceLabel: 'Source', legendApproximate: 'Approximate position (worse than 30 m)',
    drawPointStart: 'Click the map where the point goes.', drawLineStart: 'Click where the line starts.',
    drawLineCont: 'Click for the next vertex.', drawLineEnd: 'Click the last point again to finish the line.',
    drawAreaStart: 'Click the first corner of the area.', drawAreaCont: 'Click for the next corner.',
    drawAreaEnd: 'Click the first corner to close the area.', drawCrossing: 'Edges must not cross each other.',
    placesData: 'Places',
    zoomTo: 'Zoom to', noTiles: 'The background map did not load: districts and places are still shown', inView: 'Only in map view', chartNone: 'Nothing to show.', unknown: 'unknown',
  },
};

const LABELS = {
  sv: {
    status: {
      'planned': 'Planerad', 'not-started': 'Ej påbörjad', 'ongoing': 'Påbörjad/pågår', 'partially-done': 'Delvis genomförd',
      'done': 'Genomförd', 'not-done-as-planned': 'Ej genomförd enligt plan', 'removed': 'Borttagen ur åtgärdsplanen',
    },
    category: {
      physical: 'Fysisk', activation: 'Platsaktivering', police: 'Polisiär', social: 'Social',
      communication: 'Kommunikation', collaboration: 'Samverkan',
    },
    type: {
      lighting: 'Belysning', vegetation: 'Växtlighet/siktlinjer', seating: 'Sittplatser', paving: 'Asfaltering',
      camera: 'Kameror', greenery: 'Grönska', 'outdoor-gym': 'Utegym', redesign: 'Omgestaltning', cleaning: 'Städning',
      fencing: 'Stängsel/skalskydd', signage: 'Skyltning', other: 'Övrigt',
    },
  },
  en: {
    status: {
      'planned': 'Planned', 'not-started': 'Not started', 'ongoing': 'Ongoing', 'partially-done': 'Partially done',
      'done': 'Done', 'not-done-as-planned': 'Not done as planned', 'removed': 'Removed from the plan',
    },
    category: {
      physical: 'Physical', activation: 'Place activation', police: 'Police', social: 'Social',
      communication: 'Communication', collaboration: 'Collaboration',
    },
    type: {
      lighting: 'Lighting', vegetation: 'Vegetation/sight lines', seating: 'Seating', paving: 'Paving',
      camera: 'Cameras', greenery: 'Greenery', 'outdoor-gym': 'Outdoor gym', redesign: 'Redesign', cleaning: 'Cleaning',
      fencing: 'Fencing', signage: 'Signage', other: 'Other',
    },
  },
};

function initialLang() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'sv') return fromUrl;
  try {
    return localStorage.getItem('platslage.lang') === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

let lang = initialLang();

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'sv';
  try {
    localStorage.setItem('platslage.lang', lang);
  } catch { /* private mode: the URL still carries it */ }
  document.documentElement.lang = lang;
}

/**
 * More texts for a feature module (analysis, evaluation): merged into both languages. A key is one text: a module
 * that gives an existing key another text is a mistake (the later module would silently reword the other's page).
 */
export function addTexts(more) {
  for (const l of Object.keys(TEXTS)) {
    for (const [key, text] of Object.entries(more[l] ?? {})) {
      if (key in TEXTS[l] && TEXTS[l][key] !== text) {
        throw new Error(`text key '${key}' (${l}) is defined twice: '${TEXTS[l][key]}' and '${text}'`);
      }
      TEXTS[l][key] = text;
    }
  }
}

/** The text for key, with {0}, {1}… replaced by the arguments (which are inserted as text, never as markup). */
export function t(key, ...args) {
  const text = TEXTS[lang][key] ?? TEXTS.sv[key] ?? key;
  return text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? ''));
}

/** A label for a code (status, category, type); unknown codes are shown as they are. */
export function label(kind, code) {
  if (code == null) return '';
  return LABELS[lang][kind]?.[code] ?? code;
}

export function codes(kind) {
  return Object.keys(LABELS.sv[kind]);
}

const LOCALE = () => (lang === 'en' ? 'en-GB' : 'sv-SE');

/** "2025-09-30" or an ISO instant → "30 sep. 2025" in Swedish; empty for none. */
export function fmtDate(value) {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(LOCALE(), { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

export function fmtNumber(value) {
  return value == null ? '' : new Intl.NumberFormat(LOCALE()).format(value);
}

/** Sets the text of every element with data-i18n (static parts of the pages). */
export function translatePage(root = document) {
  document.documentElement.lang = lang;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
}
