import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import { comparableText } from '../../../../server/src/core/index/comparable';
import { createLanguageService, type LanguageService } from '../../../../server/src/core/languageService';
import { parse } from '../../../../server/src/core/parse/parse';
import { NodeWorkspace } from '../../../../server/src/node/nodeWorkspace';
import { markdownFiles, withCorpus } from '../../../support/corpus';

describe('index: the locale index of the corpus', function () {
  this.timeout(900_000); // reads every file of the corpus: opts out of the unit tests' 5 s
  const root = withCorpus(this);
  let service: LanguageService;
  const locales = root ? fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory()) : [];

  before(async function () {
    const workspace = new NodeWorkspace(new TextDocuments(TextDocument));
    workspace.setFolders([URI.file(root!).toString()], false);
    service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
    await service.index!.build();
  });

  it('indexes every file of every locale repository (corpus), and nothing else', () => {
    const expected = locales.reduce((n, l) => n + markdownFiles(path.join(root!, l)).length, 0);
    assert.equal(service.index!.state, 'ready');
    assert.equal(service.index!.stats().documents, expected);
    assert.equal(service.index!.document(URI.file(path.join(root!, 'README.md')).toString()), undefined);
  });

  it('finds each segment of a file in the other locales made from the same English (corpus)', () => {
    let segments = 0;
    let found = 0;
    for (const doc of service.index!.documents()) {
      if (!doc.locale.startsWith('de')) continue;
      for (const other of service.index!.versionsOf(doc.uri)) {
        if (other === doc || other.openLocFileHash !== doc.openLocFileHash) continue;
        for (let i = 0; i < doc.segments.length; i++) {
          segments++;
          if (other.segments.correspondingTo(doc.segments.mapped(i)).length) found++;
        }
      }
    }
    assert.ok(segments > 50_000, `${segments} segment pairs`);
    assert.ok(found / segments > 0.99, `${found} of ${segments} found`);
  });

  it('maps paragraph segments to the sentences whose English they join (corpus)', () => {
    let mapped = 0;
    let agree = 0;
    for (const doc of service.index!.documents()) {
      const table = doc.segments;
      const paragraphs = [...Array(table.length).keys()].filter((i) => table.paragraph(i));
      if (!paragraphs.length) continue;
      const mine = parse(fs.readFileSync(URI.parse(doc.uri).fsPath, 'utf8'));
      for (const other of service.index!.versionsOf(doc.uri)) {
        if (other === doc || other.openLocFileHash !== doc.openLocFileHash) continue;
        const theirs = parse(fs.readFileSync(URI.parse(other.uri).fsPath, 'utf8'));
        for (const i of paragraphs) {
          const rows = other.segments.correspondingTo(table.mapped(i));
          if (!rows.length || rows.some((r) => other.segments.paragraph(r))) continue;
          mapped++;
          const joined = rows.map((r) => theirs.segments[r].source?.text ?? '').join(' ');
          if (comparableText(joined) === comparableText(mine.segments[i].source?.text ?? '')) agree++;
        }
      }
    }
    assert.ok(mapped > 20, `${mapped} paragraph segments mapped to sentences`);
    // FORMAT.md: in 99% of cases the p-segment's English is the concatenation of those sentences
    // (consecutive paragraph segments are split between them by their English).
    assert.ok(agree / mapped >= 0.99, `${agree} of ${mapped} agree`);
  });

  it('answers the counterparts of every segment of a file from the tables alone (corpus)', () => {
    const largest = [...service.index!.documents()].sort((a, b) => b.segments.length - a.segments.length)[0];
    const text = fs.readFileSync(URI.parse(largest.uri).fsPath, 'utf8');
    const document = TextDocument.create(largest.uri, 'markdown', 1, text);
    const model = service.model(document);
    let withTargets = 0;
    for (const s of model.segments) {
      if (service.definition(document, s.translation.content.range.start).length) withTargets++;
    }
    assert.ok(withTargets / model.segments.length > 0.99, `${withTargets} of ${model.segments.length}`);
  });
});
