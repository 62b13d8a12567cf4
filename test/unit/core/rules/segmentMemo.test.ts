import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import { checkConfigFrom, DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { parse } from '../../../../server/src/core/parse/parse';
import { checkDocument } from '../../../../server/src/core/rules/check';
import { RULES } from '../../../../server/src/core/rules/registry';
import type { LocaleContext } from '../../../../server/src/core/crossLocale/localeContext';
import type { IndexedDocument } from '../../../../server/src/core/index/indexedDocument';
import type { Segment } from '../../../../server/src/core/model';
import { checkEverySegment, type Finding, type Rule, type RuleContext } from '../../../../server/src/core/rules/rule';
import { SegmentFindingsMemo } from '../../../../server/src/core/rules/segmentMemo';
import { segmentRule } from '../../../../server/src/core/rules/segmentRule';
import { LearnedTerms } from '../../../../server/src/core/terms/learnedTerms';
import { KeyKind } from '../../../../server/src/core/terms/observe';
import { TermStats } from '../../../../server/src/core/terms/termStats';
import { markdownFiles } from '../../../support/corpus';
import { fuzzRuns } from '../../../support/fuzzReport';
import { PATH } from '../../../support/checks';
import { sampleWorkspace } from '../../../support/sampleWorkspace';
import { frontMatter, lines, seg } from '../../../support/sxs';

/** A finding as the editor shows it, its segment by position, its ignore edit read. */
const shown = (f: Finding) => ({ code: f.code, severity: f.severity, message: f.message, start: f.start, end: f.end, segment: f.segment?.index, fix: f.fix, ignore: f.ignore, related: f.related });

/** The findings of a check reusing `memo`, beside those of a check from scratch: they must be the same. */
function checkBoth(text: string, memo: SegmentFindingsMemo, options: { path?: string; rules?: readonly Rule[]; learned?: LearnedTerms; versions?: LocaleContext } = {}) {
  const doc = parse(text);
  const reused = checkDocument(doc, DEFAULT_CHECK_CONFIG, { path: PATH('de-DE'), ...options, reuse: memo }).map(shown);
  const fresh = checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: PATH('de-DE'), ...options }).map(shown);
  return { reused, fresh };
}

/** A segment rule that counts the segments it reads and reports each one's first word. */
function spy() {
  const read: string[] = [];
  const rule = segmentRule({
    code: 'spy',
    description: 'Counts segments.',
    defaultSeverity: 'hint',
    fixable: false,
    checkSegment(s) {
      read.push(s.segment.id);
      s.report({ message: `first word ${s.tr.words[0]?.text}`, start: s.tr.base, end: s.tr.base + 1, fix: { title: 'x', edits: [{ start: s.tr.base, end: s.tr.base, newText: '' }] } });
    },
  });
  return { rule, read };
}

