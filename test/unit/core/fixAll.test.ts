import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from '../../../server/src/core/codeActions';
import { checkConfigFrom } from '../../../server/src/core/config';
import { fixAll } from '../../../server/src/core/fixAll';
import { createLanguageService } from '../../../server/src/core/languageService';
import type { SxsDocument } from '../../../server/src/core/model';
import { parse } from '../../../server/src/core/parse/parse';
import type { Finding } from '../../../server/src/core/rules/rule';
import { frontMatter, seg } from '../../support/sxs';

const GOOD = seg('e869d-104', 'Contactați {AliasAsistență}.', 'Contact {SupportAlias}.');
/** The translation span is never closed: the parser reports a broken span on segment 106. */
const BROKEN = '<span data-ttu-id="e869d-106">Sau {Altceva}.<span class="sxs-lookup"><span data-stu-id="e869d-106">Or {Other}.</span></span>';
const TEXT = `${frontMatter('ro-RO')}- ${GOOD}\n- ${BROKEN}\n`;

/** A finding whose fix replaces every `from` in the text with `to` (one fix, one edit per place). */
function replacing(doc: SxsDocument, from: string, to: string, code = 'test-rule'): Finding[] {
  const findings: Finding[] = [];
  for (let at = doc.text.indexOf(from); at >= 0; at = doc.text.indexOf(from, at + from.length)) {
    const segment = doc.segments.find((s) => s.full.start <= at && at < s.full.end);
    findings.push({ code, severity: 'warning', message: code, start: at, end: at + from.length, segment, fix: { title: `${from} → ${to}`, edits: [{ start: at, end: at + from.length, newText: to }] } });
  }
  return findings;
}

describe('fix all (the core policy every caller shares)', () => {
  it('never applies a fix in markup it could not read, and says how many it held back', () => {
    const doc = parse(TEXT);
    assert.deepEqual(doc.problems.map((p) => [p.code, p.segment?.id]), [['broken-span', 'e869d-106']]);
    const check = (d: SxsDocument) => [...replacing(d, '{AliasAsistență}', '{SupportAlias}'), ...replacing(d, '{Altceva}', '{Other}')];
    const result = fixAll(doc, check(doc), { check });
    assert.equal(result.doc.text, TEXT.replace('{AliasAsistență}', '{SupportAlias}'));
    assert.equal(result.applied, 1);
    assert.equal(result.held, 1);
    assert.equal(result.rejected, false);
  });

  it('rejects a pass that loses a segment and keeps the last safe text', () => {
    const doc = parse(`${frontMatter('ro-RO')}- ${GOOD}\n- ${seg('e869d-106', 'Sau {Altceva}.', 'Or {Other}.')}\n`);
    const second = doc.segments[1];
    // A fix that deletes a whole segment, beside one that is harmless: the pass is not kept.
    const check = (d: SxsDocument): Finding[] => [
      ...replacing(d, '{AliasAsistență}', '{SupportAlias}'),
      ...(d.segments.length === 2 ? [{ code: 'test-rule', severity: 'warning' as const, message: 'drop', start: second.full.start, end: second.full.end, fix: { title: 'drop', edits: [{ start: second.full.start, end: second.full.end, newText: '' }] } }] : []),
    ];
    const result = fixAll(doc, check(doc), { check });
    assert.equal(result.rejected, true);
    assert.equal(result.doc.text, doc.text);
    assert.equal(result.applied, 0);
  });

  it('counts two findings with the same fix as one fix applied', () => {
    const doc = parse(TEXT.replace(BROKEN, seg('e869d-106', 'Sau.', 'Or.')));
    // Two rules reporting the same place with the same edit: applied once, not twice.
    const check = (d: SxsDocument) => [...replacing(d, '{AliasAsistență}', '{SupportAlias}', 'rule-a'), ...replacing(d, '{AliasAsistență}', '{SupportAlias}', 'rule-b')];
    const result = fixAll(doc, check(doc), { check });
    assert.equal(result.applied, 1);
    assert.equal(result.doc.text.split('{SupportAlias}').length - 1, 2, 'the English one and the fixed translation');
    assert.deepEqual(result.findings, []);
  });

  it('the editor’s source.fixAll.sxsDocs leaves the broken segment alone and fixes the rest', async () => {
    const uri = 'file:///docs-pr.ro-RO/articles/a.md';
    const document = TextDocument.create(uri, 'markdown', 1, TEXT);
    const service = createLanguageService({ config: () => checkConfigFrom({}) });
    const diagnostics = await service.diagnostics(document);
    assert.ok(diagnostics.some((d) => d.code === 'placeholder' && d.range.start.line === document.positionAt(TEXT.indexOf('{Altceva}')).line), 'the broken segment has a placeholder finding with a fix');
    const [action] = await service.codeActions(document, { diagnostics: [], only: [FIX_ALL_KIND] });
    const fixed = TextDocument.applyEdits(document, action.edit!.changes![uri]);
    assert.ok(fixed.includes(BROKEN), 'the segment in markup the parser could not read is untouched');
    assert.ok(fixed.includes('Contactați {SupportAlias}.'), 'the readable segment is fixed');
  });
});
