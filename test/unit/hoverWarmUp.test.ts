import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-types';
import type { TextDocumentLike } from '../../server/src/core/documentCache';
import { parse } from '../../server/src/core/parse/parse';
import { Emitter } from '../../server/src/core/workspace';
import { HoverWarmUp, type WarmUpService } from '../../server/src/hoverWarmUp';
import { frontMatter, seg } from '../support/sxs';

const TRANSLATION = `${frontMatter('de-DE', 'MT')}${seg('abcde-101', 'Titel', 'Title')}\n\n${seg('abcde-102', 'Ein Satz.', 'A sentence.')}\n\n${seg('abcde-103', 'Noch einer.', 'Another one.')}\n`;
const ENGLISH = '# Title\n\nA sentence.\n';

/** A warm-up over fakes: what it asked the service, in order. */
function setUp(options: { learned?: boolean; failHover?: boolean } = {}) {
  const calls: string[] = [];
  const errors: string[] = [];
  const open = new Map<string, TextDocumentLike>();
  const index = { learned: options.learned ?? true };
  let readVersions: () => Promise<void> = async () => undefined;
  const service = {
    index,
    isLocalized: (d: TextDocumentLike) => d.uri.includes('de-de'),
    model: (d: TextDocumentLike) => parse(d.getText()),
    readVersions: (d: TextDocumentLike) => {
      calls.push(`readVersions ${d.uri}`);
      return readVersions();
    },
    hover: (d: TextDocumentLike, p: Position) => {
      calls.push(`hover ${d.uri} ${p.line}`);
      if (options.failHover) throw new Error('no hover today');
      return undefined;
    },
  } as unknown as WarmUpService;
  const checked = new Emitter<string>();
  new HoverWarmUp({ get: (uri) => open.get(uri) }, service, checked.event, { log: () => undefined, error: (m) => errors.push(m) });
  const openDoc = (uri: string, text: string) => open.set(uri, { uri, version: 1, getText: () => text });
  /** Fires the check of a document and waits for what the warm-up does with it. */
  const check = async (uri: string) => {
    checked.fire(uri);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { calls, errors, index, openDoc, check, open, setReadVersions: (f: () => Promise<void>) => (readVersions = f) };
}

describe('hover warm-up: one thrown-away hover before the first', () => {
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
