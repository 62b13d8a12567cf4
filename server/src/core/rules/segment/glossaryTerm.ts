import { appliesTo, findInTranslation, type GlossaryEntry } from '../../terms/glossary';
import { plainText } from '../../terms/plainText';
import type { SegmentCheck } from '../rule';
import { segmentRule } from '../segmentRule';
import { translationRange } from './compare';

export const glossaryTerm = segmentRule({
  code: 'glossary-term',
  description: 'A term of the glossary files (sxsDocs.terminology.glossaries) in the English whose approved translation is missing from the translation, or whose forbidden translation the translation uses.',
  defaultSeverity: 'warning',
  fixable: true,
  checkSegment(s) {
    if (s.glossary.size === 0) return;
    const hits = s.glossary.find(plainText(s.en), s.locale);
    if (hits.length === 0) return;
    const tr = plainText(s.tr);
    const seen = new Set<string>();
    for (const hit of hits) {
      const english = hit.entry.english.toLowerCase();
      if (hit.entry.status === 'do-not-translate' || seen.has(english)) continue;
      seen.add(english);
      checkTerm(s, tr, hits.filter((h) => h.entry.english.toLowerCase() === english).map((h) => h.entry));
    }
  },
});

function checkTerm(s: SegmentCheck, tr: string, entries: readonly GlossaryEntry[]): void {
  const { l10n } = s;
  const approved = entries.filter((e) => e.status === 'approved' && e.translation && appliesTo(e, s.locale));
  const english = entries[0].english;
  let forbiddenUsed = false;
  for (const entry of entries) {
    if (entry.status !== 'forbidden' || !entry.translation) continue;
    const found = findInTranslation(tr, entry.translation);
    // A forbidden rendering that is part of an approved one ("Konto" in "Kontoname") is not used.
    if (!found || approved.some((a) => findInTranslation(tr, a.translation!) && a.translation!.toLowerCase().includes(entry.translation!.toLowerCase()))) continue;
    forbiddenUsed = true;
    const start = s.tr.base + found.start;
    const end = s.tr.base + found.end;
    const replacement = approved.length === 1 ? approved[0].translation! : undefined;
    s.report({
      message: l10n.t('The glossary forbids "{forbidden}" for "{term}"{approved}.', {
        forbidden: s.tr.text.slice(found.start, found.end),
        term: english,
        approved: approved.length ? l10n.t('; approved: {list}', { list: approved.map((a) => `"${a.translation}"`).join(', ') }) : '',
      }),
      start,
      end,
      ...(replacement ? { fix: { title: l10n.t('Use the approved term "{term}"', { term: replacement }), edits: [{ start, end, newText: replacement }] } } : {}),
    });
  }
  if (forbiddenUsed || approved.length === 0) return;
  if (approved.some((a) => findInTranslation(tr, a.translation!))) return;
  s.report({
    message: l10n.t('The English has the glossary term "{term}"; the translation does not have its approved translation {list}.', { term: english, list: approved.map((a) => `"${a.translation}"`).join(l10n.t(' or ')) }),
    ...translationRange(s),
  });
}

