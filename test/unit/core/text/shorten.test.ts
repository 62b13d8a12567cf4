import * as assert from 'node:assert/strict';
import { shorten } from '../../../../server/src/core/text/shorten';

describe('shorten', () => {
  it('puts a text on one line and leaves a short one whole', () => {
    assert.equal(shorten('  one\n two\tthree ', 20), 'one two three');
  });

  it('cuts a long text to the limit, ellipsis included', () => {
    const cut = shorten('abcdefghij klmnopqrst', 10);
    assert.equal(cut, 'abcdefghi…');
    assert.equal(cut.length, 10);
  });

  it('with atWord, cuts at the last space in the second half', () => {
    assert.equal(shorten('Select the folders to synchronize', 20, { atWord: true }), 'Select the folders…');
    assert.equal(shorten('Supercalifragilistic word', 10, { atWord: true }), 'Supercalif…');
  });
});
