import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../../server/src/core/config';
import { createLanguageService } from '../../../server/src/core/languageService';
import { RULES } from '../../../server/src/core/rules/registry';
import { fileUri, InMemoryWorkspace } from '../../support/inMemoryWorkspace';
import { frontMatter, lines, seg } from '../../support/sxs';

/**
 * Every rule and the locale index stay linear in their input: each pathological text is
 * checked and indexed at n and at 4n in one run, and the time may grow about 4× (linear),
 * never about 16× (quadratic). A ratio, not a time, so a loaded machine does not fail it:
 * the process's own CPU time (other processes taking the cores do not count), the best of
 * a few runs per size, and a generous bound.
 */
const N = 12_000;
const RATIO_BOUND = 8;

/** Texts that make backtracking patterns and naive scans slow: repeated openers with no closer. */
const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'link openers, no closing parenthesis': (n) => '](x'.repeat(n / 3),
  'a link opener and spaces, no closing parenthesis': (n) => `a](${' '.repeat(n)}b`,
  'link titles, no closing quote': (n) => '](x "a'.repeat(n / 6),
  'brackets': (n) => '[a'.repeat(n / 2),
  'emphasis markers': (n) => '*a'.repeat(n / 2),
  'strong markers': (n) => '**a '.repeat(n / 4),
  'code spans, no closer': (n) => '`a'.repeat(n / 2),
  'tags, no closer': (n) => '<a '.repeat(n / 3),
  'entities': (n) => '&#1'.repeat(n / 3),
  'URLs': (n) => 'http://a'.repeat(n / 8),
  'spaces': (n) => `a${' '.repeat(n)}b`,
  'one long word': (n) => 'a'.repeat(n),
  'placeholders': (n) => '{a'.repeat(n / 2),
  'quotes': (n) => '"a'.repeat(n / 2),
  'href attributes, no closing quote': (n) => ' href="a'.repeat(n / 8),
  'table pipes': (n) => '| a '.repeat(n / 4),
  'digits and dots': (n) => '1.'.repeat(n / 2),
};

/** The English source and a translation whose segment (and English) carry the text. */
function documents(text: string): Record<string, string> {
  const english = lines('---', 'title: A', '---', `A ${text} B.`, '');
  const translated = frontMatter('ro-RO', 'HT') + lines(seg('e869d-103', `A ${text} C.`, `A ${text} B.`), '');
  return { '/ws/docs/a.md': english, '/ws/docs-pr.ro-RO/a.md': translated };
}

/** Every rule on, whatever its default. */
const EVERY_RULE: CheckConfig = { ...DEFAULT_CHECK_CONFIG, rules: Object.fromEntries(RULES.map((r) => [r.code, r.defaultSeverity])), doNotTranslate: ['Teams'] };

/** Indexes the two files and checks the translation with every rule, across locales too; the time it took. */
async function checkAndIndex(text: string): Promise<number> {
  const files = documents(text);
  const start = process.cpuUsage();
  const workspace = new InMemoryWorkspace(files, ['/ws']);
  const service = createLanguageService({ config: () => EVERY_RULE, workspace });
  await service.index!.build();
  const uri = fileUri('/ws/docs-pr.ro-RO/a.md');
  await service.findings(TextDocument.create(uri, 'markdown', 1, files['/ws/docs-pr.ro-RO/a.md']));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function best(text: string, runs: number, stopBelow = 0): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs && min > stopBelow; i++) min = Math.min(min, await checkAndIndex(text));
  return min;
}

describe('every rule and the locale index take time linear in their input', function () {
  this.timeout(5 * 60_000);

  before(async () => {
    // Warm the code paths (and ICU's locale data) so the first measure is not the cold one.
    await checkAndIndex('warm up [a](b) **c** `d`');
  });

  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, async () => {
      const small = await best(make(N), 5);
      // A floor of a few milliseconds keeps a very fast small run from making the ratio noise.
      const floor = Math.max(small, 5);
      const large = await best(make(4 * N), 5, floor * 4.5);
      const ratio = large / floor;
      assert.ok(ratio < RATIO_BOUND, `4× the input took ${ratio.toFixed(1)}× the time (${small.toFixed(1)} ms → ${large.toFixed(1)} ms): something is quadratic`);
    });
  }
});