describe('segment findings reused after an edit', () => {
  const doc = (third: string) =>
    frontMatter('de-DE', 'MT') +
    lines(
      seg('abcde-101', 'Öffnen Sie **Einstellungen**aus.', 'Open **Settings** now.'),
      '<!-- sxs-ignore -->',
      seg('abcde-102', 'Das ist ein Test  Test.', 'This is a test.'),
      seg('abcde-103', third, 'Select [Save](https://example.com/save) and close.'),
      seg('abcde-104', 'Wählen Sie [Speichern](https://example.com/save).', 'Select [Save](https://example.com/save).') + seg('abcde-105', 'Dann schließen.', ' Then close.'),
      seg('abcde-106', 'Die die Datei.', 'The file.'),
      '',
    );

  it('runs the segment rules only on the segments an edit changed, and finds what a check from scratch finds', () => {
    const { rule, read } = spy();
    const rules = [...RULES, rule];
    const memo = new SegmentFindingsMemo();
    const first = checkBoth(doc('Wählen Sie [Speichern](https://example.com/save) und schließen.'), memo, { rules });
    assert.deepEqual(first.reused, first.fresh);
    assert.ok(first.reused.some((f) => f.code === 'missing-space') && first.reused.some((f) => f.code === 'repeated-word'), 'the document has findings to reuse');
    read.length = 0;
    // A longer third segment: the segments after it move, their findings with them.
    const second = checkBoth(doc('Wählen Sie bitte [Speichern](https://example.com/save)und schließen Sie es.'), memo, { rules });
    assert.deepEqual(second.reused, second.fresh);
    assert.deepEqual(read.slice(0, -6), ['abcde-103'], 'the reusing check reads the edited segment alone (the fresh one all six)');
  });

  it('checks a segment again when the character that shows after it changes', () => {
    const memo = new SegmentFindingsMemo();
    const joined = (next: string) => frontMatter('de-DE', 'MT') + lines(seg('abcde-101', 'Erster Satz.', 'First sentence. ') + seg('abcde-102', next, 'Second sentence.'), '');
    const before = checkBoth(joined('Zweiter Satz.'), memo);
    assert.deepEqual(before.reused, before.fresh);
    assert.ok(before.reused.some((f) => f.code === 'edge-whitespace' && f.segment === 0));
    const after = checkBoth(joined(' Zweiter Satz.'), memo);
    assert.deepEqual(after.reused, after.fresh);
    assert.ok(!after.reused.some((f) => f.code === 'edge-whitespace' && f.segment === 0), 'a space now starts the next translation');
  });

  it('checks every segment again when the context changes: the rules, the settings, what the workspace teaches', () => {
    const { rule, read } = spy();
    const text = doc('Wählen Sie [Speichern](https://example.com/save) und schließen.');
    const memo = new SegmentFindingsMemo();
    const stats = new TermStats();
    const learned = new LearnedTerms(stats);
    const only = [rule];
    const reusing = () => {
      read.length = 0;
      checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: PATH('de-DE'), rules: only, learned, reuse: memo });
      return read.length;
    };
    assert.equal(reusing(), 6);
    assert.equal(reusing(), 0, 'nothing changed');
    stats.set('file:///x.md', 'de-DE', { keys: ['Save'], kinds: new Uint8Array([KeyKind.Single]), counts: new Int32Array([0, 1, 0]), native: [], segments: 1 });
    assert.equal(reusing(), 6, 'the statistics changed');
    assert.equal(reusing(), 0);
    checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: PATH('de-DE'), rules: [rule, ...RULES], learned, reuse: memo });
    assert.equal(reusing(), 6, 'other rules ran in between');
    const other = checkConfigFrom({ rules: { 'double-space': 'off' } });
    const changed = checkDocument(parse(text), other, { path: PATH('de-DE'), reuse: memo });
    assert.deepEqual(changed.map(shown), checkDocument(parse(text), other, { path: PATH('de-DE') }).map(shown));
  });

  it(`finds what a check from scratch finds after any edit of the sample documents (${fuzzRuns(30)} runs of edits)`, function () {
    // Each run checks a sample document twice after each of its edits.
    this.timeout(60_000);
    const texts = markdownFiles(sampleWorkspace())
      .map((f) => fs.readFileSync(f, 'utf8'))
      .filter((t) => t.includes('data-ttu-id'));
    assert.ok(texts.length > 0);
    const edit = fc.record({
      doc: fc.nat(texts.length - 1),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      remove: fc.nat(12),
      insert: fc.constantFrom('', 'x', ' ', '  ', '**', '[a](b)', 'Microsoft Teams', '</span>', '\n', 'die die', '.Und'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const memo = new SegmentFindingsMemo();
        let text = texts[edits[0].doc];
        checkBoth(text, memo);
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const { reused, fresh } = checkBoth(text, memo);
          assert.deepEqual(reused, fresh);
        }
      }),
      { numRuns: fuzzRuns(30) },
    );
  });
});

