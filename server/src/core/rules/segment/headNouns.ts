import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/**
 * The head nouns of linked titles ("Deployment guide", "Support and Recovery Assistant",
 * "… | Microsoft Docs") and their usual renderings in Traditional Chinese, read from the
 * corpus's zh-TW links. Chinese puts the head noun last, and machine translation often leaves
 * it right after the closing `](url)`: "[部署](url)指南" for "[Deployment guide](url)",
 * "[Microsoft 支援及修復](url) 小幫手" for "[Microsoft Support and Recovery Assistant](url)".
 * Only renderings of two characters or more, but for "檔" (docs), the rendering of "Microsoft Docs"
 * in this locale's titles: one character alone would match too many words. Simplified Chinese,
 * Japanese and Korean, which the corpus does not have, put the head noun last as well: their
 * renderings are Microsoft's usual terms, not read from translations.
 */
const HEAD_NOUNS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'zh-tw': {
    guide: ['指南', '手冊', '指引'],
    help: ['說明', '協助', '幫助'],
    article: ['文章', '一文'],
    documentation: ['文件'],
    docs: ['文件', '檔'],
    search: ['搜尋'],
    page: ['頁面'],
    center: ['中心'],
    portal: ['入口網站'],
    wizard: ['精靈', '嚮導'],
    assistant: ['小幫手', '助理'],
    tool: ['工具'],
    forum: ['論壇'],
    site: ['網站', '站台'],
    website: ['網站'],
    blog: ['部落格'],
    video: ['影片', '視訊'],
    faq: ['常見問題'],
    links: ['連結'],
    troubleshooter: ['疑難排解員'],
    dashboard: ['儀表板'],
    tutorial: ['教學課程'],
  },
  // Languages the corpus does not have, as Microsoft's documentation renders these nouns; they too put the head noun last.
  'zh-cn': {
    guide: ['指南', '手册'],
    help: ['帮助'],
    article: ['文章'],
    documentation: ['文档'],
    docs: ['文档'],
    search: ['搜索'],
    page: ['页面'],
    center: ['中心'],
    portal: ['门户'],
    wizard: ['向导'],
    assistant: ['助手'],
    tool: ['工具'],
    forum: ['论坛'],
    site: ['站点', '网站'],
    website: ['网站'],
    blog: ['博客'],
    video: ['视频'],
    faq: ['常见问题'],
    links: ['链接'],
    troubleshooter: ['疑难解答'],
    dashboard: ['仪表板'],
    tutorial: ['教程'],
  },
  ja: {
    guide: ['ガイド'],
    help: ['ヘルプ'],
    article: ['記事'],
    documentation: ['ドキュメント'],
    docs: ['ドキュメント'],
    search: ['検索'],
    page: ['ページ'],
    center: ['センター'],
    portal: ['ポータル'],
    wizard: ['ウィザード'],
    assistant: ['アシスタント'],
    tool: ['ツール'],
    forum: ['フォーラム'],
    site: ['サイト'],
    website: ['Web サイト', 'ウェブサイト'],
    blog: ['ブログ'],
    video: ['ビデオ', '動画'],
    faq: ['よく寄せられる質問'],
    links: ['リンク'],
    dashboard: ['ダッシュボード'],
    tutorial: ['チュートリアル'],
  },
  ko: {
    guide: ['가이드', '안내서'],
    help: ['도움말'],
    article: ['문서'],
    documentation: ['설명서'],
    docs: ['문서'],
    search: ['검색'],
    page: ['페이지'],
    center: ['센터'],
    portal: ['포털'],
    wizard: ['마법사'],
    assistant: ['도우미'],
    tool: ['도구'],
    forum: ['포럼'],
    site: ['사이트'],
    website: ['웹 사이트'],
    blog: ['블로그'],
    video: ['비디오', '동영상'],
    links: ['링크'],
    dashboard: ['대시보드'],
    tutorial: ['자습서'],
  },
};

/** A table's entry for a word of a text: its own, never what every object has ("constructor", "toString"). */
function ownEntry<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** The table of a locale: its own (Chinese differs by script), else its language's. */
function headNounsOf(locale: string | undefined): Readonly<Record<string, readonly string[]>> | undefined {
  // Asked for every link: the locale's lowered name, made afresh, would be looked up as a property each time.
  if (TABLE_OF.has(locale)) return TABLE_OF.get(locale);
  const lowered = (locale ?? '').toLowerCase();
  // Hong Kong and Macao write Traditional Chinese, as Taiwan does.
  const table = HEAD_NOUNS[lowered === 'zh-hk' || lowered === 'zh-mo' ? 'zh-tw' : lowered === 'zh-sg' ? 'zh-cn' : lowered] ?? HEAD_NOUNS[languageOf(locale)];
  TABLE_OF.set(locale, table);
  return table;
}

/** {@link headNounsOf} of each locale asked about (a run checks a few). */
const TABLE_OF = new Map<string | undefined, Readonly<Record<string, readonly string[]>> | undefined>();

/**
 * Italian and Romanian (and French, Spanish, Portuguese) put a title's head noun first, joined to the rest by "di"/"de": machine
 * translation leaves the noun and its "de" before the link ("Accesați pagina de [stocare din
 * centrul …](url)" for "Go to the [Storage page of the … admin center](url)", "lista [de Expeditori
 * blocați](url)" for "[Blocked Senders list](url)"). Only nouns of the screen that a title of a page
 * ends in.
 */
