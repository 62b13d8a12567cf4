import type { SxsDocument } from '../model';

/** The anchor the pipeline puts in each translated heading (`# <a name="slug"></a>…`), which the English file does not have. */
const HEADING_ANCHOR = /^(\s{0,3}#{1,6}[ \t]+)<a\s+name\s*=\s*"[^"]*"\s*>\s*<\/a>/gm;

/** The localization keys of the front matter, which the English file does not have. */
const LOCALIZATION_KEY = /^ms\.(?:contentlocale|translationtype|openlocfilehash|sourcegitcommit|lasthandoff|locfileid)\s*:.*(?:\r\n|\r|\n)?/gm;

/**
 * The English a translation was made from, reassembled from its English lookups: each
 * segment (translation and lookup) replaced by its lookup's English, the localization keys
 * of the front matter and the headings' anchors left out. What was translated without a segment (the title and
 * description in the front matter, image alt text) stays as translated: the lookups do not
 * hold its English.
 */
export function handoffEnglish(doc: SxsDocument): string {
  let out = '';
  let at = 0;
  const front = doc.frontMatter?.full;
  if (front) {
    out += doc.text.slice(0, front.end).replace(LOCALIZATION_KEY, '');
    at = front.end;
  }
  for (const s of doc.segments) {
    if (s.full.start < at) continue;
    out += doc.text.slice(at, s.full.start) + (s.source?.text ?? s.translation.text);
    at = s.full.end;
  }
  return (out + doc.text.slice(at)).replace(HEADING_ANCHOR, '$1');
}
