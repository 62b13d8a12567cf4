import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import type { TextDocumentLike } from '../../server/src/core/documentCache';
import { parse } from '../../server/src/core/parse/parse';
import { Emitter } from '../../server/src/core/workspace';
import { HoverWarmUp, type WarmUpService } from '../../server/src/hoverWarmUp';
import { frontMatter, seg } from '../support/sxs';

const TRANSLATION = `${frontMatter('de-DE', 'MT')}${seg('abcde-101', 'Titel', 'Title')}\n\n${seg('abcde-102', 'Ein Satz.', 'A sentence.')}\n\n${seg('abcde-103', 'Noch einer.', 'Another one.')}\n`;
const ENGLISH = '# Title\n\nA sentence.\n';
/** A translation of twelve segments, one a line. */
const TWELVE = `${frontMatter('de-DE', 'MT')}${Array.from({ length: 12 }, (_, i) => seg(`abcde-${101 + i}`, `Satz ${i}.`, `Sentence ${i}.`)).join('\n\n')}\n`;

/** What the warm-up reads of an indexed document. */
interface Entry {
  readonly uri: string;
  readonly key: string;
  readonly english: boolean;
  readonly segments: { readonly length: number };
}

const entry = (uri: string, key: string, segments: number, english = false): Entry => ({ uri, key, english, segments: { length: segments } });

/** A warm-up over fakes: what it asked the service, in order. */
function setUp(options: { learned?: boolean; failHover?: boolean; indexed?: readonly Entry[]; files?: Record<string, string> } = {}) {
  const calls: string[] = [];
  const errors: string[] = [];
  const open = new Map<string, TextDocumentLike>();
  const learn = new Emitter<void>();
  const entries = options.indexed ?? [];
  const index = {
    learned: options.learned ?? true,
    onDidLearn: learn.event,
    documents: () => entries.values(),
    versionsOf: (uri: string) => {
      const key = entries.find((e) => e.uri === uri)?.key;
      return entries.filter((e) => e.key === key);
    },
  };
  let readVersions: () => Promise<void> = async () => undefined;
  const service = {
    index,
    isLocalized: (d: TextDocumentLike) => d.uri.includes('de-de'),
    model: (d: TextDocumentLike) => parse(d.getText()),
    readVersions: (d: TextDocumentLike) => {
      calls.push(`readVersions ${d.uri}`);
      return readVersions();
    },
    segmentChanges: async (d: TextDocumentLike) => {
      calls.push(`segmentChanges ${d.uri} ${d.version}`);
      return undefined;
    },
    close: (uri: string) => calls.push(`close ${uri}`),
    hover: (d: TextDocumentLike, p: Position) => {
      calls.push(`hover ${d.uri} ${p.line}`);
      if (options.failHover) throw new Error('no hover today');
      return undefined;
    },
  } as unknown as WarmUpService;
  const checked = new Emitter<string>();
  const files = options.files;
  const readText = files && (async (uri: string) => {
    calls.push(`read ${uri}`);
    return files[uri];
  });
  new HoverWarmUp({ get: (uri) => open.get(uri) }, service, checked.event, readText, { log: () => undefined, error: (m) => errors.push(m) });
  const openDoc = (uri: string, text: string) => open.set(uri, { uri, version: 1, getText: () => text });
  /** Fires the check of a document and waits for what the warm-up does with it. */
  const check = async (uri: string) => {
    checked.fire(uri);
    await new Promise((resolve) => setImmediate(resolve));
  };
  /** Fires the index's learning and waits for what the warm-up does. */
  const learned = async () => {
    learn.fire();
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, errors, index, openDoc, check, learned, open, setReadVersions: (f: () => Promise<void>) => (readVersions = f) };
}

describe('hover warm-up without a locale index: once a localized document is checked', () => {
  it('waits for a localized document to be checked, then reads its versions and hovers on its first and middle segments', async () => {
    const w = setUp();
    w.openDoc('file:///ws/en-us/a.md', ENGLISH);
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    await w.check('file:///ws/en-us/a.md');
    assert.deepEqual(w.calls, [], 'an English file is no localized document');
    await w.check('file:///ws/de-de/a.md');
    const lines = TRANSLATION.split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text));
    assert.deepEqual(w.calls, ['readVersions file:///ws/de-de/a.md', `hover file:///ws/de-de/a.md ${lineOf('Titel')}`, `hover file:///ws/de-de/a.md ${lineOf('Ein Satz.')}`]);
  });

  it('does nothing until the index has learned from every document (the memory a hover looks into is whole)', async () => {
    const w = setUp({ learned: false });
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    await w.check('file:///ws/de-de/a.md');
    assert.equal(w.calls.length, 0);
    w.index.learned = true;
    await w.check('file:///ws/de-de/a.md');
    assert.equal(w.calls.filter((c) => c.startsWith('hover')).length, 2);
  });

  it('runs once per server, however many checks follow', async () => {
    const w = setUp();
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    w.openDoc('file:///ws/de-de/b.md', TRANSLATION);
    await w.check('file:///ws/de-de/a.md');
    const after = w.calls.length;
    await w.check('file:///ws/de-de/b.md');
    await w.check('file:///ws/de-de/a.md');
    assert.equal(w.calls.length, after);
  });

  it('skips a document closed while its versions were read, and a document without translated segments', async () => {
    const w = setUp();
    w.openDoc('file:///ws/de-de/empty.md', `${frontMatter('de-DE', 'MT')}Nothing here.\n`);
    await w.check('file:///ws/de-de/empty.md');
    assert.deepEqual(w.calls, []);
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    w.setReadVersions(async () => void w.open.delete('file:///ws/de-de/a.md'));
    await w.check('file:///ws/de-de/a.md');
    assert.deepEqual(w.calls, ['readVersions file:///ws/de-de/a.md']);
  });

  it('logs a hover that fails, and never throws', async () => {
    const w = setUp({ failHover: true });
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    await w.check('file:///ws/de-de/a.md');
    assert.equal(w.errors.length, 1);
    assert.match(w.errors[0], /hover warm-up: no hover today/);
  });
});