const HEAD_NOUNS_BEFORE: Readonly<Record<string, HeadNounsBefore>> = {
  it: headNounsBefore({ page: ['pagina'], list: ['elenco', 'lista'], tab: ['scheda'], pane: ['riquadro'] }, /^(?:di|del|della|dello|dei|delle|degli)$/i),
  ro: headNounsBefore({ page: ['pagina'], list: ['lista'], tab: ['fila'], pane: ['panoul'] }, /^de$/i),
  // Languages the corpus does not have, which put the head noun first the same way, as Microsoft's documentation names these nouns.
  fr: headNounsBefore({ page: ['page'], list: ['liste'], tab: ['onglet'], pane: ['volet'] }, /^(?:de|du|des)$/i),
  es: headNounsBefore({ page: ['página'], list: ['lista'], tab: ['pestaña'], pane: ['panel'] }, /^(?:de|del)$/i),
  pt: headNounsBefore({ page: ['página'], list: ['lista'], tab: ['guia'], pane: ['painel'] }, /^(?:de|do|da|dos|das)$/i),
};

/** A language's renderings of the English head nouns, the words for "of" between a noun and its link, and a first look for the English nouns. */
interface HeadNounsBefore {
  readonly nouns: Readonly<Record<string, readonly string[]>>;
  readonly of: RegExp;
  /**
   * Some English noun of `nouns` in any ASCII case: a text without one holds none of them as a word once
   * lowered (outside ASCII only `İ` lowers to an ASCII letter, `i` with a dot that parts the word, and the
   * Kelvin sign, to `k`).
   */
  readonly anyNoun: RegExp;
}

function headNounsBefore(nouns: Readonly<Record<string, readonly string[]>>, of: RegExp): HeadNounsBefore {
  return { nouns, of, anyNoun: new RegExp(Object.keys(nouns).join('|'), 'i') };
}

/** Spaces, bold markers and the possessive ("的", "の", "의") between a link and its head noun: "[取得有關…](url)的說明". */
const BETWEEN = /^[\s*_]*(?:[的の의]\s*)?/u;

/**
 * A head noun of the English link text ("guide" of "[Deployment guide](url)") whose rendering the
 * translation's link text lacks and that stands right after the link instead ("[部署](url)指南"):
 * the link ends short of its title. Not where the English names the noun outside its link too
 * ("the [Domains](url) page": the translation's "頁面" after the link translates that), nor where
 * the link keeps the English noun itself ("[OneDrive FAQ](url)"). Returns the rendering and the
 * English noun.
 */
export function headNounAfterLink(s: SegmentCheck, link: InlineLink, english: InlineLink): { noun: string; english: string } | undefined {
  const table = headNounsOf(s.locale);
  if (!table || !/[\p{L}\p{N}]/u.test(link.text)) return undefined;
  const after = s.tr.text.slice(link.end - s.tr.base, link.end - s.tr.base + 20);
  const rest = after.slice(BETWEEN.exec(after)![0].length);
  if (!rest) return undefined;
  const englishOutside = (s.en.text.slice(0, english.start - s.en.base) + ' ' + s.en.text.slice(english.end - s.en.base)).toLowerCase();
  const linkLower = link.text.toLowerCase();
  for (const word of new Set(english.text.toLowerCase().match(/[a-z]+/g) ?? [])) {
    const renderings = ownEntry(table, word);
    if (!renderings) continue;
    const noun = renderings.find((r) => rest.startsWith(r));
    if (!noun || renderings.some((r) => link.text.includes(r)) || linkLower.includes(word)) continue;
    // The English has the noun outside its link too ("helps", "page"): the words after the link may translate that one.
    if (new RegExp(`\\b${word}`).test(englishOutside)) continue;
    return { noun, english: word };
  }
  return undefined;
}

/**
 * In Italian or Romanian, a head noun of the English link text ("page" of "[Storage page of the
 * admin center](url)") whose rendering stands right before the link, outside it, joined to the
 * link text by "di"/"de" on either side of the `[` ("pagina de [stocare …](url)", "lista [de
 * Expeditori blocați](url)"): the link starts after its title's head. Not where the English names
 * the noun outside its link too. Returns the rendering and the English noun.
 */
export function headNounBeforeLink(s: SegmentCheck, link: InlineLink, english: InlineLink): { noun: string; english: string } | undefined {
  const table = HEAD_NOUNS_BEFORE[languageOf(s.locale)];
  // Most English link texts hold none of the nouns: the words before the link need not be read.
  if (!table || !table.anyNoun.test(english.text)) return undefined;
  const before = s.tr.text.slice(Math.max(0, link.start - s.tr.base - 40), link.start - s.tr.base);
  const m = /([\p{L}]+)(?:\s+([\p{L}]+))?\s*$/u.exec(before);
  if (!m) return undefined;
  // "pagina de [stocare …]": the noun, then "de"; or "lista [de Expeditori …]": the noun, the link starting with "de".
  const [, first, second] = m;
  const ofBefore = !!second && table.of.test(second);
  const noun = ofBefore ? first : table.of.test(/^[\s*_]*([\p{L}]+)/u.exec(link.text)?.[1] ?? '') ? (second ?? first) : undefined;
  if (!noun) return undefined;
  const englishOutside = (s.en.text.slice(0, english.start - s.en.base) + ' ' + s.en.text.slice(english.end - s.en.base)).toLowerCase();
  for (const word of new Set(english.text.toLowerCase().match(/[a-z]+/g) ?? [])) {
    const renderings = ownEntry(table.nouns, word);
    if (!renderings?.includes(noun.toLowerCase())) continue;
    if (new RegExp(`\\b${word}`).test(englishOutside) || renderings.some((r) => link.text.toLowerCase().includes(r))) continue;
    return { noun: ofBefore ? `${noun} ${second}` : noun, english: word };
  }
  return undefined;
}
