import * as assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { DEFAULT_CHECK_CONFIG, type CheckConfig } from '../../../../server/src/core/config';
import { createLanguageService } from '../../../../server/src/core/languageService';
import { parse } from '../../../../server/src/core/parse/parse';
import { untranslatedReason } from '../../../../server/src/core/reading/untranslated';
import { lines, seg } from '../../../support/sxs';

function service(config: Partial<CheckConfig> = {}) {
  return createLanguageService({ config: () => ({ ...DEFAULT_CHECK_CONFIG, ...config }) });
}

function document(text: string) {
  return { uri: 'file:///w/docs-pr.de-DE/a.md', version: 1, getText: () => text };
}

/** The text of a range of a one-line-per-range test text. */
function textOf(text: string, range: Range): string {
  const all = text.split('\n');
  if (range.start.line === range.end.line) return all[range.start.line].slice(range.start.character, range.end.character);
  return [all[range.start.line].slice(range.start.character), ...all.slice(range.start.line + 1, range.end.line), all[range.end.line].slice(0, range.end.character)].join('\n');
}

describe('reading: the markup the editor dims', () => {
  it('finds each lookup whole, the translation tags with their ids, and heading anchors', () => {
    const text = lines(`## <a name="before"></a>${seg('abcde-104', 'Vorher', 'Before')}`, `- ${seg('abcde-105', 'Eins', 'One')} <span class="sxs-lookup"><span data-stu-id="abcde-106">Orphan</span></span>`);
    const ranges = service().markupRanges(document(text));
    assert.deepEqual(ranges.lookups.map((r) => textOf(text, r)), [
      '<span class="sxs-lookup"><span data-stu-id="abcde-104">Before</span></span>',
      '<span class="sxs-lookup"><span data-stu-id="abcde-105">One</span></span>',
      '<span class="sxs-lookup"><span data-stu-id="abcde-106">Orphan</span></span>',
    ]);
    assert.deepEqual(ranges.tags.map((r) => textOf(text, r)), ['<span data-ttu-id="abcde-104">', '</span>', '<span data-ttu-id="abcde-105">', '</span>']);
    assert.deepEqual(ranges.anchors.map((r) => textOf(text, r)), ['<a name="before"></a>']);
  });

  it('leaves the translation text itself out, even over several lines', () => {
    const text = seg('abcde-110', 'Zeile eins\nZeile zwei', 'Line one\nLine two');
    const ranges = service().markupRanges(document(text));
    const marked = [...ranges.lookups, ...ranges.tags, ...ranges.anchors].map((r) => textOf(text, r)).join('|');
    assert.doesNotMatch(marked, /Zeile/);
    assert.match(marked, /Line one\nLine two/);
  });
});

describe('reading: what counts as untranslated', () => {
  const reason = (translation: string, english: string, terms: string[] = []) => untranslatedReason(parse(seg('abcde-104', translation, english)).segments[0], terms);

  it('counts an empty translation and one that reads the same as its English', () => {
    assert.equal(reason('', 'Sync is in progress.'), 'empty');
    assert.equal(reason(' <strong></strong> ', 'Sync is in progress.'), 'empty');
    assert.equal(reason('Sync is in progress.', 'Sync is in progress.'), 'same-as-english');
    assert.equal(reason('See  [help](https://contoso.example/de-de/help).', 'See [help](https://contoso.example/en-us/help).'), 'same-as-english');
  });

  it('does not count a translation, nor text that is rightly the same in every locale', () => {
    assert.equal(reason('Die Synchronisierung läuft.', 'Sync is in progress.'), undefined);
    assert.equal(reason('7/22/2019', '7/22/2019'), undefined);
    assert.equal(reason('https://contoso.example/help', 'https://contoso.example/help'), undefined);
    assert.equal(reason('Office 365 E5', 'Office 365 E5', ['Office 365']), undefined);
    assert.equal(reason('Contoso Drive', 'Contoso Drive', ['Contoso Drive']), undefined);
    assert.equal(reason('', ''), undefined);
  });

  it('counts product names the same unless they are do-not-translate terms', () => {
    assert.equal(reason('Office 365 E5', 'Office 365 E5'), 'same-as-english');
  });
});

describe('reading: going to the next untranslated segment', () => {
  const text = lines(
    '---',
    'no-loc: [Contoso Drive]',
    '---',
    seg('abcde-104', 'Übersetzt.', 'Translated.'), // 3
    seg('abcde-105', 'Not translated.', 'Not translated.'), // 4
    seg('abcde-106', 'Contoso Drive', 'Contoso Drive'), // 5: a no-loc term
    seg('abcde-107', '', 'Empty.'), // 6
    seg('abcde-108', 'Office 365 E5', 'Office 365 E5'), // 7: a setting's term
  );
  const find = async (line: number, character: number, direction: 'next' | 'previous') => {
    const match = await service({ doNotTranslate: ['Office 365'] }).findUntranslated(document(text), { line, character }, direction);
    return match && [match.segment.id, match.reason, match.ordinal, match.total, match.wrapped];
  };

  it('goes forward from the cursor, skipping the front matter\'s and the settings\' do-not-translate terms', async () => {
    assert.deepEqual(await find(0, 0, 'next'), ['abcde-105', 'same-as-english', 1, 2, false]);
    assert.deepEqual(await find(4, 30, 'next'), ['abcde-107', 'empty', 2, 2, false]);
  });

  it('does not stay on the segment the cursor is in, and comes round at the end', async () => {
    assert.deepEqual(await find(4, 5, 'next'), ['abcde-107', 'empty', 2, 2, false]);
    assert.deepEqual(await find(6, 30, 'next'), ['abcde-105', 'same-as-english', 1, 2, true]);
  });

  it('goes backward, and comes round at the start', async () => {
    assert.deepEqual(await find(6, 30, 'previous'), ['abcde-105', 'same-as-english', 1, 2, false]);
    assert.deepEqual(await find(4, 30, 'previous'), ['abcde-107', 'empty', 2, 2, true]);
  });

  it('finds nothing in a file whose segments are all translated', async () => {
    const done = lines(seg('abcde-104', 'Eins', 'One'), seg('abcde-105', 'Zwei', 'Two'));
    assert.equal(await service().findUntranslated(document(done), { line: 0, character: 0 }, 'next'), undefined);
  });
});
