import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { wordReader, wordsOf } from './spanBounds';

/**
 * The verbs a how-to title opens with ("[Add and remove group members](url)") and the
 * infinitives German writes them with at the head of the translated title, as nouns
 * ("Hinzufügen und Entfernen von Gruppenmitgliedern"). Read from the titles of the corpus's
 * de-DE links; a verb German renders with two words ("neu installieren") has none.
 */
const GERMAN_TITLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  activate: ['Aktivieren'],
  add: ['Hinzufügen'],
  allow: ['Zulassen'],
  apply: ['Anwenden'],
  archive: ['Archivieren'],
  assign: ['Zuweisen'],
  block: ['Blockieren', 'Sperren'],
  buy: ['Kaufen', 'Erwerben'],
  cancel: ['Kündigen', 'Abbrechen', 'Stornieren'],
  change: ['Ändern'],
  check: ['Überprüfen', 'Prüfen'],
  choose: ['Auswählen'],
  configure: ['Konfigurieren'],
  connect: ['Verbinden'],
  convert: ['Konvertieren'],
  create: ['Erstellen'],
  customize: ['Anpassen'],
  delete: ['Löschen'],
  deploy: ['Bereitstellen'],
  disable: ['Deaktivieren'],
  download: ['Herunterladen'],
  edit: ['Bearbeiten'],
  enable: ['Aktivieren'],
  export: ['Exportieren'],
  find: ['Suchen', 'Finden'],
  fix: ['Beheben'],
  hide: ['Ausblenden'],
  import: ['Importieren'],
  install: ['Installieren'],
  invite: ['Einladen'],
  join: ['Beitreten'],
  manage: ['Verwalten'],
  migrate: ['Migrieren'],
  monitor: ['Überwachen'],
  move: ['Verschieben'],
  open: ['Öffnen'],
  plan: ['Planen'],
  prepare: ['Vorbereiten'],
  print: ['Drucken'],
  protect: ['Schützen'],
  publish: ['Veröffentlichen'],
  recover: ['Wiederherstellen'],
  register: ['Registrieren'],
  remove: ['Entfernen'],
  rename: ['Umbenennen'],
  renew: ['Verlängern'],
  repair: ['Reparieren'],
  replace: ['Ersetzen'],
  request: ['Anfordern'],
  reset: ['Zurücksetzen'],
  resolve: ['Beheben'],
  restore: ['Wiederherstellen'],
  review: ['Überprüfen'],
  save: ['Speichern'],
  schedule: ['Planen'],
  search: ['Suchen', 'Durchsuchen'],
  send: ['Senden'],
  set: ['Einrichten', 'Festlegen'],
  share: ['Freigeben', 'Teilen'],
  show: ['Anzeigen'],
  start: ['Starten'],
  stop: ['Beenden'],
  submit: ['Übermitteln'],
  sync: ['Synchronisieren'],
  track: ['Nachverfolgen'],
  troubleshoot: ['Beheben'],
  turn: ['Aktivieren', 'Deaktivieren', 'Einschalten', 'Ausschalten'],
  uninstall: ['Deinstallieren'],
  update: ['Aktualisieren'],
  upgrade: ['Aktualisieren', 'Upgraden'],
  upload: ['Hochladen'],
  use: ['Verwenden'],
  verify: ['Überprüfen'],
  view: ['Anzeigen'],
};

/**
 * The infinitives Italian writes a title's verbs with ("[Limitare i post](url)" for "[Restrict
 * posts](url)"), for the verbs of {@link GERMAN_TITLE_VERBS}. Read from the corpus's it-IT links.
 */
const ITALIAN_TITLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  activate: ['attivare'],
  add: ['aggiungere'],
  allow: ['consentire'],
  apply: ['applicare'],
  assign: ['assegnare'],
  block: ['bloccare'],
  buy: ['acquistare'],
  cancel: ['annullare'],
  change: ['modificare', 'cambiare'],
  configure: ['configurare'],
  create: ['creare'],
  customize: ['personalizzare'],
  delete: ['eliminare'],
  deploy: ['distribuire'],
  disable: ['disabilitare', 'disattivare'],
  download: ['scaricare'],
  edit: ['modificare'],
  enable: ['abilitare', 'attivare'],
  export: ['esportare'],
  find: ['trovare'],
  fix: ['risolvere', 'correggere'],
  import: ['importare'],
  install: ['installare'],
  manage: ['gestire'],
  migrate: ['migrare'],
  move: ['spostare'],
  open: ['aprire'],
  recover: ['recuperare', 'ripristinare'],
  remove: ['rimuovere'],
  renew: ['rinnovare'],
  reset: ['reimpostare'],
  resolve: ['risolvere'],
  restore: ['ripristinare'],
  restrict: ['limitare'],
  review: ['esaminare', 'rivedere'],
  send: ['inviare'],
  set: ['configurare', 'impostare'],
  share: ['condividere'],
  sync: ['sincronizzare'],
  troubleshoot: ['risolvere'],
  turn: ['attivare', 'disattivare'],
  uninstall: ['disinstallare'],
  update: ['aggiornare'],
  upgrade: ['aggiornare', 'eseguire'],
  upload: ['caricare'],
  use: ['usare', 'utilizzare'],
  verify: ['verificare'],
  view: ['visualizzare'],
};
/**
 * One Italian infinitive, or two joined by "e" or "o", and up to two words that start the
 * title's object (an article, "tutti"), right before the link.
 */
