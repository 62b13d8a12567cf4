import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import matter from 'gray-matter';
import { parse } from '../../../../server/src/core/parse/parse';
import { isSimpleYaml, mayBeYamlNumber } from '../../../../server/src/core/parse/simpleYaml';
import { LOCALIZATION_KEYS } from '../../../../server/src/core/parse/frontMatter';
import { lines } from '../../../support/sxs';

describe('simple front matter (read without a YAML parse)', function () {
  this.timeout(60_000); // compares with js-yaml on generated front matter: opts out of the unit tests' 5 s
  it('vouches for the flat shape the localization tools write', () => {
    const yaml = lines(
      'title: "Überprüfen: des Status"',
      'ms.author: pebaum',
      'ROBOTS: NOINDEX, NOFOLLOW',
      'ms.custom:',
      '- "9003546"',
      '- 6860',
      'ms.date: 04/21/2020',
      'ms.openlocfilehash: 6a08916c67e0a14d6781be7c3c6874115a0df3b9',
      "description: 'It''s'x",
      '',
      'no-loc:',
      '  - Teams',
      '  - Office 365',
      'ms.locfileid: "48807532"',
      'title.zh: 如何檢查 Microsoft 365',
    );
    // Two-quote escapes in single quotes are left to the parser; the rest is simple.
    assert.equal(isSimpleYaml(yaml), false);
    assert.equal(isSimpleYaml(yaml.replace("'It''s'x", "'Its'")), true);
    assert.equal(isSimpleYaml(yaml.replace(/\n/g, '\r\n').replace("'It''s'x", "'Its'")), true);
    assert.equal(isSimpleYaml(''), true);
  });

  for (const [what, yaml] of [
    ['a comment', 'a: b\n# note'],
    ['a value with a comment', 'a: b #note'],
    ['a nested mapping', 'a:\n  b: c'],
    ['a block scalar', 'a: |\n  text'],
    ['a flow list', 'no-loc: [Teams, Outlook]'],
    ['a key twice', 'a: b\na: c'],
    ['two spellings of one boolean key', 'true: a\nTrue: b'],
    ['a tab', 'a:\tb'],
    ['an escape in double quotes', 'a: "x\\"y"'],
    ['a colon and space in a plain value', 'a: b: c'],
    ['a list item after a key with a value', 'a: b\n- c'],
    ['list items indented differently', 'a:\n  - b\n- c'],
    ['a line that continues a plain value', 'a: b\n  c'],
    ['a document end marker', 'a: b\n...'],
    ['an empty list item', 'a:\n- '],
    ['a lone carriage return', 'a: b\rc: d'],
    ['an anchor', 'a: &x b'],
    ['a key without a space after its colon', 'a:b'],
    ['a non-printable character', 'a: b\u0007'],
  ] as const) {
    it(`leaves ${what} to the YAML parser`, () => assert.equal(isSimpleYaml(yaml), false));
  }

  it('knows which plain values YAML could read as a number', () => {
    for (const n of ['12', '-3', '0x1F', '0b101', '0123', '1_000', '1:30', '2.5e4', '.5', '.inf', '-.Inf', '.NaN', '1234e56']) assert.equal(mayBeYamlNumber(n), true, n);
    for (const s of ['6a08916c67e0a14d6781be7c3c6874115a0df3b9', '04/21/2020', '2020-04-21', 'de-DE', 'MT', '1.2.3-beta', 'x12']) assert.equal(mayBeYamlNumber(s), false, s);
  });

  // Whatever the simple reader vouches for, gray-matter (js-yaml) reads without error, and
  // the localization keys come out as they did when every front matter was parsed.
  const key = fc.constantFrom(...Object.values(LOCALIZATION_KEYS), 'no-loc', 'title', 'a.b-c', 'True', 'null', '_x');
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('de-DE', 'MT', '0x1F', '12', '007', '1_000', '1:30', '2.5e4', '.inf', '~', 'null', 'true', '2020-04-21', '04/21/2020', '6a08f', '1234e56', '"q"', "'s'", 'é', '漢', 'x', 'a b', 'a:b', 'a#b') },
    { weight: 1, arbitrary: fc.constantFrom('"a\\"b"', "'it''s'", '#', ' #c', ': ', ':', '-', '- ', '[a]', '{b}', '&x', '*y', '|', '>', '%', '@', '`', '?', ',', '\t', '\u0085', '\ufeff', '\u00a0', '\ud83d\ude00', '\ud83d', ' ', '  ') },
  );
  const value = fc.array(piece, { maxLength: 2 }).map((p) => p.join(''));
  // Mostly well-formed lines, so that many documents take the simple path; a few of every kind of trap.
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(key, fc.constantFrom(': ', ': ', ': ', ':', ':  ', ' : ', ':\t'), value).map(([k, sep, v]) => `${k}${sep}${v}`) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('', '  ', '  ', '    '), fc.constantFrom('- ', '- ', '-  ', '-'), value).map(([indent, dash, v]) => `${indent}${dash}${v}`) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '# note', '...', '---x', '  continued') },
  );
  const frontMatterText = fc.tuple(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n')).map(([ls, eol]) => ['---', ...ls, '---', 'Body'].join(eol));

  it('vouches only for front matter that gray-matter reads, with the same localization keys (generated)', () => {
    fc.assert(
      fc.property(frontMatterText, (text) => {
        const doc = parse(text);
        const fm = doc.frontMatter;
        if (!fm) return;
        let data: Record<string, unknown> | undefined;
        let threw = false;
        try {
          const parsed: unknown = matter(text.slice(0, fm.full.end), { language: 'yaml' }).data;
          data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
        } catch {
          threw = true;
        }
        const yaml = text.slice(fm.content.start, fm.content.end);
        if (isSimpleYaml(yaml)) assert.equal(threw, false, `vouched for invalid YAML:\n${yaml}`);
        assert.equal(fm.error !== undefined, threw, `invalid-yaml disagrees with gray-matter:\n${yaml}`);
        if (threw || !data) return;
        assert.deepEqual(fm.data, data);
        for (const [field, name] of Object.entries(LOCALIZATION_KEYS)) {
          // As the keys were read when every front matter was parsed: the parsed value if a string or number, else as written.
          const v: unknown = data[name];
          const span = doc.keys.valueSpans[name];
          const written = span && unquote(text.slice(span.start, span.end));
          const expected: string | undefined = typeof v === 'string' || typeof v === 'number' ? String(v) : written || undefined;
          assert.equal(doc.keys[field as keyof typeof LOCALIZATION_KEYS], expected, `${name} in:\n${yaml}`);
        }
        // Where each value is written: as a `key: value` line reads, wherever the value comes from.
        const spans: Record<string, [number, number]> = {};
        let at = fm.content.start;
        for (const l of yaml.split(/\r?\n/)) {
          const m = /^([A-Za-z_][\w.-]*)([ \t]*:[ \t]*)(.*?)[ \t]*$/.exec(l);
          if (m && (Object.values(LOCALIZATION_KEYS) as string[]).concat('title', 'description', 'no-loc').includes(m[1])) {
            spans[m[1]] = [at + m[1].length + m[2].length, at + m[1].length + m[2].length + m[3].length];
          }
          at += l.length + (text[at + l.length] === '\r' ? 2 : 1);
        }
        assert.deepEqual(Object.fromEntries(Object.entries(doc.keys.valueSpans).map(([k, sp]) => [k, [sp.start, sp.end]])), spans, `value spans in:\n${yaml}`);
        const noLoc = data['no-loc'];
        assert.deepEqual(doc.keys.noLoc, Array.isArray(noLoc) ? noLoc.filter((t) => typeof t === 'string' && t.length > 0) : []);
      }),
      { numRuns: Number(process.env.SXS_YAML_RUNS ?? 5000) },
    );
  });
});

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]) ? s.slice(1, -1) : s;
}
