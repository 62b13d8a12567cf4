import * as assert from 'node:assert/strict';
import { checkConfigFrom } from '../../../../server/src/core/config';
import { parse } from '../../../../server/src/core/parse/parse';
import { Checker, checkDocument } from '../../../../server/src/core/rules/check';
import type { Rule } from '../../../../server/src/core/rules/rule';
import { RULES } from '../../../../server/src/core/rules/registry';
import { CancelledError } from '../../../../server/src/core/cancellation';
import { segmentRule } from '../../../../server/src/core/rules/segmentRule';
import { PATH } from '../../../support/checks';
import { frontMatter, lines, seg } from '../../../support/sxs';

describe('checker: one for a run over many documents', () => {
  // Documents that differ in what a checker could wrongly carry from one to the next:
  // locale (English, CJK, from the path only), ignore markers, no-loc terms, findings.
  const documents: { path: string; text: string }[] = [
    { path: PATH('de-DE'), text: frontMatter('de-DE', 'MT', 'no-loc: [Contoso]') + lines(seg('abcde-104', 'Das ist ein Test Test.', 'This is a test for Contoso.'), '') },
    { path: PATH('en-US'), text: frontMatter('en-US', 'HT') + lines(seg('abcde-104', 'This is a test test.', 'This is a test.'), '') },
    { path: PATH('zh-TW'), text: frontMatter('zh-TW', 'HT') + lines(seg('abcde-104', '選取 [儲存]。', 'Select **Save**.'), '') },
    { path: PATH('ro-RO'), text: lines('<!-- sxs-ignore -->', seg('abcde-104', 'Un test test cu Contoso.', 'A test with Contoso.'), '') },
    { path: '/docs/page.md', text: frontMatter('xx-yy', 'HT') + lines(seg('abcde-104', 'Ein Test \u00a0hier.', 'A test here.'), '') },
    { path: PATH('de-DE'), text: frontMatter('de-AT', 'MT', 'no-loc: [Contoso]') + lines(seg('abcde-104', 'Das ist ein Test Test.', 'This is a test for Contoso.'), '') },
  ];
  const config = checkConfigFrom({ doNotTranslate: ['Contoso'], rules: { 'double-space': 'hint' } });

  it('finds in each document what checkDocument finds, in any order of the documents', () => {
    const expected = documents.map((d) => checkDocument(parse(d.text), config, { path: d.path }));
    // English has no segment checks, CJK brackets count as bold, the file's marker silences its missing keys.
    assert.deepEqual(
      expected.map((found) => found.map((f) => f.code)),
      [['do-not-translate', 'repeated-word'], [], [], ['repeated-word'], ['double-space'], ['content-locale', 'do-not-translate', 'repeated-word']],
    );
    const checker = new Checker(config);
    for (const order of [documents.keys(), [...documents.keys()].reverse()]) {
      for (const i of order) assert.deepEqual(checker.check(parse(documents[i].text), documents[i].path), expected[i], documents[i].path);
    }
  });
});

