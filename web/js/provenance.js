// How a place's geometry was drawn and how close to reality it is: asked whenever a geometry is drawn or
// moved, because a new outline makes the old description untrue. Sent as properties.accuracyM,
// properties.digitised and properties.source; the field names match the server's problem+json "field".
import { t } from './i18n.js';
import { field, input, textarea } from './forms.js';

/** Accuracy at or under this many metres counts as placed; over it, or unstated, as approximate. */
export const ACCURACY_TARGET_M = 30;

/** pp: the place's current properties (empty for a new place). Returns {nodes, values()}. */
export function provenanceFields(pp = {}) {
  const accuracy = input('properties.accuracyM', pp.accuracyM ?? '', { type: 'number', min: 0, max: 100000, step: 1, inputmode: 'numeric' });
  const digitised = textarea('properties.digitised', pp.digitised ?? '', 3);
  digitised.placeholder = t('digitisedHint');
  return {
    nodes: [field(t('accuracyLabel'), accuracy), field(t('digitisedLabel'), digitised)],
    values: () => ({
      accuracyM: accuracy.value === '' ? null : Number(accuracy.value),
      digitised: digitised.value.trim() || null,
      source: pp.source ?? null,
    }),
  };
}

/** "±60 m · ungefärligt läge", "±5 m", or that nobody stated it. */
export function accuracyText(pp) {
  if (pp.accuracyM == null) return t('accuracyUnknown');
  return pp.accuracyM > ACCURACY_TARGET_M ? t('accuracyApproximate', pp.accuracyM) : t('accuracyPlaced', pp.accuracyM);
}
