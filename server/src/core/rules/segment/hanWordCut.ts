import type { InlineLink } from '../../inline/tokens';
import { HAN } from '../../terms/hanJoins';
import type { SegmentCheck } from '../rule';

/**
 * A demonstrative that points at the noun after it ("此" this, "這個" this, "那些" those, "該"
 * that), and so does not end a phrase: a link text that ends with one leaves its noun outside
 * ("請 [閱讀此](url)資訊"). Not "此" of "在此" (here), "因此" (so), "如此", "彼此", "藉此", "由此",
 * "至此", "於此", nor "該" of "應該" (should).
 */
const DEMONSTRATIVE_END = /(?:(?<![在於因如彼藉由至])此|這個|這些|那個|那些|(?<!應)該)$/;

/**
 * What a link cuts in a text without spaces: the characters on both sides of the cut, whether
 * it is a demonstrative left without its noun, whether the cut is at the link's start, and the
 * word the translation writes whole elsewhere, where that is what tells the cut.
 */
export interface HanCut {
  readonly before: string;
  readonly after: string;
  readonly demonstrative: boolean;
  readonly atStart?: boolean;
  readonly elsewhere?: string;
}

/**
 * The character right after a link, past one space at most: the pipeline sets a space beside a
 * link in the middle of a word as well ("[設定您的印表](url) 機", "存取 [權限原則](url)").
 */
const NEXT_CHARACTER = /^ ?(.)/su;
/** The two Han characters right before a link, and a space at most between them and it. */
const TWO_HAN_BEFORE = /(\p{Script=Han}{2}) ?$/u;
/** The first Han character of a link's text, after spaces. */
const FIRST_HAN = /^\s*(\p{Script=Han})/u;

/**
 * A link whose text, in Han characters, ends in the middle of a word, the rest of the word
 * right after it (past a space at most), outside the link ("[使用 Azure AD 註冊應用](url)程式",
 * where "應用程式" is one word), or ends with a demonstrative whose noun stands right after it
 * ("[閱讀此](url)資訊").
 * Where words join is learned from the locale's own documents ({@link LearnedTerms.hanJoined}):
 * the link's last two characters nearly never end a run of the locale's text, and its documents
 * write them before the character after the link many times. Or the translation itself writes
 * the characters on both sides of the cut together elsewhere ({@link writtenWholeElsewhere}).
 */
export function hanWordCut(s: SegmentCheck, link: InlineLink): HanCut | undefined {
  const text = link.text;
  if (text.length < 2 || !HAN.test(text[text.length - 1])) return undefined;
  const at = link.end - s.tr.base;
  const after = NEXT_CHARACTER.exec(s.tr.text.slice(at, at + 2))?.[1];
  if (!after || !HAN.test(after)) return undefined;
  const demonstrative = DEMONSTRATIVE_END.exec(text)?.[0];
  if (demonstrative) return { before: demonstrative, after, demonstrative: true };
  const two = text.slice(-2);
  if (HAN.test(two[0]) && s.learned.hanJoined(two, after, s.locale)) return { before: two, after, demonstrative: false };
  return writtenWholeElsewhere(s, text, at);
}

/** A particle or conjunction that follows a whole word ("中", "的", "和"): what stands after it starts anew. */
const PARTICLE_AFTER = /^[的中上裡和或與及]/;
/** Up to two Han characters that end a link's text, and up to two that follow it right after. */
const TAIL = /\p{Script=Han}{1,2}$/u;
const HEAD = /^\p{Script=Han}{1,2}/u;

/**
 * The link's last characters and the ones right after it, three or four together, are written
 * as one elsewhere in the same translation ("請參閱 [設定印表](url)機，並確認印表機已開啟"): the
 * sentence itself says they make one word, which the link cuts. Not past a space, where the
 * words on either side are more often two ("[… 用戶端](url) 連接至", the client, connect to).
 */
function writtenWholeElsewhere(s: SegmentCheck, text: string, at: number): HanCut | undefined {
  const tail = TAIL.exec(text)?.[0];
  const rest = s.tr.text.slice(at, at + 2);
  const head = HEAD.exec(rest)?.[0];
  if (!tail || !head || PARTICLE_AFTER.test(rest) || tail.length + head.length < 3) return undefined;
  // The shortest of the words across the cut first: three characters, then four.
  for (const [t, h] of [[tail.slice(-1), head], [tail, head.slice(0, 1)], [tail, head]]) {
    const whole = t + h;
    if (whole.length >= 3 && s.tr.text.includes(whole)) return { before: t, after: h, demonstrative: false, elsewhere: whole };
  }
  return undefined;
}

/**
 * A link whose text starts in the middle of a word in Han characters, the word's head right
 * before it, outside the link ("設定存取 [權限原則](url)" for "set up the [Permission
 * policy](url)", where "存取權限" is one word): the locale's documents write the two characters before the link with
 * the link's first one many times, and seldom start a run with that one
 * ({@link LearnedTerms.hanJoinedAfter}).
 */
export function hanWordCutAtStart(s: SegmentCheck, link: InlineLink): HanCut | undefined {
  const first = FIRST_HAN.exec(link.text)?.[1];
  if (!first) return undefined;
  const at = link.start - s.tr.base;
  const two = TWO_HAN_BEFORE.exec(s.tr.text.slice(Math.max(0, at - 3), at))?.[1];
  if (!two || !s.learned.hanJoinedAfter(two, first, s.locale)) return undefined;
  return { before: two, after: first, demonstrative: false, atStart: true };
}