describe('checker: a rule that yields to another', () => {
  const text = frontMatter('de-DE', 'MT') + lines(seg('abcde-104', 'Öffnen Sie die Wolke, dann die Wolke.', 'Open Contoso, then Contoso.'), '');
  /** A rule that reports the whole translation of each segment, and one that reports each "Wolke". */
  const whole = (yieldsTo?: string[]): Rule => ({
    code: 'whole',
    description: 'The whole translation.',
    defaultSeverity: 'hint',
    scope: 'document',
    fixable: false,
    ...(yieldsTo ? { yieldsTo } : {}),
    check({ doc, report }) {
      for (const s of doc.segments) report({ message: 'whole', start: s.translation.content.start, end: s.translation.content.end, segment: s });
    },
  });
  const word = (code: string, needle: string): Rule => ({
    code,
    description: 'A word.',
    defaultSeverity: 'warning',
    scope: 'document',
    fixable: false,
    check({ doc, report }) {
      for (let i = doc.text.indexOf(needle); i !== -1; i = doc.text.indexOf(needle, i + 1)) report({ message: needle, start: i, end: i + needle.length });
    },
  });
  const codes = (rules: Rule[]) => new Checker(checkConfigFrom({}), rules).check(parse(text), PATH('de-DE')).map((f) => f.code);

  it('drops its finding where a finding of the rule it yields to lies within its range, and only there', () => {
    assert.deepEqual(codes([whole(), word('wolke', 'Wolke')]), ['whole', 'wolke', 'wolke']);
    assert.deepEqual(codes([whole(['wolke']), word('wolke', 'Wolke')]), ['wolke', 'wolke']);
    // Found outside the translation (in the English), or by a rule it does not yield to: kept.
    assert.deepEqual(codes([whole(['contoso']), word('contoso', 'Contoso')]), ['whole', 'contoso', 'contoso']);
    assert.deepEqual(codes([whole(['other']), word('wolke', 'Wolke')]), ['whole', 'wolke', 'wolke']);
  });

  it('tells a finding within the range from ones that only overlap it, wherever they start', () => {
    const at = (code: string, ranges: [number, number][], yieldsTo?: string[]): Rule => ({
      code,
      description: 'Fixed ranges.',
      defaultSeverity: 'hint',
      scope: 'document',
      fixable: false,
      ...(yieldsTo ? { yieldsTo } : {}),
      check({ report }) {
        for (const [start, end] of ranges) report({ message: code, start, end });
      },
    });
    const yielder = at('yielder', [[10, 20], [30, 40], [50, 60], [0, 100]], ['target']);
    // Into [10, 20] one starts and runs past its end, and a later one lies within; [30, 40] and [50, 60] are only overlapped.
    const target = at('target', [[12, 25], [15, 18], [28, 35], [35, 45], [45, 55], [58, 70]]);
    const kept = new Checker(checkConfigFrom({}), [yielder, target])
      .check(parse(text), PATH('de-DE'))
      .filter((f) => f.code === 'yielder')
      .map((f) => [f.start, f.end]);
    assert.deepEqual(kept, [
      [30, 40],
      [50, 60],
    ]);
  });
});

describe('checker: a rule that fails', () => {
  const text = frontMatter('de-DE', 'MT') + lines(seg('abcde-104', 'Erster Satz.', 'First sentence.'), '', seg('abcde-105', 'Zweiter Satz Satz.', 'Second sentence.'), '');
  /** A segment rule that throws on the segment whose English has "First", as a rule with a defect would. */
  const failing = segmentRule({
    code: 'failing',
    description: 'Throws on one segment.',
    defaultSeverity: 'hint',
    fixable: false,
    checkSegment(s) {
      if (s.en.text.includes('First')) throw new SyntaxError('Invalid regular expression');
      s.report({ message: 'checked', start: s.tr.base, end: s.tr.base + 1 });
    },
  });
  const failingDocument: Rule = {
    code: 'failing-document',
    description: 'Throws.',
    defaultSeverity: 'error',
    scope: 'document',
    fixable: false,
    check: () => {
      throw new Error('boom');
    },
  };
  const repeatedWord = RULES.find((r) => r.code === 'repeated-word')!;

  it('reports the failure on the segment it was checking, at least as a warning, and the rules run on', () => {
    const doc = parse(text);
    const found = new Checker(checkConfigFrom({}), [failing, repeatedWord, failingDocument]).check(doc, PATH('de-DE'));
    assert.deepEqual(
      found.map((f) => [f.code, f.severity, doc.text.slice(f.start, f.end).slice(0, 12)]),
      [
        ['failing-document', 'error', ''],
        ['failing', 'warning', 'Erster Satz.'],
        ['failing', 'hint', 'Z'],
        ['repeated-word', 'information', 'Satz'],
      ],
    );
    assert.equal(found[1].message, 'The rule failing failed here and checked nothing: Invalid regular expression. The other rules ran. Please report it, with this text.');
  });

  it('lets a cancellation through', () => {
    const cancelling = segmentRule({
      ...failing,
      checkSegment: () => {
        throw new CancelledError();
      },
    });
    assert.throws(() => new Checker(checkConfigFrom({}), [cancelling]).check(parse(text), PATH('de-DE')), CancelledError);
  });
});
