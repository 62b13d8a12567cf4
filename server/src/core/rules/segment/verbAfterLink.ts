import type { InlineLink } from '../../inline/tokens';
import type { SegmentCheck } from '../rule';
import { languageOf } from './compare';

/**
 * The verb of a linked title that a translation leaves right after the link. Finnish renders an
 * English title that starts with a verb ("Install OneNote 2016", "Repair Office") as a verbal noun
 * placed last ("OneNote 2016:n asentaminen", "Officen korjaaminen"), and machine translation often
 * ends the link before it: "[OneNote 2016:n](url) asentaminen". It also splits a negative verb,
 * "[… lisääminen ei](url) onnistu" for "[Can't add …](url)". Per language, read from the corpus's
 * fi-FI links; Turkish does the same with its verbal noun in "-ma"/"-me" ("[Mevcut bir ekipten
 * ekip](url) oluşturma" for "[Create a team from an existing team](url)"), as Microsoft's
 * documentation in Turkish titles its articles.
 */
interface VerbForms {
  /** A verbal noun in the cases a title takes: "asentaminen", "poistamisesta", "määrittämiseen" (not the genitive "-misen", which a noun such as "kertakirjautumisen" ends in too). */
  readonly verbalNoun: RegExp;
  /** The negative verb that a link text ends with when the verb it negates is left after the link ("ei", "eivät"); none where negation is an ending of the verb (Turkish). */
  readonly negation?: RegExp;
}

const VERB_FORMS: Readonly<Record<string, VerbForms>> = {
  fi: {
    verbalNoun: /^\p{Ll}[\p{L}]*m(?:inen|isesta|isestä|iseen|isessa|isessä|ista|istä)$/u,
    negation: /(?:^|\s)(?:ei|en|et|emme|ette|eivät)$/u,
  },
  tr: {
    verbalNoun: /^\p{Ll}\p{L}*m(?:a|e|ayı|eyi|aya|eye|ada|ede|ası|esi)$/u,
  },
};

/** English verbs a linked title starts with ("Install", "How to configure"), which a language that puts the verbal noun last renders after the title's object. */
const ENGLISH_LEADING_VERB = new RegExp(
  `^[\\s*_"“]*(?:How\\s+to\\s+\\p{Ll}+|(?:${'Install|Reinstall|Uninstall|Repair|Move|Share|Create|Buy|Purchase|Add|Remove|Reset|Change|Use|Using|Configure|Set|Investigate|Troubleshoot|Manage|Enable|Turn|Delete|Restore|Recover|Update|Upgrade|Assign|Connect|Fix|Debug|Download|Deploy|Migrate|Find|Check|Verify|Block|Unblock|Allow|Send|Open|Edit|Rename|Sync|Switch|Cancel|Renew|Transfer|Join|Activate|Deactivate|Disable|Clear|Customize|Apply|Invite|Resolve|Increase|Register|Publish|Protect|Archive|Replace|Restrict|Grant|Revoke'})\\b)`,
  'u',
);
/** An English negation in a linked title ("Can't add …", "… is not working"). */
const ENGLISH_NEGATION = /n['’]t\b|\bnot\b|\bcannot\b|\bunable\b/i;

/**
 * The word right after the link (after spaces only) that belongs to the title the English links:
 * the verbal noun of a title that starts with a verb ("[Officen](url) korjaaminen" for "[Repair
 * Office](url)"), or the verb after a negation the link text ends with ("[… ei](url) onnistu" for
 * "[Can't add …](url)"). The English must start its title with the verb (with a capital: a title,
 * not a noun such as "export settings" in a list), or say "not".
 */
export function verbAfterLink(s: SegmentCheck, link: InlineLink, english: string): string | undefined {
  const forms = VERB_FORMS[languageOf(s.locale)];
  if (!forms || !/\p{L}/u.test(link.text)) return undefined;
  const word = /^\s*(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}\p{N}-])/u.exec(s.tr.text.slice(link.end - s.tr.base, link.end - s.tr.base + 40))?.[1];
  if (!word) return undefined;
  if (forms.verbalNoun.test(word) && ENGLISH_LEADING_VERB.test(english)) return word;
  if (forms.negation?.test(link.text.trim()) && ENGLISH_NEGATION.test(english)) return word;
  return undefined;
}
