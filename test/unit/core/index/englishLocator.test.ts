import * as assert from 'node:assert/strict';
import { englishAt, locateEnglish } from '../../../../server/src/core/index/englishLocator';
import { lines } from '../../../support/sxs';

const ENGLISH = lines(
  '---',
  'title: Sync your files',
  '---',
  '# Sync your files',
  '',
  'Keep a copy of your files on every device you sign in to.',
  '',
  '## Before you begin',
  '',
  '- You need a [subscription](https://contoso.example/subscriptions) with 2 GB of',
  '  free storage.',
);
const BODY = ENGLISH.indexOf('# Sync');

function lookup(number: number, text: string) {
  return { number, paragraph: false, text };
}

describe('index: finding segments’ English in the English source', () => {
  it('finds each lookup where it is, after the front matter (not in title:)', () => {
    const [heading, sentence] = locateEnglish(ENGLISH, BODY, [lookup(103, 'Sync your files'), lookup(104, 'Keep a copy of your files on every device you sign in to.')]);
    assert.equal(heading.found, true);
    assert.equal(heading.start, ENGLISH.indexOf('# Sync') + 2);
    assert.equal(ENGLISH.slice(sentence.start, sentence.end), 'Keep a copy of your files on every device you sign in to.');
  });

  it('finds a lookup that the English wraps over two lines', () => {
    const [found] = locateEnglish(ENGLISH, BODY, [lookup(106, 'You need a [subscription](https://contoso.example/subscriptions) with 2 GB of free storage.')]);
    assert.equal(found.found, true);
    assert.ok(ENGLISH.slice(found.start, found.end).endsWith('free storage.'));
  });

  it('marks a changed sentence not found and places it between its found neighbours', () => {
    const located = locateEnglish(ENGLISH, BODY, [lookup(103, 'Sync your files'), lookup(104, 'Keep a copy of your files on all your devices.'), lookup(105, 'Before you begin')]);
    assert.equal(located[1].found, false);
    assert.equal(englishAt(ENGLISH, located[1]), 'Keep a copy of your files on every device you sign in to.');
  });

  it('finds a text that occurs before the previous find without moving on', () => {
    const located = locateEnglish(ENGLISH, BODY, [lookup(105, 'Before you begin'), lookup(103, 'Sync your files'), lookup(106, 'free storage.')]);
    assert.deepEqual(
      located.map((l) => l.found),
      [true, true, true],
    );
  });

  it('says the segment was removed when there is nothing between its neighbours', () => {
    const located = locateEnglish(ENGLISH, BODY, [lookup(103, 'Sync your files'), lookup(104, 'A sentence that was removed.'), lookup(105, 'Keep a copy of your files on every device you sign in to.')]);
    assert.equal(located[1].found, false);
    assert.equal(englishAt(ENGLISH, located[1]), '');
  });
});
