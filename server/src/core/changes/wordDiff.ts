import { diffWordsWithSpace } from 'diff';
import { plainText } from '../markdown/plainText';

/** A run of words of a word-level diff. */
export interface DiffPart {
  readonly kind: 'same' | 'deleted' | 'inserted';
  readonly text: string;
}

/**
 * The word-level diff between the English a segment was translated from and the English
 * now, both as a reader sees them (plain text). When only the markup changed (a link
 * target, bold), the Markdown itself is compared, so that the change still shows.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  let a = plainText(before);
  let b = plainText(after);
  if (a === b) {
    a = before.replace(/\s+/g, ' ').trim();
    b = after.replace(/\s+/g, ' ').trim();
  }
  return grouped(diffWordsWithSpace(a, b).map((c) => ({ kind: c.added ? 'inserted' : c.removed ? 'deleted' : 'same', text: c.value })));
}

/**
 * Changes separated only by spaces read as one: `~~all your devices~~ **every device you sign
 * in to**` rather than word against word, `~~all~~ **every** ~~your~~ **device**`.
 */
function grouped(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    // Spaces taken in at the end belong to neither side.
    const trailing = /\s*$/.exec(deleted)![0].length === /\s*$/.exec(inserted)![0].length ? (/\s*$/.exec(deleted)?.[0] ?? '') : '';
    if (trailing) {
      deleted = deleted.slice(0, deleted.length - trailing.length);
      inserted = inserted.slice(0, inserted.length - trailing.length);
    }
    if (deleted) out.push({ kind: 'deleted', text: deleted });
    if (inserted) out.push({ kind: 'inserted', text: inserted });
    if (trailing) out.push({ kind: 'same', text: trailing });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.kind === 'same') {
      if ((deleted || inserted) && /^\s+$/.test(part.text)) {
        deleted += part.text;
        inserted += part.text;
        continue;
      }
      flush();
      out.push(part);
    } else if (part.kind === 'deleted') deleted += part.text;
    else inserted += part.text;
  }
  flush();
  return out;
}
