import { startsWithReaderVerb } from '../../terms/leadIns';
import { languageOf } from './compare';

/**
 * The words that send the reader to a link ("see", "for more information, see"), per language,
 * as machine translation pulls them inside the link: "Weitere [Informationen finden Sie unter
 * Benutzer verwalten](url)" for "See [Manage users](url)". Read from the corpus's links (de, fi,
 * it, ro, zh-TW) after an English "see": each phrase stands at the start of a translation's link
 * text where the English link text starts with none. Other languages' phrases are the usual
 * wording of Microsoft's documentation in them.
 */

/** A phrase of the language that stands for English words outside the link. */
interface SeePhrase {
  /** The phrase, as a pattern matched at the link text's start, in any case. */
  readonly pattern: string;
  /** The phrase says "information" or "details": an English link text that says so too may hold it. */
  readonly info?: boolean;
  /** The phrase names the place it points to ("in the topic"): an English link text with "article" or "topic" may hold it. */
  readonly place?: boolean;
}

/**
 * The phrases of each language (the locale's first part). Short and precise: a phrase that a
 * linked title may itself start with ("Informationen zu …" for "About …") is not one.
 */
const SEE_PHRASES: Readonly<Record<string, readonly SeePhrase[]>> = {
  // "Weitere [Informationen finden Sie unter …]", "Weitere [Informationen finden] Sie in diesem Dokument".
  de: [
    { pattern: '(?:weitere\\s+)?informationen\\s+(?:finden|erhalten)(?:\\s+sie)?(?:\\s+(?:unter|in|im))?', info: true },
    { pattern: 'finden\\s+sie\\s+(?:unter|in|im)' },
    { pattern: 'siehe' },
  ],
  // "Lisätietoja on [ohjeaiheessa …]", "[on kohdassa …]", "katso [lisätietoja ohjeaiheesta …]", "[katso …]".
  fi: [
    { pattern: 'lisätietoja(?:\\s+(?:on|saat))?(?:\\s+(?:ohjeaiheessa|ohjeaiheesta|kohdassa|artikkelissa))?', info: true },
    { pattern: '(?:on\\s+)?(?:ohjeaiheessa|kohdassa|artikkelissa)', place: true },
    { pattern: 'katso' },
  ],
  // "Per ulteriori informazioni, [vedere …]", "[consultare …]".
  it: [
    { pattern: 'per\\s+(?:ulteriori|altre|maggiori)\\s+informazioni,?(?:\\s+(?:vedere|consultare))?', info: true },
    { pattern: 'vedere|vedi|consultare|fare\\s+riferimento\\s+a' },
  ],
  // "Pentru mai multe informații, [consultați …]".
  ro: [
    { pattern: 'pentru\\s+mai\\s+multe\\s+informații,?(?:\\s+consultați)?', info: true },
    { pattern: 'consultați|vedeți' },
  ],
  // "請[參閱本文]", "[請參閱 …]", "[如需詳細資訊，請參閱 …]"; in Simplified Chinese "[有关详细信息，请参阅 …]".
  // Not "參考" alone: it is also the noun "reference", which a linked title may start with.
  zh: [{ pattern: '(?:如需(?:詳細|更多|其他)?(?:資訊|詳細資料)[，,]?\\s*)?(?:請?參閱|請參考)|請見|(?:有关(?:详细|更多|其他)?(?:信息|详细资料)[，,]?\\s*)?(?:请?参阅|请参考)|请见' }],
  // Languages the corpus does not have, as Microsoft's documentation words the lead-in.
  // "Pour plus d'informations, [consultez …]".
  fr: [
    { pattern: "pour\\s+(?:plus\\s+d['’]informations|en\\s+savoir\\s+plus),?(?:\\s+(?:consultez|voir|reportez-vous\\s+à))?", info: true },
    { pattern: 'consultez|voir|reportez-vous\\s+à' },
  ],
  // "Para obtener más información, [vea …]".
  es: [
    { pattern: 'para\\s+(?:obtener\\s+)?más\\s+información,?(?:\\s+(?:vea|consulte))?', info: true },
    { pattern: 'vea|consulte' },
  ],
  // "Para obter mais informações, [consulte …]".
  pt: [
    { pattern: 'para\\s+(?:obter\\s+)?mais\\s+informações,?(?:\\s+(?:veja|consulte))?', info: true },
    { pattern: 'veja|consulte' },
  ],
  // "Zie [ …]", "Raadpleeg [ …]", "Voor meer informatie, [zie …]".
  nl: [
    { pattern: '(?:voor\\s+)?meer\\s+informatie,?(?:\\s+(?:zie|vindt\\s+u\\s+in))?', info: true },
    { pattern: 'zie|raadpleeg' },
  ],
  // "Mer information finns i [ …]", "Se [ …]".
  sv: [
    { pattern: 'mer\\s+information\\s+finns\\s+i', info: true },
    { pattern: 'se' },
  ],
  da: [
    { pattern: '(?:du\\s+kan\\s+finde\\s+)?flere\\s+oplysninger(?:\\s+(?:i|under))?', info: true },
    { pattern: 'se' },
  ],
  nb: [
    { pattern: '(?:du\\s+finner\\s+)?mer\\s+informasjon(?:\\s+(?:i|under))?', info: true },
    { pattern: 'se' },
  ],
  // "Aby uzyskać więcej informacji, [zobacz …]".
  pl: [
    { pattern: '(?:aby\\s+uzyskać\\s+)?więcej\\s+informacji,?(?:\\s+(?:zobacz|znajdziesz\\s+w))?', info: true },
    { pattern: 'zobacz' },
  ],
  // "Daha fazla bilgi için [bkz. …]", "[bkz. …]".
  tr: [
    { pattern: 'daha\\s+fazla\\s+bilgi\\s+için,?(?:\\s+(?:bkz\\.|bakın))?', info: true },
    { pattern: 'bkz\\.|bakın' },
  ],
  // "Дополнительные сведения [см. в статье …]".
  ru: [
    { pattern: 'дополнительные\\s+сведения(?:\\s+см\\.(?:\\s+в\\s+(?:статье|разделе))?)?', info: true },
    { pattern: 'см\\.(?:\\s+в\\s+(?:статье|разделе))?' },
  ],
  // "詳細については、[… を参照してください]": the lead-in pulled in at the link's start.
  ja: [{ pattern: '詳細(?:について|情報)(?:は|については)?[、,]?', info: true }],
  // "자세한 내용은 [ …]".
  ko: [{ pattern: '자세한\\s*(?:내용|정보)은', info: true }],
  // "สำหรับข้อมูลเพิ่มเติม ให้ดู [ …]". Not "ดู" alone: a title may start with it ("View …").
  th: [
    { pattern: 'สำหรับข้อมูลเพิ่มเติม\\s*(?:ให้ดู|โปรดดู|ดูที่)?', info: true },
    { pattern: 'ให้ดู|โปรดดู' },
  ],
  // "لمزيد من المعلومات، [راجع …]", "للحصول على التفاصيل، [راجع …]". Not "عرض" (view), which a title may start with.
  ar: [
    { pattern: '(?:لمزيد\\s+من\\s+المعلومات|للحصول\\s+على\\s+(?:مزيد\\s+من\\s+المعلومات|المزيد\\s+من\\s+المعلومات|التفاصيل))[،,]?(?:\\s+(?:راجع|انظر))?', info: true },
    { pattern: 'راجع|انظر' },
  ],
};

