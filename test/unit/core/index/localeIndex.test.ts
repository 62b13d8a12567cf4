import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../../server/src/core/languageService';
import { DEFAULT_CHECK_CONFIG } from '../../../../server/src/core/config';
import type { IndexProgress } from '../../../../server/src/core/index/localeIndex';
import { fileUri, InMemoryWorkspace } from '../../../support/inMemoryWorkspace';
import { ENGLISH, SENTENCES, version } from '../../../support/localeFixtures';
import { documentOf, indexedService, layoutWorkspace, positionOf, type Layout } from '../../../support/localeWorkspaces';

const LAYOUTS: Layout[] = ['repos', 'multi-root', 'folders', 'suffixes', 'settings'];

describe('index: the locale index', function () {
  this.timeout(60_000); // builds indexes of hundreds of files: opts out of the unit tests' 5 s
  for (const layout of LAYOUTS) {
    it(`finds every version and the English source (${layout})`, async () => {
      const fixture = await layoutWorkspace(layout);
      const { service } = await indexedService(fixture);
      const index = service.index!;
      assert.equal(index.state, 'ready');
      const versions = index.versionsOf(fileUri(fixture.paths['de-DE']));
      assert.deepEqual(
        versions.map((v) => [v.locale, v.english, v.uri]),
        ['en-US', 'de-DE', 'fi-FI', 'ro-RO'].map((l) => [l, l === 'en-US', fileUri(fixture.paths[l])]),
      );
      assert.equal(index.document(fileUri('/ws/README.md')), undefined);
      const de = index.document(fileUri(fixture.paths['de-DE']))!;
      assert.deepEqual([de.translationType, de.lastHandoff, de.segments.length], ['HT', '03/20/2024', 8]);
      assert.equal(index.document(fileUri(fixture.paths['en-US']))!.contentHash, de.openLocFileHash);
    });
  }

  it('keeps keys and numbers, not texts', async () => {
    const { service } = await indexedService(await layoutWorkspace('repos'));
    for (const doc of service.index!.documents()) {
      for (const [field, value] of Object.entries(doc)) {
        if (typeof value === 'string') assert.ok(value.length < 120, `${field} holds ${value.length} characters`);
      }
    }
  });

  it('answers queries without reading files', async () => {
    const fixture = await layoutWorkspace('repos');
    const { service, workspace } = await indexedService(fixture);
    const doc = await documentOf(workspace, fixture.paths['de-DE']);
    const reads = workspace.reads.length;
    for (let i = 0; i < 20; i++) service.definition(doc, positionOf(doc.getText(), 'dddd1-104', 12));
    service.counterparts(doc, positionOf(doc.getText(), 'dddd1-106', 12));
    service.references(doc, positionOf(doc.getText(), 'dddd1-108', 12), true);
    assert.equal(workspace.reads.length, reads);
  });

  it('says how the build goes, from start to end', async () => {
    const fixture = await layoutWorkspace('repos');
    const workspace = new InMemoryWorkspace(fixture.files, fixture.folders);
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
    const seen: IndexProgress[] = [];
    service.index!.onDidProgress((p) => seen.push(p));
    await service.index!.build();
    assert.equal(seen[0].state, 'building');
    assert.deepEqual(seen[seen.length - 1], { state: 'ready', indexed: 4, total: 4 });
  });

  it('can be cancelled, keeping what it read, and built again', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`/ws/notes-pr.de-DE/a${i}.md`] = version({ locale: 'de-DE' });
      files[`/ws/notes-pr.fi-FI/a${i}.md`] = version({ locale: 'fi-FI' });
    }
    const workspace = new InMemoryWorkspace(files, ['/ws']);
    const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace });
    const index = service.index!;
    await buildCancelledOnFirstProgress(index);
    assert.equal(index.state, 'cancelled');
    const partial = index.stats().documents;
    assert.ok(partial > 0 && partial < 600, `${partial} documents`);
    await index.build();
    assert.equal(index.state, 'ready');
    assert.equal(index.stats().documents, 600);
  });

  describe('ready first, then learned', () => {
    /** A workspace of a few documents in two locales, and a service over it not built yet. */
    const twoLocales = (count = 40) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < count; i++) {
        files[`/ws/notes-pr.de-DE/a${i}.md`] = version({ locale: 'de-DE' });
        files[`/ws/notes-pr.fi-FI/a${i}.md`] = version({ locale: 'fi-FI' });
      }
      const workspace = new InMemoryWorkspace(files, ['/ws']);
      return { workspace, service: createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace }) };
    };

    it('says ready with every entry in, then learns the term statistics and the memory, and says so', async () => {
      const { service } = twoLocales();
      const index = service.index!;
      const atReady: { documents: number; learned: boolean; pairs: number; terms: number; learnedTerms: boolean }[] = [];
      index.onDidProgress((p) => {
        if (p.state === 'ready') atReady.push({ documents: index.stats().documents, learned: index.learned, pairs: index.memory.size, terms: index.terms.size, learnedTerms: service.terminology().learned.available });
      });
      const order: string[] = [];
      index.onDidChange((c) => order.push(`change ${[...c.locales].sort().join(' ')}`));
      index.onDidLearn(() => order.push('learned'));
      await index.build();
      assert.deepEqual(atReady, [{ documents: 80, learned: false, pairs: 0, terms: 0, learnedTerms: false }]);
      assert.equal(index.learned, true);
      assert.equal(index.terms.size, 80);
      assert.ok(index.memory.size > 0);
      assert.equal(service.terminology().learned.available, true);
      // Ready tells every document; learned tells them again, for the findings that depend on learned terms.
      assert.deepEqual(order, ['change de-DE fi-FI', 'change de-DE fi-FI', 'learned']);
    });

    it('with learnAsRead (the command line), has learned from every entry by the time it says ready, and says learned once', async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`/ws/notes-pr.de-DE/a${i}.md`] = version({ locale: 'de-DE' });
      const workspace = new InMemoryWorkspace(files, ['/ws']);
      const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace, learnAsRead: true, translationMemory: false });
      const index = service.index!;
      const termsAtReady: number[] = [];
      index.onDidProgress((p) => {
        if (p.state === 'ready') termsAtReady.push(index.terms.size);
      });
      let learned = 0;
      index.onDidLearn(() => learned++);
      await index.build();
      assert.deepEqual(termsAtReady, [40]);
      assert.equal(index.learned, true);
      assert.equal(learned, 1);
      assert.equal(index.memory.size, 0);
    });

    it('fills the memory of a locale at once when a lookup needs it, before the rest is learned', async () => {
      const { service } = twoLocales();
      const index = service.index!;
      let during: { de: string[]; locales: string[]; learned: boolean } | undefined;
      index.onDidProgress((p) => {
        if (p.state !== 'ready') return;
        index.rememberNow('de-DE');
        during = { de: index.memory.lookup(SENTENCES[105], 'de-DE').map((m) => m.translation), locales: index.memory.locales(), learned: index.learned };
      });
      await index.build();
      assert.deepEqual(during, { de: [`[de-DE] ${SENTENCES[105]}`], locales: ['de-DE'], learned: false });
      assert.deepEqual(index.memory.locales().sort(), ['de-DE', 'fi-FI']);
      // Remembered early, learned once: the locale's documents count once in the statistics.
      assert.equal(index.terms.size, 80);
      assert.equal(index.terms.segments('de-DE'), index.terms.segments('fi-FI'));
    });

    it('keeps a change that comes while it learns: the new text is learned, not the one the build read', async () => {
      const { service, workspace } = twoLocales();
      const index = service.index!;
      index.onDidProgress((p) => {
        if (p.state === 'ready') workspace.write('/ws/notes-pr.de-DE/a0.md', version({ locale: 'de-DE', translations: { 104: 'Geänderte Notizen.' } }));
      });
      await index.build();
      await index.whenIdle();
      const a0 = fileUri('/ws/notes-pr.de-DE/a0.md');
      const translations = index.memory.lookup(SENTENCES[104], 'de-DE', { limit: 50 });
      assert.ok(translations.some((m) => m.translation === 'Geänderte Notizen.' && m.uri === a0));
      assert.ok(!translations.some((m) => m.uri === a0 && m.translation !== 'Geänderte Notizen.'));
      assert.equal(index.terms.size, 80);
    });

    it('learns from what a cancelled build read', async () => {
      const { service } = twoLocales(300);
      const index = service.index!;
      await buildCancelledOnFirstProgress(index);
      assert.equal(index.state, 'cancelled');
      assert.equal(index.learned, true);
      assert.equal(index.terms.size, index.stats().documents);
    });
  });

  describe('kept current from change events', () => {
    it('re-reads the English when it changes, so the versions made from the old one become stale', async () => {
      const fixture = await layoutWorkspace('repos');
      const { service, workspace } = await indexedService(fixture);
      const index = service.index!;
      const de = fileUri(fixture.paths['de-DE']);
      const changed = new Promise((resolve) => index.onDidChange(resolve));
      workspace.write(fixture.paths['en-US'], ENGLISH.replace('every day', 'every hour'));
      await changed;
      const english = index.document(fileUri(fixture.paths['en-US']))!;
      assert.notEqual(english.contentHash, index.document(de)!.openLocFileHash);
      const answer = service.counterparts(await documentOf(workspace, fixture.paths['fi-FI']), undefined)!;
      assert.equal(answer.versions.find((v) => v.locale === 'de-DE')?.status, 'stale');
    });

    it('takes an open document’s unsaved text over the disk’s, and the disk’s again once closed', async () => {
      const fixture = await layoutWorkspace('repos');
      const { service, workspace } = await indexedService(fixture);
      const index = service.index!;
      const de = fileUri(fixture.paths['de-DE']);
      workspace.openInEditor(fixture.paths['de-DE'], version({ locale: 'de-DE', omit: [108, 109] }));
      await index.whenIdle();
      assert.equal(index.document(de)!.segments.length, 6);
      workspace.closeInEditor(fixture.paths['de-DE']);
      await index.whenIdle();
      assert.equal(index.document(de)!.segments.length, 8);
    });

    it('forgets a deleted folder, and indexes files and folders that appear', async () => {
      const fixture = await layoutWorkspace('repos');
      const { service, workspace } = await indexedService(fixture);
      const index = service.index!;
      workspace.delete('/ws/notes-pr.ro-RO');
      await index.whenIdle();
      assert.deepEqual(
        index.versionsOf(fileUri(fixture.paths['de-DE'])).map((v) => v.locale),
        ['en-US', 'de-DE', 'fi-FI'],
      );
      workspace.write('/ws/notes-pr.it-IT/guide/backup.md', version({ locale: 'it-IT' }));
      await index.whenIdle();
      assert.ok(index.versionsOf(fileUri(fixture.paths['de-DE'])).some((v) => v.locale === 'it-IT'));
    });

    it('leaves out files that appear under node_modules or hidden folders', async () => {
      const fixture = await layoutWorkspace('repos');
      const { service, workspace } = await indexedService(fixture);
      workspace.write('/ws/node_modules/pkg/notes-pr.de-DE/guide/backup.md', version({ locale: 'de-DE' }));
      workspace.write('/ws/.git/notes-pr.de-DE/guide/backup.md', version({ locale: 'de-DE' }));
      await service.index!.whenIdle();
      assert.equal(service.index!.stats().documents, 4);
    });

    it('finds the English of a document when the English file appears after the build', async () => {
      const fixture = await layoutWorkspace('repos', false);
      const { service, workspace } = await indexedService(fixture);
      const index = service.index!;
      assert.equal(index.versionsOf(fileUri(fixture.paths['de-DE']))[0].locale, 'de-DE');
      workspace.write('/ws/notes/guide/backup.md', ENGLISH);
      await index.whenIdle();
      const english = index.versionsOf(fileUri(fixture.paths['de-DE']))[0];
      assert.deepEqual([english.locale, english.english, english.segments.length], ['en-US', true, 8]);
    });

    it('rebuilds when the workspace folders change', async () => {
      const fixture = await layoutWorkspace('multi-root');
      const { service, workspace } = await indexedService(fixture);
      workspace.setFolders(fixture.folders.filter((f) => !f.includes('ro-ro')));
      await service.index!.whenIdle();
      assert.equal(service.index!.document(fileUri(fixture.paths['ro-RO'])), undefined);
      assert.ok(service.index!.document(fileUri(fixture.paths['fi-FI'])));
    });
  });
});

/** Builds the index, cancelling it as soon as it reports a first document indexed. */
async function buildCancelledOnFirstProgress(index: NonNullable<ReturnType<typeof createLanguageService>['index']>): Promise<void> {
  const canceller = index.onDidProgress((p) => {
    if (p.state === 'building' && p.indexed > 0) index.cancel();
  });
  await index.build();
  canceller.dispose();
}
