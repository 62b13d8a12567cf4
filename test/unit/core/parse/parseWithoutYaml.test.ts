import * as assert from 'node:assert/strict';
import { parse } from '../../../../server/src/core/parse/parse';
import { frontMatter, lines, seg } from '../../../support/sxs';

describe('parse: without the front matter’s YAML (as the locale index reads files)', () => {
  it('reads the same localization keys and segments, with no YAML data', () => {
    const text = frontMatter('de-DE', 'HT', 'ms.custom: [a, b]') + seg('e869d-104', 'Eins', 'One');
    const full = parse(text);
    const lite = parse(text, { frontMatterData: false });
    // `noLoc` is a YAML list; the index does not need it.
    assert.deepEqual({ ...lite.keys, noLoc: [] }, { ...full.keys, noLoc: [] });
    assert.deepEqual(lite.segments.map((s) => s.id), ['e869d-104']);
    assert.deepEqual(lite.frontMatter?.data, {});
    assert.deepEqual(lite.frontMatter?.full, full.frontMatter?.full);
    assert.deepEqual(full.frontMatter?.data['ms.custom'], ['a', 'b']);
  });

  it('does not report invalid YAML it did not read', () => {
    const text = lines('---', 'ms.contentlocale: ro-RO', 'title: [unclosed', '---', 'Text');
    assert.ok(parse(text).problems.some((p) => p.code === 'invalid-yaml'));
    const lite = parse(text, { frontMatterData: false });
    assert.deepEqual(lite.problems, []);
    assert.equal(lite.keys.contentLocale, 'ro-RO');
  });
});
