import * as assert from 'node:assert/strict';
import { checkSegment } from '../../../../support/checks';

describe('rule include', () => {
  it('restores the include path from the English', () => {
    const [f] = checkSegment('include', '[!INCLUDE[Hinweis](../includes/hinweis.md)]', '[!INCLUDE[Note](../includes/note.md)]');
    assert.equal(f.at, '../includes/hinweis.md');
    assert.equal(f.fixed, '[!INCLUDE[Hinweis](../includes/note.md)]');
  });

  it('accepts a translated include title (trap)', () => {
    assert.deepEqual(checkSegment('include', '[!INCLUDE[Hinweis](../includes/note.md)]', '[!INCLUDE[Note](../includes/note.md)]'), []);
  });
});
