/**
 * Locale versions of one small document, written for the tests (never copied from the
 * corpus): a heading, two sentences in a paragraph, a list item and a small table, numbered
 * 103–110, with an English source that they were translated from.
 */
import { lines, seg } from './sxs';

/** The English source of the fixture document. */
export const ENGLISH = lines(
  '---',
  'title: Back up your notes',
  'ms.topic: article',
  '---',
  '# Back up your notes',
  '',
  'Notes are saved in the cloud. You can also keep a copy on your device.',
  '',
  '- Select **Settings** > **Backup**.',
  '',
  '| Option | Meaning |',
  '|---|---|',
  '| Daily | A copy is made every day. |',
  '',
);

/** The English sentences by segment number, as the lookups carry them. */
export const SENTENCES: Record<number, string> = {
  103: 'Back up your notes',
  104: 'Notes are saved in the cloud.',
  105: 'You can also keep a copy on your device.',
  106: 'Select **Settings** > **Backup**.',
  107: 'Option',
  108: 'Meaning',
  109: 'Daily',
  110: 'A copy is made every day.',
};

export interface VersionOptions {
  readonly locale: string;
  /** `ms.openlocfilehash`; defaults to a made-up hash. */
  readonly hash?: string;
  readonly handoff?: string;
  readonly type?: 'MT' | 'HT';
  /** The id prefix (each locale has its own). */
  readonly prefix?: string;
  /** English per segment number, replacing {@link SENTENCES} (for stale or drifted versions). */
  readonly english?: Record<number, string>;
  /** Translations per segment number. */
  readonly translations?: Record<number, string>;
  /** Join 104 and 105 into one paragraph segment `-p101`, as some locales do. */
  readonly paragraph?: boolean;
  /** Segment numbers to leave out. */
  readonly omit?: readonly number[];
}

/** A translated version of the fixture document. */
export function version(o: VersionOptions): string {
  const prefix = o.prefix ?? 'a1b2c';
  const english = { ...SENTENCES, ...o.english };
  const t = (n: number) => o.translations?.[n] ?? `[${o.locale}] ${english[n]}`;
  const s = (n: number) => (o.omit?.includes(n) ? '' : seg(`${prefix}-${n}`, t(n), english[n]));
  const paragraph = o.paragraph ? seg(`${prefix}-p101`, `${t(104)} ${t(105)}`, `${english[104]} ${english[105]}`) : [s(104), s(105)].filter(Boolean).join(' ');
  return lines(
    '---',
    `title: (${o.locale}) Back up your notes`,
    `ms.openlocfilehash: ${o.hash ?? '0000000000000000000000000000000000000001'}`,
    'ms.sourcegitcommit: 1111111111111111111111111111111111111111',
    `ms.translationtype: ${o.type ?? 'HT'}`,
    `ms.contentlocale: ${o.locale}`,
    `ms.lasthandoff: ${o.handoff ?? '03/20/2024'}`,
    'ms.locfileid: "12345678"',
    '---',
    `# <a name="back-up-your-notes"></a>${s(103)}`,
    '',
    paragraph,
    '',
    `- ${s(106)}`,
    '',
    `| ${s(107)} | ${s(108)} |`,
    '|---|---|',
    `| ${s(109)} | ${s(110)} |`,
    '',
  );
}
