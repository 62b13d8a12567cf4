import { createHash } from 'node:crypto';
import { Random } from './random';

/**
 * Made-up documents in the shape of the real ones (FORMAT.md): front matter with the
 * localization keys, headings, paragraphs of one to three sentences, list items, tables
 * and notes; ids numbered from 103 with a per-locale prefix; now and then a `-p` paragraph
 * segment in one locale, a locale that is stale, bold and links inside segments. The words
 * are invented; no real text is used.
 */

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ro', 'sa', 'ti', 'vu', 'de', 'fa', 'gi', 'ho', 'ju', 'be', 'co', 'pu', 'ri', 'ze', 'wa', 'ny'];

/** One block of the English document: its kind and its sentences. */
interface Block {
  readonly kind: 'heading' | 'paragraph' | 'item' | 'row' | 'note';
  readonly sentences: string[];
}

export interface GeneratedDocument {
  readonly english: string;
  /** Text of each locale version. */
  readonly versions: Record<string, string>;
}

function word(r: Random): string {
  let w = '';
  for (let i = r.int(1, 3); i > 0; i--) w += r.pick(SYLLABLES);
  return w;
}

function sentence(r: Random): string {
  const words = Array.from({ length: r.int(4, 16) }, () => word(r));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  if (r.chance(0.2)) words[1] = `**${words[1]}**`;
  if (r.chance(0.15)) words[2] = `[${words[2]}](https://contoso.example/en-us/${word(r)})`;
  return `${words.join(' ')}.`;
}

function blocks(r: Random): Block[] {
  const out: Block[] = [{ kind: 'heading', sentences: [sentence(r).slice(0, -1)] }];
  for (let i = r.int(3, 28); i > 0; i--) {
    const kind = r.pick(['paragraph', 'paragraph', 'item', 'item', 'row', 'heading', 'note'] as const);
    const count = kind === 'paragraph' ? r.int(1, 3) : kind === 'row' ? 2 : 1;
    out.push({ kind, sentences: Array.from({ length: count }, () => (kind === 'heading' ? sentence(r).slice(0, -1) : sentence(r))) });
  }
  return out;
}

function englishText(title: string, doc: Block[]): string {
  const body = doc.map((b) => {
    const text = b.sentences.join(b.kind === 'row' ? ' | ' : ' ');
    if (b.kind === 'heading') return `## ${text}`;
    if (b.kind === 'item') return `- ${text}`;
    if (b.kind === 'row') return `| ${text} |`;
    if (b.kind === 'note') return `> [!NOTE]\n> ${text}`;
    return text;
  });
  return ['---', `title: ${title}`, 'ms.topic: article', '---', ...body.flatMap((b) => [b, '']), ''].join('\n');
}

interface LocaleVersion {
  readonly locale: string;
  readonly prefix: string;
  readonly hash: string;
  readonly handoff: string;
  readonly type: 'MT' | 'HT';
  /** Join a paragraph's sentences into one -p segment. */
  readonly paragraphs: boolean;
}

function seg(id: string, translation: string, english: string): string {
  return `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
}

function translate(locale: string, english: string): string {
  return `${english.replace(/\*\*([^*]+)\*\*/g, '**$1-x**').replace(/([a-z]{4,})/g, (w) => w.split('').reverse().join(''))} (${locale})`;
}

function localeText(v: LocaleVersion, title: string, doc: Block[]): string {
  let n = 103;
  let p = 101;
  const body = doc.map((b) => {
    let segments: string[];
    if (v.paragraphs && b.kind === 'paragraph' && b.sentences.length > 1) {
      segments = [seg(`${v.prefix}-p${p++}`, translate(v.locale, b.sentences.join(' ')), b.sentences.join(' '))];
      n += b.sentences.length;
    } else {
      segments = b.sentences.map((s) => seg(`${v.prefix}-${n++}`, translate(v.locale, s), s));
    }
    const text = segments.join(b.kind === 'row' ? ' | ' : ' ');
    if (b.kind === 'heading') return `## <a name="${b.sentences[0].toLowerCase().replace(/[^a-z]+/g, '-')}"></a>${text}`;
    if (b.kind === 'item') return `- ${text}`;
    if (b.kind === 'row') return `| ${text} |`;
    if (b.kind === 'note') return `> [!NOTE]\n> ${text}`;
    return text;
  });
  const front = [
    '---',
    `title: ${translate(v.locale, title)}`,
    `ms.openlocfilehash: ${v.hash}`,
    `ms.sourcegitcommit: ${createHash('sha1').update(title).digest('hex')}`,
    `ms.translationtype: ${v.type}`,
    `ms.contentlocale: ${v.locale}`,
    `ms.lasthandoff: ${v.handoff}`,
    `ms.locfileid: "${String(Math.abs(hashCode(title + v.locale))).padStart(8, '0').slice(0, 8)}"`,
    '---',
  ];
  return [...front, ...body.flatMap((b) => [b, '']), ''].join('\n');
}

function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** The English of a document and its versions in `locales`; the last locale is stale (older English in one block). */
export function generateDocument(seed: number, locales: readonly string[]): GeneratedDocument {
  const r = new Random(seed);
  const doc = blocks(r);
  const title = doc[0].sentences[0];
  const english = englishText(title, doc);
  const hash = createHash('sha1').update(english.replace(/\r?\n/g, '\r\n')).digest('hex');
  const versions: Record<string, string> = {};
  locales.forEach((locale, i) => {
    const stale = i === locales.length - 1 && r.chance(0.3);
    const older = stale ? doc.map((b, j) => (j === 1 ? { ...b, sentences: b.sentences.map((s) => `${s.slice(0, -1)} ${word(r)}.`) } : b)) : doc;
    versions[locale] = localeText(
      {
        locale,
        prefix: (seed * 7919 + i * 104729).toString(16).slice(-5).padStart(5, '0'),
        hash: stale ? createHash('sha1').update(`${english}old`).digest('hex') : hash,
        handoff: stale ? '01/15/2024' : '06/20/2024',
        type: i % 2 ? 'MT' : 'HT',
        paragraphs: i === 1,
      },
      title,
      older,
    );
  });
  return { english, versions };
}
