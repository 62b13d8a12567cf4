import { segmentRule } from '../segmentRule';


export const edgeWhitespace = segmentRule({
  code: 'edge-whitespace',
  description: 'Leading or trailing white space of the translation that differs from its English.',
  defaultSeverity: 'information',
  fixable: true,
  checkSegment(s) {
    const tr = s.tr.text;
    const en = s.en.text;
    const trLead = leading(tr);
    const enLead = leading(en);
    if (trLead !== enLead) {
      const start = s.tr.base;
      const end = start + trLead.length;
      s.report({
        message: `The translation ${describe(trLead)} at its start; the English ${describe(enLead)}.`,
        start,
        end: end > start ? end : start + firstCharLength(tr),
        fix: { title: "Match the English's leading white space", edits: [{ start, end, newText: enLead }] },
      });
    }
    const trTrail = trailing(tr);
    const enTrail = trailing(en);
    if (trTrail !== enTrail && trTrail.length < tr.length) {
      const end = s.tr.base + tr.length;
      const start = end - trTrail.length;
      s.report({
        message: `The translation ${describe(trTrail)} at its end; the English ${describe(enTrail)}.`,
        start: start < end ? start : end - 1,
        end,
        fix: { title: "Match the English's trailing white space", edits: [{ start, end, newText: enTrail }] },
      });
    }
  },
});

/** The white space at the start of the text (`trim` removes what `\s` matches). */
function leading(text: string): string {
  return text.slice(0, text.length - text.trimStart().length);
}

function trailing(text: string): string {
  return text.slice(text.trimEnd().length);
}

function describe(ws: string): string {
  if (ws === '') return 'has no white space';
  const names = [...ws].map((c) => (c === ' ' ? 'space' : c === '\u00a0' ? 'no-break space' : c === '\u202f' ? 'narrow no-break space' : c === '\t' ? 'tab' : c === '\n' || c === '\r' ? 'line break' : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
  return `has ${names.length === 1 ? `a ${names[0]}` : `${names.length} white-space characters (${[...new Set(names)].join(', ')})`}`;
}

function firstCharLength(text: string): number {
  return text.length === 0 ? 0 : text.codePointAt(0)! > 0xffff ? 2 : 1;
}
