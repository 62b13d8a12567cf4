import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import { checkDocument } from '../../../../server/src/core/rules/check';
import { checkConfigFrom } from '../../../../server/src/core/config';
import { toDiagnostic } from '../../../../server/src/core/lsp/diagnostics';
import { PATH } from '../../../support/checks';
import { frontMatter, lines, seg } from '../../../support/sxs';

describe('lsp: diagnostics', () => {
  it('link each code to its rule’s entry in docs/rules.md (codeDescription)', () => {
    const doc = parse(frontMatter('de-DE', 'HT') + lines(seg('abcde-104', 'Siehe [Doku](https://aka.ms/y).', 'See [docs](https://aka.ms/x).'), seg('abcde-105', 'Eins \u00a0zwei.', 'One two.', 'abcde-106'), ''));
    const diagnostics = checkDocument(doc, checkConfigFrom({ rules: { 'double-space': 'hint' } }), { path: PATH('de-DE') }).map((f) => toDiagnostic(doc, f));
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['double-space', 'id-mismatch', 'link-url']);
    for (const d of diagnostics) assert.equal(d.codeDescription?.href, `https://github.com/sxs-docs/sxs-docs/blob/main/docs/rules.md#${d.code}`);
  });
});
