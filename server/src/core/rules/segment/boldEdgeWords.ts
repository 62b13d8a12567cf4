import type { EmphasisSpan } from '../../inline/tokens';
import type { Report, SegmentCheck } from '../rule';
import { languageOf, quote } from './compare';
import { boldsOf } from './bolds';
import { isEnglishFunctionWord } from './spanBounds';

/**
 * Connecting words of each language (the locale's first part) that join a label to the sentence
 * around it and are rarely a label's own first or last word, in two kinds: conjunctions and the
 * copula ("und", "että", "on"), and articles and prepositions ("die", "für", "de la"). Not a
 * negation ("nicht", "ei", "nu"), which a label may well start with ("**Don't show…**"), nor a
 * quantifier ("mai multe", for "More"), nor Italian "uno", which is "one" as often as "a".
 */
const CONJUNCTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set('und oder dass ist sind wird werden wurde'.split(' ')),
  fi: new Set('ja tai sekä että on ovat kun jos joka jotka'.split(' ')),
  it: new Set('e ed o che è sono'.split(' ')),
  ro: new Set('și şi sau că este sunt'.split(' ')),
  // Languages the corpus does not have, from their grammars: conjunctions and the copula.
  fr: new Set('et ou que est sont'.split(' ')),
  es: new Set('y e o u que es son está están'.split(' ')),
  pt: new Set('e ou que é são está estão'.split(' ')),
  nl: new Set('en of dat is zijn'.split(' ')),
  sv: new Set('och eller att är'.split(' ')),
  da: new Set('og eller at er'.split(' ')),
  nb: new Set('og eller at er'.split(' ')),
  pl: new Set('i oraz lub albo że jest są'.split(' ')),
  ru: new Set('и или что'.split(' ')),
};
const ARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set('das der die dem den des ein eine einen einem einer für auf im in zu zum zur mit von vom bei'.split(' ')),
  fi: new Set(),
  it: new Set('di del della dei delle degli dello il lo la i gli le un una in su per con da a al alla ai alle nel nella sul sulla'.split(' ')),
  ro: new Set('de la pe în cu din pentru un o al ale ai'.split(' ')),
  fr: new Set('le la les un une des du de pour sur dans à au aux avec par en'.split(' ')),
  es: new Set('el la los las un una unos unas de del al a en con para por sobre'.split(' ')),
  pt: new Set('o a os as um uma de do da dos das no na nos nas em para com por ao à'.split(' ')),
  nl: new Set('de het een van voor op in met aan bij naar'.split(' ')),
  sv: new Set('en ett den det för på i med av till från'.split(' ')),
  da: new Set('en et den det for på i med af til fra'.split(' ')),
  nb: new Set('en et ei den det for på i med av til fra'.split(' ')),
  pl: new Set('w na do z ze dla o od po przez'.split(' ')),
  ru: new Set('в на для с со из к по от о'.split(' ')),
};
/** The English's own words of each kind, inside its bold: a translation may well put theirs at the bold's edge ("**mit einem Code anmelden**" for "**sign in with a code**"). */
const ENGLISH_CONJUNCTIONS = new Set('and or that is are be was were if when which who'.split(' '));
const ENGLISH_ARTICLES = new Set('the a an one to of for in on at by with from into under over about'.split(' '));

/** A word as the bold's edges are read: letters or digits ("24"); an elided article stays with its noun ("dell'account"), a hyphenated word is one ("e-mail"). */
const EDGE_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’/-][\p{L}\p{N}]+)*/gu;

/** How many words at the start of `words` are connecting words of `kinds`, in small letters. */
function edgeRun(words: readonly string[], kinds: readonly ReadonlySet<string>[]): number {
  let n = 0;
  while (n < words.length && /^\p{Ll}/u.test(words[n]) && kinds.some((k) => k.has(words[n]))) n++;
  return n;
}

/** The kinds of connecting words of the language that the English bolds' words hold none of: a kind they hold may be their translation, not the sentence's. */
function kindsOutsideEnglish(language: string, enWords: readonly (readonly string[])[]): ReadonlySet<string>[] {
  const lowerWords = enWords.map((words) => words.map((w) => w.toLowerCase()));
  const englishHas = (kind: ReadonlySet<string>) => lowerWords.some((words) => words.some((w) => kind.has(w)));
  return [englishHas(ENGLISH_CONJUNCTIONS) ? undefined : CONJUNCTIONS[language], englishHas(ENGLISH_ARTICLES) ? undefined : ARTICLES[language]].filter((k) => k !== undefined);
}

/**
 * The translation's bold starts or ends with connecting words of the language (a conjunction, an
 * article, a preposition, a copula: {@link CONJUNCTIONS}, {@link ARTICLES}) that the English leaves
 * outside its bold, two of them or more at its edges ("Varmista, **että … taustakuva on** käytössä", "**und die Option Senden**"): the
 * bold was stretched over the sentence around the label. One such word alone is excused (a
 * translation may well take one in). Only where every English bold starts and ends with a word
 * that is no function word (a label, "**Show lock screen picture**"), and only words in small
 * letters, which a label's first word is not. `tr` is the translation's bold spans.
 */
export function boldEdgeWords(s: SegmentCheck, tr: readonly EmphasisSpan[]): Report | undefined {
  const language = languageOf(s.locale);
  if (!CONJUNCTIONS[language]) return undefined;
  const enWords = boldsOf(s.en).words;
  if (enWords.some((w) => w.length === 0 || isEnglishFunctionWord(w[0]) || isEnglishFunctionWord(w[w.length - 1]))) return undefined;
  // The kinds read when a bold of three words or more first asks: most bolds are shorter.
  let kinds: ReadonlySet<string>[] | undefined;
  for (const bold of tr) {
    const text = s.tr.slice({ start: bold.contentStart, end: bold.contentEnd });
    const words = text.match(EDGE_WORD) ?? [];
    if (words.length < 3) continue;
    kinds ??= kindsOutsideEnglish(language, enWords);
    const head = edgeRun(words, kinds);
    const tail = edgeRun([...words].reverse(), kinds);
    // Every word a connecting one is another test's case; a label between them is this one's.
    if (head + tail >= words.length || head + tail < 2) continue;
    const edges = [...words.slice(0, head), ...words.slice(words.length - tail)];
    const { l10n } = s;
    return {
      message: l10n.t('The bold {bold} takes in connecting words of the sentence around the label ({words}), which the English leaves outside its bold.', { bold: `"**${quote(text.trim(), 40)}**"`, words: edges.map((w) => `"${w}"`).join(', ') }),
      start: bold.start,
      end: bold.end,
    };
  }
  return undefined;
}