describe('findings of a rule across locales reused after an edit', () => {
  const EN = ['Open Contoso Cloud Desk and select Sign In.', 'Contoso Cloud Desk Setup is ready.', 'Select the file.', 'Close Contoso Cloud Desk.'];
  const page = (locale: string, translations: readonly string[]) =>
    frontMatter(locale, 'MT') + lines(...translations.map((tr, i) => seg(`abcde-${101 + i}`, tr, EN[i])), '');
  const version = (locale: string, translations: readonly string[]) => ({ entry: { uri: `file:///w/${locale}/page.md`, locale } as unknown as IndexedDocument, model: parse(page(locale, translations)) });
  const others = [
    version('de-DE', ['Öffnen Sie Contoso Cloud Desk, und wählen Sie Anmelden.', 'Contoso Cloud Desk-Einrichtung ist bereit.', 'Wählen Sie die Datei aus.', 'Schließen Sie Contoso Cloud Desk.']),
    version('fi-FI', ['Avaa Contoso Cloud Desk ja valitse Kirjaudu.', 'Contoso Cloud Desk -asennus on valmis.', 'Valitse tiedosto.', 'Sulje Contoso Cloud Desk.']),
    version('it-IT', ['Aprire Contoso Cloud Desk e selezionare Accedi.', 'Configurazione di Contoso Cloud Desk pronta.', 'Selezionare il file.', 'Chiudere Contoso Cloud Desk.']),
  ];
  const versions = (from = others): LocaleContext => ({
    uri: 'file:///w/ro-RO/page.md',
    locale: 'ro-RO',
    status: 'current',
    english: undefined,
    others: from,
    newer: undefined,
    changes: [],
    alignment: undefined,
    otherTranslations: new Map(),
    displayPath: (uri) => uri,
  });
  const text = page('ro-RO', ['Deschideți Biroul cloud Contoso și selectați Conectare.', 'Configurarea Biroului cloud este gata.', 'Selectați fișierul.', 'Închideți Contoso Cloud Desk.']);

  /** A rule across locales that checks a segment at a time, counting the segments it reads and reporting each one's length. */
  function spy() {
    const read: string[] = [];
    const eachSegment = ({ report }: RuleContext) => (segment: Segment) => {
      read.push(segment.id);
      const { start, end } = segment.translation.content;
      report({ message: `${end - start} characters`, start, end, segment, related: [{ uri: 'file:///w/de-DE/page.md', range: segment.translation.content.range, message: 'there' }] });
    };
    const rule: Rule = { code: 'locale-spy', description: 'Counts segments.', defaultSeverity: 'hint', scope: 'locale', fixable: false, check: checkEverySegment(eachSegment), eachSegment };
    return { rule, read };
  }

  it('runs the rule only on the segments an edit changed, and finds what a check from scratch finds', () => {
    const { rule, read } = spy();
    const rules = [...RULES, rule];
    const memo = new SegmentFindingsMemo();
    const first = checkBoth(text, memo, { rules, versions: versions() });
    assert.deepEqual(first.reused, first.fresh);
    assert.equal(first.reused.filter((f) => f.code === 'name-kept-elsewhere').length, 2, 'the document has findings across locales to reuse');
    read.length = 0;
    const edited = text.replace('Configurarea Biroului', 'Configurarea lungă a Biroului');
    const second = checkBoth(edited, memo, { rules, versions: versions() });
    assert.deepEqual(second.reused, second.fresh);
    assert.deepEqual(read.slice(0, -4), ['abcde-102'], 'the reusing check reads the edited segment alone (the fresh one all four)');
  });

  it('checks every segment again when the other versions change', () => {
    const { rule, read } = spy();
    const memo = new SegmentFindingsMemo();
    const only = [rule];
    const reusing = (context: LocaleContext) => {
      read.length = 0;
      checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: PATH('ro-RO'), rules: only, versions: context, reuse: memo });
      return read.length;
    };
    assert.equal(reusing(versions()), 4);
    assert.equal(reusing(versions()), 0, 'nothing changed');
    assert.equal(reusing(versions([others[0], others[1], { ...others[2], model: parse(page('it-IT', ['Aprire Contoso Cloud Desk.'])) }])), 4, 'a version read again');
    assert.equal(reusing(versions(others.slice(1))), 4, 'a version fewer');
    checkDocument(parse(text), DEFAULT_CHECK_CONFIG, { path: PATH('ro-RO'), rules: only, reuse: memo });
    assert.equal(reusing(versions()), 4, 'a check without the other versions in between');
  });

  it(`finds what a check from scratch finds after any edit (${fuzzRuns(30)} runs of edits)`, function () {
    this.timeout(60_000);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      remove: fc.nat(12),
      insert: fc.constantFrom('', 'x', ' ', 'Contoso Cloud Desk', 'Biroul cloud', '</span>', '\n', '<!-- sxs-ignore -->\n'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const memo = new SegmentFindingsMemo();
        let current = text;
        checkBoth(current, memo, { path: PATH('ro-RO'), versions: versions() });
        for (const e of edits) {
          const at = Math.floor(e.at * current.length);
          current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
          const { reused, fresh } = checkBoth(current, memo, { path: PATH('ro-RO'), versions: versions() });
          assert.deepEqual(reused, fresh);
        }
      }),
      { numRuns: fuzzRuns(30) },
    );
  });
});
