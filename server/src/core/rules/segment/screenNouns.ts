import type { InlineText } from '../../inline/inlineText';
import type { EmphasisSpan } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';
import { boldsOf } from './bolds';
import { firstWordOf } from './spanBounds';

/**
 * The nouns of the screen an English label stands before ("the **Quick Repair** option", "the
 * **Sign in** button"), each with the nouns German renders it by, which German puts before the
 * label ("die Option „Archivieren“", "die Schaltfläche Anmelden").
 */
const GERMAN_SCREEN_NOUNS: Readonly<Record<string, readonly string[]>> = {
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

/** {@link GERMAN_SCREEN_NOUNS} as a map: no English word ("constructor") finds what every object inherits. */
const GERMAN_SCREEN_NOUN_MAP: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(GERMAN_SCREEN_NOUNS));
/** Every German rendering of {@link GERMAN_SCREEN_NOUNS}. */
const GERMAN_SCREEN_RENDERINGS: ReadonlySet<string> = new Set([...GERMAN_SCREEN_NOUN_MAP.values()].flat());

/** The nouns of the screen, in English. */
const ENGLISH_SCREEN_NOUNS = new Set('option tab button page pane box menu section link field icon window dialog list setting'.split(' '));

/**
 * The same nouns as Italian and Romanian render them, which they put before the label ("il
 * pulsante Rimuovi", "fila Setări").
 */
const SCREEN_NOUNS_BEFORE_LABEL: Readonly<Record<string, ReadonlyMap<string, readonly string[]>>> = {
  it: new Map([
    ['button', ['pulsante']],
    ['tab', ['scheda']],
    ['page', ['pagina']],
    ['pane', ['riquadro']],
    ['box', ['casella']],
    ['menu', ['menu']],
    ['list', ['elenco']],
    ['field', ['campo']],
    ['option', ['opzione']],
    ['section', ['sezione']],
    ['icon', ['icona']],
    ['window', ['finestra']],
    ['link', ['collegamento']],
    ['setting', ['impostazione']],
  ]),
  ro: new Map([
    ['button', ['butonul']],
    ['tab', ['fila']],
    ['page', ['pagina']],
    ['pane', ['panoul']],
    ['box', ['caseta']],
    ['menu', ['meniul']],
    ['list', ['lista']],
    ['field', ['câmpul']],
    ['option', ['opțiunea']],
    ['section', ['secțiunea']],
    ['icon', ['pictograma']],
    ['window', ['fereastra']],
    ['link', ['linkul']],
    ['setting', ['setarea']],
  ]),
};

/** Every Italian or Romanian noun of {@link SCREEN_NOUNS_BEFORE_LABEL}, for {@link isScreenNoun}. */
const SCREEN_NOUNS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(SCREEN_NOUNS_BEFORE_LABEL).map(([language, nouns]) => [language, new Set([...nouns.values()].flat())]),
);

/**
 * The same nouns with the stems of the Finnish nouns that render them, which Finnish joins to
 * the label with a hyphen ("Poista-painike", "Aika-valikosta", "Nimi-kentässä").
 */
const FINNISH_SCREEN_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['button', ['painik']],
  ['tab', ['välileh']],
  ['page', ['sivu', 'hakusivu']],
  ['pane', ['ruutu', 'ruudu']],
  ['box', ['ruutu', 'ruudu', 'kenttä', 'kentä', 'valintaikkuna']],
  ['menu', ['valik']],
  ['drop', ['valik', 'luettelo']],
  ['list', ['luettelo']],
  ['field', ['kenttä', 'kentä']],
  ['option', ['vaihtoeh']],
  ['section', ['osio']],
  ['icon', ['kuvak']],
  ['window', ['ikkuna']],
  ['dialog', ['valintaikkuna']],
]);

/**
 * How the locale renders the nouns of the screen, and where it puts them: Italian and Romanian
 * before the label (whole nouns), Finnish after it, joined by a hyphen (stems). Undefined for
 * other languages.
 */
export function screenNounsOf(locale: string | undefined): { readonly nouns: ReadonlyMap<string, readonly string[]>; readonly beforeLabel: boolean } | undefined {
  const language = languageOf(locale);
  const before = SCREEN_NOUNS_BEFORE_LABEL[language];
  if (before) return { nouns: before, beforeLabel: true };
  return language === 'fi' ? { nouns: FINNISH_SCREEN_NOUNS, beforeLabel: false } : undefined;
}

/** The first word right after an English bold ("the **Archive** option" gives "option"), in small letters. */
export function englishWordAfter(s: SegmentCheck, bold: EmphasisSpan): string {
  // Each bold of the translation asks about each of the English's: read once for the segment.
  const k = boldsOf(s.en).spans.indexOf(bold);
  return k === -1 ? wordAfter(s.en, bold) : s.en.derived(wordsAfterBolds)[k];
}

/** The first word right after each bold of the side, in small letters (empty where none). */
function wordsAfterBolds(side: InlineText): readonly string[] {
  return boldsOf(side).spans.map((bold) => wordAfter(side, bold));
}

function wordAfter(side: InlineText, bold: EmphasisSpan): string {
  return firstWordOf(side.text.slice(bold.end - side.base, bold.end - side.base + 30))?.toLowerCase() ?? '';
}