const ITALIAN_VERBS_BEFORE_LINK = /(?<![\p{L}\p{M}\p{N}'’-])(\p{L}+)(?: (?:e|o) (\p{L}+))?((?: (?:il|lo|la|i|gli|le|un|uno|una|tutti|tutte|tutto|di|del|della|dei|delle|a|al|alla|ai|alle))?(?: (?:il|lo|la|i|gli|le|un|uno|una))?) $/u;

/** One infinitive as a noun, or two joined by "und" or "oder", and the article or preposition that joins it to its object, right before the link. */
const GERMAN_VERBS_BEFORE_LINK = /(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}[\p{L}\p{M}]*)(?: (?:und|oder) (\p{Lu}[\p{L}\p{M}]*))?(?: (?:von|vom|eines|einer|des|der|den|dem|zum|zur|für|mit))? $/u;
/**
 * Romanian writes a title's verbs as long infinitives with the article ("Adăugarea și eliminarea
 * membrilor", adding and removing members), which end so whatever the verb: one with the title's
 * capital, or two joined by "și" or "sau", and the word that joins them to their object, right
 * before the link.
 */
const ROMANIAN_VERBS_BEFORE_LINK = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}\p{L}*[aeiâu]rea(?: (?:și|sau) \p{L}+[aeiâu]rea)?(?: (?:unui|unei|de|din|la|pentru|cu|în|pe))? $/u;
/** A Romanian long infinitive: the link text that starts with one holds the title's verb. */
const ROMANIAN_LONG_INFINITIVE = /^\p{L}+[aeiâu]rea$/u;

/**
 * A language that writes a title's verbs with words of a table: the infinitives that render each
 * English verb, and what stands right before the link when they are left outside it (group 1
 * the first verb, group 2 the second one, if any). German's infinitives are nouns, with a capital.
 */
interface VerbTable {
  /** The English verbs, each with its infinitives: a map, so that no word of a title ("constructor") finds what every object inherits. */
  readonly infinitives: ReadonlyMap<string, readonly string[]>;
  readonly beforeLink: RegExp;
}

const VERB_TABLES: Readonly<Record<string, VerbTable>> = {
  de: { infinitives: new Map(Object.entries(GERMAN_TITLE_VERBS)), beforeLink: GERMAN_VERBS_BEFORE_LINK },
  it: { infinitives: new Map(Object.entries(ITALIAN_TITLE_VERBS)), beforeLink: ITALIAN_VERBS_BEFORE_LINK },
};

/**
 * The verbs an English title opens with, one or two joined by "and" or "or" ("Install or
 * upgrade to Office 2016" gives install and upgrade), that the table renders.
 */
function leadingVerbs(title: string, verbsOfTable: VerbTable['infinitives']): string[] {
  // A word at a time: most titles open with no verb of the table, which their first word settles.
  const next = wordReader(title);
  const lower = () => next()?.toLowerCase();
  const verbs: string[] = [];
  for (let word = lower(); word !== undefined && verbs.length < 2 && verbsOfTable.has(word); word = lower()) {
    verbs.push(word);
    const joiner = lower();
    if (joiner !== 'and' && joiner !== 'or') break;
  }
  return verbs;
}

/** The words of a table's infinitives for the English title's verbs, left right before the link: the whole stretch, or undefined. */
function tableVerbsBeforeLink(table: VerbTable, text: string, before: string, english: string): string | undefined {
  const verbs = leadingVerbs(english, table.infinitives);
  // Most titles open with no verb of the table: then there are no renderings to gather.
  if (verbs.length === 0) return undefined;
  const rendering = new Set(verbs.flatMap((v) => table.infinitives.get(v)!.map((w) => w.toLowerCase())));
  if (rendering.size === 0 || wordsOf(text).some((w) => rendering.has(w.toLowerCase()))) return undefined;
  const found = table.beforeLink.exec(before);
  if (!found || !rendering.has(found[1].toLowerCase()) || (found[2] && !rendering.has(found[2].toLowerCase()))) return undefined;
  return found[0].trim();
}

/**
 * The English links a title that opens with a verb ("[Add a contact in Skype for
 * Business](url)"), and the words that render that verb at the head of the translated title
 * stand right before the link, with the article or preposition after them, outside the link:
 * German writes the infinitive as a noun ("Hinzufügen eines [Kontakts in Skype for
 * Business](url)", "Deinstallieren von [Microsoft Teams](url)"), Romanian the long infinitive
 * ("Adăugarea și eliminarea [membrilor grupului](url)"), Italian the infinitive ("Modificare un
 * [nome utente](url)"). Not where the link text holds such a verb itself, nor where the English
 * verb is in small letters. Returns the words left outside.
 */
export function titleVerbBeforeLink(s: SegmentCheck, text: string, linkStart: number, english: string): string | undefined {
  const language = languageOf(s.locale);
  const table = VERB_TABLES[language];
  if (!table && language !== 'ro') return undefined;
  // A title, its verb with a capital ("[Uninstall Microsoft Teams](url)"): a verb in small letters starts a phrase of the
  // sentence linked ("you can [add Microsoft 365](url)"), whose verb left outside a link that still covers the thing linked
  // the labelling guide does not count.
  const title = english.trim();
  if (!/^\p{Lu}/u.test(title)) return undefined;
  const before = s.tr.text.slice(Math.max(0, linkStart - s.tr.base - 80), linkStart - s.tr.base);
  if (table) return tableVerbsBeforeLink(table, text, before, title);
  // Romanian's long infinitives end alike whatever the verb: any English verb the tables know.
  if (leadingVerbs(title, VERB_TABLES.de.infinitives).length === 0 && leadingVerbs(title, VERB_TABLES.it.infinitives).length === 0) return undefined;
  if (wordsOf(text).slice(0, 3).some((w) => ROMANIAN_LONG_INFINITIVE.test(w))) return undefined;
  return ROMANIAN_VERBS_BEFORE_LINK.exec(before)?.[0].trim();
}
