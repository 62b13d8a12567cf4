import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { wordsOf } from './spanBounds';

/**
 * The nouns of the screen an English label stands beside ("the **Archive** option", "the
 * **Sign in** button"), with the German nouns that render them, which German puts before the
 * label ("die Option „Archivieren“", "die Schaltfläche Anmelden").
 */
const GERMAN_UI_NOUNS: Readonly<Record<string, readonly string[]>> = {
  option: ['Option'],
  tab: ['Registerkarte'],
  button: ['Schaltfläche'],
  page: ['Seite'],
  pane: ['Bereich'],
  panel: ['Bereich'],
  box: ['Feld', 'Kontrollkästchen', 'Dialogfeld'],
  menu: ['Menü'],
  section: ['Abschnitt'],
  field: ['Feld'],
  icon: ['Symbol'],
  window: ['Fenster'],
  dialog: ['Dialogfeld'],
  list: ['Liste'],
};

/**
 * German: a bold that opens with the noun of the screen that the English leaves right after its
 * bold label ("Klicken Sie auf die **Option "Archivieren"**" for "click the **Archive**
 * option"): the noun came inside the bold, which in the English marks only the label. Not where
 * the English bold holds such a noun itself. Returns the noun.
 */
export function classifierPulledIn(s: SegmentCheck, text: string, enTexts: readonly string[], englishAfter: readonly string[]): string | undefined {
  if (languageOf(s.locale) !== 'de') return undefined;
  const words = wordsOf(text);
  if (words.length < 2) return undefined;
  const first = words[0];
  if (enTexts.some((t) => wordsOf(t).some((w) => w.toLowerCase() in GERMAN_UI_NOUNS))) return undefined;
  // The English noun right after one of its bold labels, rendered by the bold's first word.
  return englishAfter.some((w) => GERMAN_UI_NOUNS[w.toLowerCase()]?.includes(first) === true) ? first : undefined;
}
