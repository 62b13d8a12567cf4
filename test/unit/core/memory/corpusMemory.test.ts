import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { createLanguageService, type LanguageService } from '../../../../server/src/core/languageService';
import { parse } from '../../../../server/src/core/parse/parse';
import { NodeWorkspace } from '../../../../server/src/node/nodeWorkspace';
import { markdownFiles, withCorpus } from '../../../support/corpus';

describe('translation memory of the corpus', function () {
  const root = withCorpus(this);
  let service: LanguageService;

  before(async function () {
    this.timeout(300_000);
    const workspace = new NodeWorkspace(new TextDocuments(TextDocument));
    workspace.setFolders([URI.file(root!).toString()], false);
    service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
    await service.index!.build();
  });

  it('holds the pairs of every locale (corpus)', () => {
    const stats = service.memory!.stats();
    assert.ok(stats.pairs > 100_000, `${stats.pairs} pairs`);
    assert.deepEqual(service.memory!.locales().sort(), ['de-DE', 'fi-FI', 'it-IT', 'ro-RO', 'zh-TW']);
  });

  it('finds, from an MT file, the human translation of its English sentence that another file has (corpus)', () => {
    // English sentences that an HT file and an MT file of de-DE both have, each in another file.
    const folder = fs.readdirSync(root!).find((d) => d.endsWith('de-DE'))!;
    const byEnglish = new Map<string, { ht?: string; mt?: { file: string; id: string } }>();
    for (const file of markdownFiles(path.join(root!, folder))) {
      const doc = parse(fs.readFileSync(file, 'utf8'));
      const type = doc.keys.translationType?.trim().toUpperCase();
      for (const s of doc.segments) {
        const english = s.source?.text.trim();
        if (!english || english.split(/\s+/).length < 6 || s.translation.text.trim() === english) continue;
        const entry = byEnglish.get(english) ?? {};
        if (type === 'HT' && !entry.ht) entry.ht = s.translation.text.trim();
        if (type === 'MT' && !entry.mt) entry.mt = { file, id: s.id };
        byEnglish.set(english, entry);
      }
    }
    const cases = [...byEnglish].filter(([, e]) => e.ht && e.mt).slice(0, 200);
    assert.ok(cases.length >= 20, `${cases.length} sentences in both HT and MT files`);
    let found = 0;
    for (const [english, e] of cases) {
      const best = service.memory!.lookup(english, 'de-DE', { exclude: { uri: URI.file(e.mt!.file).toString(), segment: e.mt!.id } })[0];
      assert.equal(best?.percent, 100, english);
      if (best.translationType === 'HT') found++;
    }
    // Ranked HT first: the best match of every such sentence is a human translation.
    assert.equal(found, cases.length);
  });
});
