import * as assert from 'node:assert/strict';
import { blockOfLine } from '../../../../server/src/core/changes/blocks';
import { englishSentences } from '../../../../server/src/core/changes/englishSentences';
import { currentEnglishOfSource, currentEnglishOfVersion, segmentChanges } from '../../../../server/src/core/changes/segmentChanges';
import { sameSwap, swapOf } from '../../../../server/src/core/changes/swaps';
import { parse } from '../../../../server/src/core/parse/parse';

/**
 * A translation of these lines, each a block: its Markdown opening (`# `, `- `, `1. `, `| `, a
 * table row of one cell) kept, its sentences (separated by ` ¦ `) each a segment whose English is the lookup.
 */
function translation(lines: readonly string[], prefix: string): string {
  let n = 102;
  const body = lines.map((line) => {
    const [, opening, rest] = /^((?:#{1,6}|-|\d+\.|\|)\s+)?(.*)$/.exec(line)!;
    const segments = rest.split(' ¦ ').map((english) => {
      const id = `${prefix}-${n++}`;
      return `<span data-ttu-id="${id}">${english.toUpperCase()}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
    });
    return `${opening ?? ''}${segments.join(' ')}${opening === '| ' ? ' |' : ''}`;
  });
  return `---\nms.contentlocale: de-DE\nms.translationtype: MT\n---\n${body.join('\n\n')}\n`;
}

/** Per segment of `old` aligned with the English of `now` (another locale version's lookups): `removed`, `unchanged`, or the new English. */
function aligned(old: readonly string[], now: readonly string[]): { segments: string[]; added: string[] } {
  const changes = segmentChanges(parse(translation(old, 'aaaa1')), currentEnglishOfVersion('file:///newer.md', 'fi-FI', parse(translation(now, 'bbbb1'))));
  return {
    segments: changes.segments.map((s) => (s.state === 'changed' ? s.english.map((e) => e.text).join(' ‖ ') : s.state)),
    added: changes.added.map((a) => a.sentence.text),
  };
}

describe('segment changes: headings, list items and table cells reworded in their place', () => {
  it('reads a title with the product renamed as in the body as that title changed, though few of its words are kept', () => {
    const r = aligned(
      ['# Assign Microsoft Defender for Office 365 licenses', 'Microsoft Defender for Office 365 can be assigned to users in the admin center.', '1. Go to **Billing** > **Licenses**.'],
      ['# Assign Project to users', 'Project can be assigned to users in the admin center.', '1. Go to **Billing** > **Licenses**.'],
    );
    assert.deepEqual(r.segments, ['Assign Project to users', 'Project can be assigned to users in the admin center.', 'unchanged']);
    assert.deepEqual(r.added, []);
  });

  it('keeps a title replaced by one on another subject as removed and added', () => {
    const r = aligned(
      ['# Change payment method', 'Go to **Billing** > **Payment methods**.', 'Select the payment method to replace.'],
      ['# Your payment was declined', 'Go to **Billing** > **Payment methods**.', 'Select the payment method to replace.'],
    );
    assert.deepEqual(r.segments, ['removed', 'unchanged', 'unchanged']);
    assert.deepEqual(r.added, ['Your payment was declined']);
  });

  it('pairs a heading only with one of the same level', () => {
    const r = aligned(
      ['## Open a Word document', 'Open the document in **Word**.', 'Select **File**.'],
      ['### Open an Excel workbook', 'Open the document in **Excel**.', 'Select **File**.'],
    );
    assert.deepEqual(r.segments, ['removed', 'Open the document in **Excel**.', 'unchanged']);
    assert.deepEqual(r.added, ['Open an Excel workbook']);
  });

  it('pairs no heading when two of one level are left over in the same place', () => {
    const r = aligned(
      ['## Install Word', '## Activate Word', 'Open the document in **Word**.', 'Select **File**.'],
      ['## Excel setup', 'Open the document in **Excel**.', 'Select **File**.'],
    );
    assert.deepEqual(r.segments, ['removed', 'removed', 'Open the document in **Excel**.', 'unchanged']);
    assert.deepEqual(r.added, ['Excel setup']);
  });

  it('keeps the second sentence of a two-sentence heading removed when the new heading has one', () => {
    const r = aligned(
      ['# Error: Word could not open the file. ¦ Please try again.', 'Open the file in **Word** again.', 'Restart your computer.'],
      ['# Error: Excel stopped responding', 'Open the file in **Excel** again.', 'Restart your computer.'],
    );
    assert.deepEqual(r.segments, ['Error: Excel stopped responding', 'removed', 'Open the file in **Excel** again.', 'unchanged']);
  });

  it('pairs one list item left over on each side, and one table cell', () => {
    const r = aligned(
      ['Sign in to the admin center.', '- Word for the web', '- Select **Word** in the app launcher.', '| Word 2016', 'Save your work.'],
      ['Sign in to the admin center.', '- Excel: available everywhere', '- Select **Excel** in the app launcher.', '| Excel, all versions', 'Save your work.'],
    );
    assert.deepEqual(r.segments, ['unchanged', 'Excel: available everywhere', 'Select **Excel** in the app launcher.', 'Excel, all versions', 'unchanged']);
  });

  it('does the same with the English split from an English source file', () => {
    const english = parse('# Assign Project to users\n\nProject can be assigned to users in the admin center.\n\n1. Go to **Billing** > **Licenses**.\n', { frontMatterData: false });
    const changes = segmentChanges(
      parse(translation(['# Assign Microsoft Defender for Office 365 licenses', 'Microsoft Defender for Office 365 can be assigned to users in the admin center.', '1. Go to **Billing** > **Licenses**.'], 'aaaa1')),
      currentEnglishOfSource('file:///en/a.md', english),
    );
    assert.deepEqual(
      changes.segments.map((s) => s.state),
      ['changed', 'changed', 'unchanged'],
    );
    assert.equal(changes.segments[0].english[0].text, 'Assign Project to users');
  });
});

describe('segment changes: the block of a sentence', () => {
  it('reads a translation line by its opening', () => {
    const text = '# Title\n\n### A section\n\n- item\n  > 1) quoted item\n| cell | other cell |\n\nA paragraph with a | bar.\n';
    const at = (needle: string) => blockOfLine(text, text.indexOf(needle));
    assert.equal(at('Title').kind, 'h1');
    assert.equal(at('A section').kind, 'h3');
    assert.equal(at('item').kind, 'li');
    assert.equal(at('quoted item').kind, 'li');
    assert.equal(at('cell |').kind, 'td');
    assert.equal(at('A paragraph').kind, 'p');
    assert.notEqual(at('cell |').id, at('other cell').id);
    assert.equal(at('A paragraph').id, at('a | bar').id);
  });

  it('reads an English source file by its Markdown blocks', () => {
    const sentences = englishSentences('## Set up\n\nFirst. Then this.\n\n1. Step one.\n   Still step one.\n\n| Plan | Refund |\n|---|---|\n| Monthly | Prorated. |\n', 0);
    assert.deepEqual(
      sentences.map((s) => `${s.block.kind} ${s.text}`),
      ['h2 Set up', 'p First.', 'p Then this.', 'li Step one.', 'li Still step one.', 'td Plan', 'td Refund', 'td Monthly', 'td Prorated.'],
    );
    const ids = sentences.map((s) => s.block.id);
    assert.equal(ids[1], ids[2]);
    assert.equal(ids[3], ids[4]);
    assert.equal(new Set(ids).size, 7);
  });
});

describe('segment changes: the same swap of words', () => {
  it('finds an edit that takes out and puts in the words another edit did', () => {
    const words = (t: string) => t.toLowerCase().split(' ');
    const body = swapOf(words('open the document in word'), words('open the document in excel'));
    assert.equal(sameSwap(swapOf(words('word document did not open'), words('excel file does not open')), [body]), true);
    assert.equal(sameSwap(swapOf(words('change payment method'), words('your payment was declined')), [body]), false);
    // Words only taken out, or only put in, make no swap.
    assert.equal(sameSwap(swapOf(words('open word now'), words('open now')), [body]), false);
  });
});
