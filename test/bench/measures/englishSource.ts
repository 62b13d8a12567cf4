import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CHECK_CONFIG } from '../../../server/src/core/config';
import { sourceFileHash } from '../../../server/src/core/index/hashing';
import { createLanguageService } from '../../../server/src/core/languageService';
import { fileUri, InMemoryWorkspace } from '../../support/inMemoryWorkspace';
import { frontMatter, seg } from '../../support/sxs';
import { Random } from '../generate/random';
import { percentile, type Figure, type Measurement } from '../measure';

const LOCALES = ['de-DE', 'fi-FI', 'it-IT', 'ro-RO'];
const HOVERS = 500;

/** A sentence of the generated English (each distinct). */
const sentence = (k: number) => `Step ${k} copies the **files** of folder ${k} to the cloud, then checks them.`;

/**
 * A generated document of `paragraphs` paragraphs of two sentences: the English source and four
 * translations, one numbering its segments from 5000, one made from older English (every tenth
 * sentence said otherwise).
 */
async function workspace(paragraphs: number): Promise<{ files: Record<string, string>; english: string; translation: string }> {
  const body = Array.from({ length: paragraphs }, (_, p) => `${sentence(2 * p)} ${sentence(2 * p + 1)}`);
  const english = `---\ntitle: Sync\n---\n# Sync\n\n${body.join('\n\n')}\n`;
  const hash = await sourceFileHash(english);
  const files: Record<string, string> = { '/ws/docs/articles/sync.md': english };
  for (const [i, locale] of LOCALES.entries()) {
    const first = locale === 'fi-FI' ? 5000 : 100;
    const stale = locale === 'ro-RO';
    const paragraphsText = Array.from({ length: paragraphs }, (_, p) =>
      [2 * p, 2 * p + 1]
        .map((k) => {
          const en = stale && k % 10 === 0 ? `Step ${k} moves the files of folder ${k}.` : sentence(k);
          return seg(`abc${i}d-${first + k}`, `[${locale}] ${en}`, en);
        })
        .join(' '),
    );
    files[`/ws/docs-pr.${locale}/articles/sync.md`] = `${frontMatter(locale, 'HT').replace(/ms\.openlocfilehash: \w+/, `ms.openlocfilehash: ${stale ? '0'.repeat(40) : hash}`)}# Sync\n\n${paragraphsText.join('\n\n')}\n`;
  }
  return { files, english: '/ws/docs/articles/sync.md', translation: '/ws/docs-pr.de-DE/articles/sync.md' };
}

/**
 * The English source's hover and definition (its sentences aligned with each translation by
 * text) beside a translation's hover on the same document, in process: the first hover (the
 * four alignments), the first after an edit of the English, and warm hovers.
 */
export const englishSource: Measurement = {
  name: 'english',
  description: "the English source's hover and definition (sentences aligned with four translations), beside a translation's hover",
  async run(context) {
    const figures: Figure[] = [];
    for (const paragraphs of [250, 1000]) {
      const sentences = paragraphs * 2;
      const { files, english, translation } = await workspace(paragraphs);
      const ws = new InMemoryWorkspace(files, ['/ws']);
      const service = createLanguageService({ config: () => DEFAULT_CHECK_CONFIG, workspace: ws });
      await service.index!.build();
      const en = TextDocument.create(fileUri(english), 'markdown', 1, files[english]);
      const de = TextDocument.create(fileUri(translation), 'markdown', 1, files[translation]);
      const enLines = files[english].split('\n');
      const deLines = files[translation].split('\n');
      const random = new Random(20261203);
      const enAt = () => {
        const line = 5 + 2 * random.int(0, paragraphs - 1);
        return { line, character: random.int(0, enLines[line].length - 1) };
      };
      // Inside each translated text of the German version.
      const dePoints = deLines.flatMap((text, line) => [...text.matchAll(/<span data-ttu-id="[^"]*">/g)].map((m) => ({ line, character: m.index + m[0].length + 2 })));
      const deAt = () => random.pick(dePoints);
      await service.readVersions(en);
      let started = performance.now();
      service.hover(en, enAt());
      const first = performance.now() - started;
      const edited = TextDocument.create(en.uri, 'markdown', 2, files[english].replace(sentence(7), 'Step 7 now syncs every hour.'));
      await service.readVersions(edited);
      started = performance.now();
      service.hover(edited, enAt());
      const afterEdit = performance.now() - started;
      const time = (fn: () => unknown) => {
        const times: number[] = [];
        for (let i = 0; i < HOVERS; i++) {
          started = performance.now();
          fn();
          times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b);
      };
      const deHover = time(() => service.hover(de, deAt()));
      const enHover = time(() => service.hover(edited, enAt()));
      const enDefinition = time(() => service.definition(edited, enAt()));
      const baseline = { label: `a translation's hover, p50 (${HOVERS})`, value: percentile(deHover, 50) };
      context.log(`english: ${sentences} sentences, 4 translations`);
      figures.push(
        { key: `english.${sentences}.firstHoverMs`, label: `English source, ${sentences} sentences: first hover (aligns 4 translations)`, value: first, unit: 'ms', baseline },
        { key: `english.${sentences}.hoverAfterEditMs`, label: `English source, ${sentences} sentences: first hover after an edit`, value: afterEdit, unit: 'ms', baseline },
        { key: `english.${sentences}.hoverP50Ms`, label: `English source, ${sentences} sentences: hover p50 (${HOVERS})`, value: percentile(enHover, 50), unit: 'ms', baseline },
        { key: `english.${sentences}.definitionP50Ms`, label: `English source, ${sentences} sentences: definition p50 (${HOVERS})`, value: percentile(enDefinition, 50), unit: 'ms', baseline },
      );
      service.dispose();
    }
    return figures;
  },
};