describe('hover warm-up with a locale index: once it has learned, on the largest indexed translation', () => {
  const lineOf = (text: string, doc = TRANSLATION) => doc.split('\n').findIndex((l) => l.includes(text));

  it('reads the largest translation with another version that no editor has open, compares its versions, hovers on segments spread over it, and drops it', async () => {
    const w = setUp({
      indexed: [
        entry('file:///ws/en-us/big.md', 'big', 40, true),
        entry('file:///ws/de-de/a.md', 'a', 3),
        entry('file:///ws/fi-fi/a.md', 'a', 3),
        entry('file:///ws/de-de/big.md', 'big', 12),
        entry('file:///ws/fi-fi/big.md', 'big', 12),
        entry('file:///ws/de-de/huge.md', 'huge', 3000),
        entry('file:///ws/fi-fi/huge.md', 'huge', 3000),
        entry('file:///ws/de-de/tiny.md', 'tiny', 2),
        entry('file:///ws/fi-fi/tiny.md', 'tiny', 2),
        entry('file:///ws/de-de/alone.md', 'alone', 30),
        entry('file:///ws/de-de/open.md', 'open', 20),
        entry('file:///ws/fi-fi/open.md', 'open', 20),
      ],
      files: { 'file:///ws/de-de/big.md': TWELVE },
    });
    w.openDoc('file:///ws/de-de/open.md', TRANSLATION);
    w.openDoc('file:///ws/fi-fi/open.md', TRANSLATION);
    await w.check('file:///ws/de-de/open.md');
    assert.deepEqual(w.calls, [], 'a check does not start it');
    await w.learned();
    assert.deepEqual(w.calls, [
      'read file:///ws/de-de/big.md',
      'segmentChanges file:///ws/de-de/big.md 0',
      ...[0, 2, 4, 6, 8, 10].map((i) => `hover file:///ws/de-de/big.md ${lineOf(`Satz ${i}.`, TWELVE)}`),
      'close file:///ws/de-de/big.md',
    ]);
    const after = w.calls.length;
    await w.learned();
    await w.check('file:///ws/de-de/open.md');
    assert.equal(w.calls.length, after, 'once per server');
  });

  it('hovers on each segment of a translation of fewer segments than its hovers, once', async () => {
    const w = setUp({ indexed: [entry('file:///ws/de-de/a.md', 'a', 3), entry('file:///ws/fi-fi/a.md', 'a', 3)], files: { 'file:///ws/de-de/a.md': TRANSLATION } });
    await w.learned();
    assert.deepEqual(
      w.calls.filter((c) => c.startsWith('hover')),
      ['Titel', 'Ein Satz.', 'Noch einer.'].map((t) => `hover file:///ws/de-de/a.md ${lineOf(t)}`),
    );
  });

  it('stops hovering on a document the editor opens meanwhile, and leaves it to the editor', async () => {
    const w = setUp({ indexed: [entry('file:///ws/de-de/big.md', 'big', 12), entry('file:///ws/fi-fi/big.md', 'big', 12)], files: { 'file:///ws/de-de/big.md': TWELVE } });
    const learning = w.learned();
    // Opened after its versions were compared (two turns in), before the last hovers.
    for (let i = 0; i < 6; i++) await new Promise((resolve) => setImmediate(resolve));
    w.openDoc('file:///ws/de-de/big.md', TWELVE);
    await learning;
    const hovers = w.calls.filter((c) => c.startsWith('hover')).length;
    assert.ok(hovers < 6, `stopped hovering (${hovers} hovers)`);
    assert.ok(!w.calls.includes('close file:///ws/de-de/big.md'), 'the open document is not dropped');
  });

  it('leaves a document the editor opened while it was read to the editor', async () => {
    const w = setUp({ indexed: [entry('file:///ws/de-de/a.md', 'a', 3), entry('file:///ws/fi-fi/a.md', 'a', 3)], files: { 'file:///ws/de-de/a.md': TRANSLATION } });
    w.setReadVersions(async () => undefined);
    const opening = w.learned();
    w.openDoc('file:///ws/de-de/a.md', TRANSLATION);
    await opening;
    assert.deepEqual(w.calls, ['read file:///ws/de-de/a.md']);
  });

  it('does nothing when no indexed translation fits, and logs a hover that fails', async () => {
    const none = setUp({ indexed: [entry('file:///ws/de-de/alone.md', 'alone', 3)], files: {} });
    await none.learned();
    assert.deepEqual(none.calls, []);
    const failing = setUp({ failHover: true, indexed: [entry('file:///ws/de-de/a.md', 'a', 3), entry('file:///ws/fi-fi/a.md', 'a', 3)], files: { 'file:///ws/de-de/a.md': TRANSLATION } });
    await failing.learned();
    assert.match(failing.errors.join('\n'), /hover warm-up: no hover today/);
    assert.ok(failing.calls.includes('close file:///ws/de-de/a.md'), 'dropped all the same');
  });
});