/** The word, in small letters, is a German, Italian or Romanian noun of the screen ("bereich", "opzione", "fila"). */
export function isScreenNounIn(locale: string | undefined, word: string): boolean {
  return languageOf(locale) === 'de' ? GERMAN_SCREEN_LOWER.has(word) : isScreenNoun(locale, word);
}

/** {@link GERMAN_SCREEN_RENDERINGS} in small letters. */
const GERMAN_SCREEN_LOWER: ReadonlySet<string> = new Set([...GERMAN_SCREEN_RENDERINGS].map((w) => w.toLowerCase()));

/** The word, in small letters, is an English noun of the screen ("tab", "button"). */
export function isEnglishScreenNoun(word: string): boolean {
  return ENGLISH_SCREEN_NOUNS.has(word);
}

/** The word is an Italian or Romanian noun of the screen ("opzione", "fila"). */
export function isScreenNoun(locale: string | undefined, word: string): boolean {
  return SCREEN_NOUNS[languageOf(locale)]?.has(word) === true;
}

/** A noun of the screen stands right after the English bold ("the **Quick Repair** option"). */
export function screenNounAfter(s: SegmentCheck, bold: EmphasisSpan): boolean {
  return ENGLISH_SCREEN_NOUNS.has(englishWordAfter(s, bold));
}

/** One of the side's bolds holds an English noun of the screen: read once for the segment, not for each bold of the translation. */
function boldHoldsScreenNoun(side: InlineText): boolean {
  return boldsOf(side).words.some((words) => words.some((w) => GERMAN_SCREEN_NOUN_MAP.has(w.toLowerCase())));
}

/**
 * German: a bold that opens with the noun of the screen that the English leaves right after its
 * bold label ("Klicken Sie auf die **Option "Archivieren"**" for "click the **Archive**
 * option"): the noun came inside the bold, which in the English marks only the label. Not where
 * the English bold holds such a noun itself. `words` are the bold's (`wordsOf`). Returns the noun.
 */
export function screenNounPulledIn(s: SegmentCheck, words: readonly string[], en: readonly EmphasisSpan[]): string | undefined {
  if (languageOf(s.locale) !== 'de') return undefined;
  if (words.length < 2) return undefined;
  const first = words[0];
  // Most bolds open with no rendering of a noun of the screen: the English's bolds and the words after them need not be read.
  if (!GERMAN_SCREEN_RENDERINGS.has(first) || s.en.derived(boldHoldsScreenNoun)) return undefined;
  // The English noun right after one of its bold labels, rendered by the bold's first word.
  return en.some((x) => GERMAN_SCREEN_NOUN_MAP.get(englishWordAfter(s, x))?.includes(first) === true) ? first : undefined;
}

/**
 * How Japanese, Korean and Chinese render the nouns of the screen, which they write after the
 * label ("**ホーム** タブで", "**홈** 탭에서", "**开始** 选项卡上"), each followed by the particle or
 * the word of place that joins it to the sentence.
 */
const SCREEN_NOUN_ENDS: Readonly<Record<string, RegExp>> = {
  ja: /\s*(?:タブ|ボタン|ページ|ウィンドウ|ボックス|メニュー|セクション|リンク|フィールド|アイコン|ダイアログ|リスト|オプション)\s*(?:で|を|に|から|の|は|が)[、。,.]?$/u,
  ko: /\s*(?:탭|단추|버튼|페이지|창|상자|메뉴|섹션|링크|필드|아이콘|목록|옵션)(?:에서|을|를|에|의|으로|로|이|가|은|는)[,.]?$/u,
  zh: /\s*(?:选项卡|索引標籤|按钮|按鈕|页面|頁面|窗格|窗口|視窗|对话框|對話方塊|菜单|功能表|链接|連結|字段|欄位|图标|圖示|列表|清單)\s*(?:上|中|里|裡|内|內)[，。,]?$/u,
};

/**
 * Japanese, Korean or Chinese: a bold that ends with the noun of the screen the English leaves
 * right after its bold label, and the particle after it ("**ホーム タブで**", "**홈 탭에서**",
 * "**开始选项卡上**" for "On the **Home** tab"): the bold ran on from the label over the words of
 * the sentence. Not where the English bold holds such a noun itself ("**Settings page**").
 * Returns the words after the label.
 */
export function screenNounEndsBold(s: SegmentCheck, trBold: readonly EmphasisSpan[], en: readonly EmphasisSpan[]): { span: EmphasisSpan; words: string } | undefined {
  const ending = SCREEN_NOUN_ENDS[languageOf(s.locale)];
  if (!ending) return undefined;
  for (const span of trBold) {
    const m = ending.exec(s.tr.slice({ start: span.contentStart, end: span.contentEnd }));
    // Something of the label before the noun: a bold of the noun alone is another defect.
    if (!m || m.index === 0) continue;
    if (boldsOf(s.en).words.some((words) => words.some((w) => ENGLISH_SCREEN_NOUNS.has(w.toLowerCase())))) return undefined;
    if (en.some((x) => screenNounAfter(s, x))) return { span, words: m[0].trim() };
  }
  return undefined;
}