/** Languages written without spaces between words: a phrase ends anywhere. */
const NO_SPACES = new Set(['zh', 'ja', 'ko', 'th']);

/** An English link text that says "information" or "details" (a phrase that says it too may translate it). */
const ENGLISH_INFO = /\b(?:info|information|details?|more)\b/i;
/** An English link text that names a place ("this article", "the topic"). */
const ENGLISH_PLACE = /\b(?:article|topic|section|page|docs?|document|documentation)s?\b/i;

/** The English link text names the place it points to ("this article", "the topic"): its translation may rightly say so too. */
export function englishNamesPlace(english: string): boolean {
  return ENGLISH_PLACE.test(english);
}

const compiled = new Map<string, readonly { re: RegExp; phrase: SeePhrase }[]>();

/** The phrases of a language, each as a pattern anchored at a link text's start (leading bold markers and spaces skipped). */
function phrasesOf(language: string): readonly { re: RegExp; phrase: SeePhrase }[] {
  let list = compiled.get(language);
  if (!list) {
    const end = NO_SPACES.has(language) ? '' : '(?![\\p{L}\\p{M}\\p{N}])';
    list = (SEE_PHRASES[language] ?? []).map((phrase) => ({ re: new RegExp(`^[\\s*_]*(${phrase.pattern})${end}`, 'iu'), phrase }));
    compiled.set(language, list);
  }
  return list;
}

/** A phrase of the locale's table that the text starts with, and the entry that matched it. */
function seePhraseAt(locale: string | undefined, text: string): { words: string; phrase: SeePhrase } | undefined {
  const language = languageOf(locale);
  for (const { re, phrase } of phrasesOf(language)) {
    const m = re.exec(text);
    if (m) return { words: m[1], phrase };
  }
  return undefined;
}

/** The word is one that sends the reader to a link ("Katso", "consultați"): a capital on it marks a sentence's new start, not a title's. */
export function isSeeWord(locale: string | undefined, word: string): boolean {
  return seePhraseAt(locale, word)?.words.length === word.length;
}

/**
 * The words at the start of a translation's link text that send the reader to it ("Informationen
 * finden Sie unter", "ohjeaiheessa", "consultați", "參閱"), where the English link text starts
 * with no such word: the English leaves them outside its link, the translation pulled them in.
 */
export function seeWordsPulledIn(locale: string | undefined, text: string, english: string): string | undefined {
  // Its translation rightly starts with one too (Finnish "[Katso videot]" for "[Watch the videos]").
  if (startsWithReaderVerb(english)) return undefined;
  const at = seePhraseAt(locale, text);
  if (!at) return undefined;
  // A phrase that says "information" or names the place may translate the English link's own words.
  if ((at.phrase.info && ENGLISH_INFO.test(english)) || (at.phrase.place && ENGLISH_PLACE.test(english))) return undefined;
  return at.words;
}
