// Texts for the side panel's tabs, the plan view (Sammanställning), Back, meeting mode and the map's target
// labels (Swedish default, English), merged into i18n.js's tables.
import { addTexts } from './i18n.js';

addTexts({
  sv: {
    tabsLabel: 'Arbetsytor', tabList: 'Åtgärder', tabMine: 'Mitt arbete', tabPlaces: 'Platser', tabPlan: 'Plan',
    tabAnalysis: 'Analys', back: 'Tillbaka', tools: 'Verktyg',
    planPick: 'Plan', planSummary: 'Sammanställning över prioriterade områden',
    planProblems: 'Problem', planCauses: 'Orsaker', planMeasures: 'Åtgärder', planTotal: 'Totalt',
    planMatchesPrinted: 'Stämmer med tabellen i planens dokument.',
    planDiffersPrinted: 'Skiljer sig från tabellen i planens dokument: {0}.',
    planStatus: 'Status per prioriterat område i planen', planNone: 'Det finns ingen plan att visa.',
    planImport: 'Importera plan…', planOpenList: 'Visa planens åtgärder i listan',
    meetingEmpty: 'Planen har inga åtgärder med de här filtren.',
    targetShort: '{0} {1}', targetShortNoYear: '{0}',
    policeNoteEdit: 'Skriv polisens anteckning', policeNoteSave: 'Spara anteckningen', policeNoteNone: 'Ingen anteckning.',
    restrictedFollowUp: 'Begränsad: bara polis och administratörer läser texten',
  },
  en: {
    tabsLabel: 'Work areas', tabList: 'Measures', tabMine: 'My work', tabPlaces: 'Places', tabPlan: 'Plan',
    tabAnalysis: 'Analysis', back: 'Back', tools: 'Tools',
    planPick: 'Plan', planSummary: 'Summary by priority area',
    planProblems: 'Problems', planCauses: 'Causes', planMeasures: 'Measures', planTotal: 'Total',
    planMatchesPrinted: 'Matches the table in the plan document.',
    planDiffersPrinted: 'Differs from the table in the plan document: {0}.',
    planStatus: 'Status per priority area in the plan', planNone: 'There is no plan to show.',
    planImport: 'Import plan…', planOpenList: 'Show the plan\'s measures in the list',
    meetingEmpty: 'The plan has no measures with these filters.',
    targetShort: '{0} {1}', targetShortNoYear: '{0}',
    policeNoteEdit: 'Write the police note', policeNoteSave: 'Save the note', policeNoteNone: 'No note.',
    restrictedFollowUp: 'Restricted: only police and administrators read the text',
  },
});
