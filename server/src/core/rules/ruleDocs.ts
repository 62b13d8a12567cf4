/**
 * What the reference page (docs/rules.md) says of each rule beyond its one-line description:
 * why the defect matters to a reader of the published page, and how to fix it. Kept apart from
 * the rule files, keyed by code; a unit test fails when a registered rule has no entry.
 */
export interface RuleDoc {
  /** Why it matters: what the defect does to the published page or to the people working on it. */
  readonly why: string;
  /** How to fix it by hand (the quick fix, where there is one, is named from the rule's own fix). */
  readonly fix: string;
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  'orphan-translation': {
    why: 'The pipeline pairs every translation with its English by the span that follows it. Without that span the sentence has no English: hover, the preview and every check of it go blind, and the next hand-off may not match it up.',
    fix: 'Restore the English lookup span after the translation (copy it from another locale version), or remove the stray translation span.',
  },
  'orphan-lookup': {
    why: 'An English lookup belongs right after its translation. On its own it is English text that the published page hides, with nothing translated in front of it, so the sentence is missing from the translated page.',
    fix: 'Put the translation span back before the lookup, or remove the lookup if the sentence was deleted on purpose.',
  },
  'id-mismatch': {
    why: 'The ids pair a translation with its English and with the same sentence in the other locales. Two different ids in one segment mean the translation is matched with the wrong English, or with none.',
    fix: 'Give both spans the same id; the quick fix copies the translation\'s id to the lookup.',
  },
  'duplicate-id': {
    why: 'A segment id must be unique in a file: it is how the pipeline, the locale links and a reviewer\'s report find the sentence. A second use makes one of the two unreachable and usually means a segment was pasted twice.',
    fix: 'Remove the copied segment, or give it the id it had (see the same sentence in another locale version).',
  },
  'mixed-prefix': {
    why: 'Every segment of one hand-off carries the same 5-hex prefix. A segment with another prefix was usually pasted from another file or another hand-off, and may not be what the English of this file says.',
    fix: 'Check that the segment belongs to this file, and write the file\'s prefix in its ids.',
  },
  'malformed-id': {
    why: 'An id that is not of the form 12345-104 (or 12345-p104) cannot be matched with the other locales or with the English, so the segment falls out of every cross-locale check and link.',
    fix: 'Correct the id: five hex digits, a dash, an optional p and the segment number, as the neighbouring segments have it.',
  },
  'broken-span': {
    why: 'A span left open swallows the rest of the line (or file) into one segment: on the published page, text after it can disappear or show raw markup, and the segments after it cannot be read.',
    fix: 'Close the span where the translation ends (`</span>` before the English lookup), or give the lookup its inner `data-stu-id` span.',
  },
  'invalid-yaml': {
    why: 'The docs build reads the front matter as YAML. Invalid YAML can break the build or drop the title, description and localization keys, and the checks that rely on those keys cannot run.',
    fix: 'Quote the value that holds a colon, a quote or a bracket, or correct the indentation, as the message says.',
  },
  'parse-error': {
    why: 'The reader of sxs-docs failed on this file, so none of its checks ran. It is a defect of sxs-docs, not of the document.',
    fix: 'Report it with the file (or a copy cut down to the lines that cause it); the document itself may be fine.',
  },
  'empty-translation': {
    why: 'An empty translation span puts nothing on the published page where the English has a sentence: the reader loses that sentence without any sign of it.',
    fix: 'Translate the sentence into the span.',
  },
  'empty-source': {
    why: 'Without its English the segment cannot be compared, hovered or matched with the other locales; usually the lookup was emptied by an edit.',
    fix: 'Restore the English from the English source file or another locale version.',
  },
  untranslated: {
    why: 'A sentence left in English reads as a gap in the translation, and readers who chose their language may not understand it. Names, labels, code and commands that rightly stay in English are not flagged.',
    fix: 'Translate the sentence; if it must stay in English (a quoted message, a name), ignore this finding.',
  },
  'english-left': {
    why: 'English words inside a translated sentence are a typical machine-translation slip: the sentence reads half-translated. Only words that this locale\'s translations in the workspace otherwise always translate are flagged, never names or code. Amid another script (Chinese, Japanese, Korean, Thai, Arabic), a small English word of six letters or more that the locale has too few segments of to know is flagged too, unless the other locales keep it as a term (most keep "cmdlet").',
    fix: 'Translate the English words as the locale translates them elsewhere.',
  },
  'link-count': {
    why: 'A lost link takes away the way to the page the English points to; an added one points readers somewhere the English does not.',
    fix: 'Put the link of the English on the words that translate its link text, or remove the extra link.',
  },
  'link-url': {
    why: 'The link takes readers somewhere else than the English does: often a URL garbled by machine translation, which ends on a missing page.',
    fix: 'Use the English link\'s URL (a locale in place of /en-us/ is fine); the quick fix restores it.',
  },
  'link-order': {
    why: 'Links that stand in another order with no word between them read as one link or as a list in the wrong order: a reader following "first this, then that" goes to the wrong page.',
    fix: 'Put the links in the English order, or words between them that say which is which.',
  },
  'link-text-empty': {
    why: 'A link with no text does not show on the page: the reader cannot see or follow it.',
    fix: 'Put the translation of the English link text inside the brackets; the quick fix moves the words the link should cover.',
  },
  'link-text-fragment': {
    why: 'A link on one word of a whole title reads as a link to that word; the reader does not see which page it opens.',
    fix: 'Stretch the link over the whole translated title, as the English links the whole title.',
  },
  'link-text-cut': {
    why: 'A link that starts with punctuation, covers only a preposition, or ends in the middle of a name is a link moved by machine translation: it looks broken and hides what it links to.',
    fix: 'Move the brackets so that the link covers the words that translate the English link text, with the punctuation outside.',
  },
  'link-syntax': {
    why: 'With a space between `]` and `(`, Markdown renders no link: the reader sees the brackets and the raw URL.',
    fix: 'Remove the space between the link text and its URL; the quick fix does it.',
  },
  'inline-code': {
    why: 'Inline code is what the reader types or sees on screen: a command, a file name, a setting. Translated or changed, it no longer works; without its backticks it no longer stands out as code.',
    fix: 'Write the code exactly as the English has it; the quick fix restores it.',
  },
  'emphasis-lost': {
    why: 'In the docs, bold marks the UI labels the reader has to find on screen. Without it, the reader has to guess which words name a button or a menu.',
    fix: 'Make bold the words that translate the English bold text.',
  },
  'emphasis-moved': {
    why: 'The bold has left the label it marked (kept as written in the translation) for other words: the reader looks for the wrong words on screen.',
    fix: 'Move the bold back onto the label.',
  },
  'emphasis-unbalanced': {
    why: 'A bold or italic marker that pairs with nothing shows as a stray asterisk, or turns the rest of the paragraph bold.',
    fix: 'Close the bold or italic where the label ends, or remove the stray marker.',
  },
  'emphasis-misplaced': {
    why: 'Bold on a preposition, a full stop or half a name is bold moved by machine translation: the label the reader should look for is not marked, and the page looks broken.',
    fix: 'Put the bold on the whole label, as the English has it.',
  },
  'bracket-mismatch': {
    why: 'A bracket that pairs with nothing shows as a stray "[" or ")" on the page, or breaks the link it stands in (machine translation often turns a pair round: ") … ("); brackets and bold that cross mark half a label one way and half the other, so the reader cannot tell which words are the label; a bracket that opens on the ">" of a menu path puts the separator inside the next step\'s label, and a quote (「」) that crosses a link or bold cuts the label the same way.',
    fix: 'Remove the stray bracket, or put the brackets and the bold around the same whole label (in Chinese and Japanese, the brackets alone are the locale\'s way to mark a label).',
  },
  'menu-path': {
    why: 'A menu path tells the reader which menus to open in which order. A lost or empty step leaves them stuck between two menus.',
    fix: 'Give the translation the steps of the English, each in bold, separated by >.',
  },
  escapes: {
    why: 'A backslash escape makes a character show as itself: lost, `\\<name\\>` disappears as an HTML tag and `\\*` turns text bold; added, it shows a backslash or breaks a label.',
    fix: 'Write the escapes of the English around the same characters.',
  },
  'html-tags': {
    why: 'Inline tags carry line breaks, bold and links in tables and lists. A lost `<br>` joins two lines; an added tag changes how the text renders.',
    fix: 'Keep the tags of the English, around the words that translate what they enclose.',
  },
  include: {
    why: 'An include pulls shared text into the page. Lost, the text is missing; pointing elsewhere, the page shows the wrong text or breaks the build.',
    fix: 'Use the include of the English (its title may be translated, its path may not); the quick fix restores the path.',
  },
  'alert-marker': {
    why: 'The docs render `[!NOTE]`, `[!TIP]` and `[!WARNING]` as coloured boxes. A translated or lost marker shows as plain bracketed text, and the warning no longer stands out.',
    fix: 'Keep the marker in English, as written; the quick fix restores it.',
  },
  placeholder: {
    why: 'A placeholder is replaced by a value or typed by the reader as it is. Translated or broken (`% temp%`), it stops working and the reader is told to type something that does not exist.',
    fix: 'Write the placeholder exactly as the English has it; the quick fix restores it.',
  },
  'mt-artifact': {
    why: 'Machine translation leaves `#A0`-style codes where it dropped a word (often a name or a UI label): the published sentence has a hole with a code in it.',
    fix: 'Replace the code with the word of the English it stands for.',
  },
  'foreign-source-changed': {
    why: 'A few source files are not in English: pages meant to stay in Spanish or French for every locale. Machine translation run over them returns the text with words capitalized at random, misspelled or replaced by words of the locale ("Correo No Río Deseado"), and the page then reads as broken in a language its readers may speak.',
    fix: 'Write the source text as it is; the quick fix does it for the segment.',
  },
  numbers: {
    why: 'A changed number (a version, a limit, a price, a time) tells the reader something false, and so does a year the translation invents ("Windows 10 11 Windows 2011"). Number formats, dates in the locale\'s order (in Thai, with the year of the Buddhist era: 2564 for 2021), native digits and numbers written as words are not flagged.',
    fix: 'Write the number of the English, in the locale\'s format; remove a year the English does not have.',
  },
  'edge-whitespace': {
    why: 'Spaces at the edges of a segment join or split it from its neighbours on the published line: words run together, or a gap appears before punctuation.',
    fix: 'Give the translation the leading and trailing spaces of its English; the quick fix does it.',
  },
  'double-space': {
    why: 'A no-break space beside a space shows as a gap a little wider than one space; nothing else changes on the page (ordinary spaces in a row collapse into one). Off by default: read on the real corpus, all 37 of its findings were the pipeline carrying a no-break space of the English next to a space, and none was a defect a reader would see broken. Turn it on to keep the translations tidy.',
    fix: 'Write one space; the quick fix does it.',
  },
  'missing-space': {
    why: 'A link or bold text joined to the next word, two sentences with no space after the full stop, a word joined to a bracket or an arrow ("Directory(Azure AD)", "<--oben"), or two words joined where the English separates them with " - " ("pagamento-passaggi") render as one run-on word.',
    fix: 'Put the space back; the quick fix does it.',
  },
  'space-before-hyphen': {
    why: 'German joins a compound to a name with a hyphen and no space ("SaRA-Diagnose"); with a space the hyphen reads as a dash and the compound falls apart. A dash separator that lost its space after it ("-acest articol") reads as a hyphen on the next word.',
    fix: 'Remove the space before the German hyphen, or add the space after the dash; the quick fix does either.',
  },
  'split-ending': {
    why: 'Finnish joins a case ending to a name, an abbreviation or a number with a colon and no space ("Windows 10:n", "ADAL:n"). With a space on either side of the colon the ending stands apart as a stray word ("Windows 10: n").',
    fix: 'Remove the space, so that the colon and the ending follow the word directly; the quick fix does it.',
  },
  'repeated-word': {
    why: 'A word written twice in a row ("Select Select") is a typical machine-translation or editing slip that readers notice at once. Repeats the language makes (German "die die", French "vous vous", Italian "passo passo", Turkish "tek tek"), names, numbers and codes ("000 000", "v2 v2"), and a repeat where the English itself says a word twice in a row are not flagged. "And" written beside the "&" that already says it ("sicurezza e & conformità") and a German preposition before its own contraction ("zu zur") say one thing twice as well.',
    fix: 'Remove the second word; the quick fix does it. Beside an "&", remove the word "and"; before a contraction, the first preposition.',
  },
  'do-not-translate': {
    why: 'Terms on the do-not-translate list (the setting, or the file\'s `no-loc` list) are names the product shows as written: translated or respelled, the reader cannot find them.',
    fix: 'Write the term exactly as the English has it (an inflection attached to it is fine); the quick fix restores it.',
  },
  'protected-term': {
    why: 'Machine translation mangles names: it translates product names, changes their capitals (acronyms too: "Gdpr" for "GDPR"), transliterates cmdlets and identifiers, translates a cmdlet\'s parameters ("-Rolle" for "-Role") or runs them into the word before, breaks file and host names at their dots ("Services. msc" for "services.msc"), writes the number of a name in the locale\'s digits ("Microsoft ๓๖๕") or a digit into a name ("Intun1"), runs a command into its switch ("outlook.exe/importnk2"). The reader then searches for a name that does not exist. Names are learned from the workspace: those its translations keep in English nearly everywhere.',
    fix: 'Write the name as the English has it; the quick fix restores it.',
  },
  'glossary-term': {
    why: 'A glossary is what a team agreed a term is called in its language. One English word rendered three ways, or in a way the glossary forbids, makes readers think three things are meant and breaks their searches.',
    fix: 'Use the approved translation of the term (inflected as the sentence needs); for a forbidden rendering, the quick fix writes the approved one. The glossary files are named in `sxsDocs.terminology.glossaries`.',
  },
  'content-locale': {
    why: 'ms.contentlocale tells the docs site and the tools which language the file is in. A wrong value mislabels the page and sends the checks for another language.',
    fix: 'Set ms.contentlocale to the locale of the folder the file is in; the quick fix does it.',
  },
  'missing-keys': {
    why: 'Without its localization keys, a translation cannot be told machine- or human-made, nor stale, nor matched with the English it came from.',
    fix: 'Restore the keys from the file\'s history or another locale version; the localization tools write them at the next hand-off.',
  },
  'no-segments': {
    why: 'A translated file with no segments has no English beside it: no sentence can be hovered or checked against its English, so the checks say nothing about it.',
    fix: 'Nothing to fix in most cases (a plain translation); know that only the file-level checks ran.',
  },
  'stale-translation': {
    why: 'The English has changed since the file was translated: some sentences may say what the English no longer says, and new ones may be missing.',
    fix: 'Update the translation at the next hand-off; the message lists the segments whose English changed and how it reads now.',
  },
  'source-drift': {
    why: 'The English in the lookup is what the translation was checked against. If it differs from the English source, the translation may render an older or edited English, and the checks compare against the wrong text.',
    fix: 'Translate the current English, and restore the lookup to it (the message quotes it).',
  },
  'missing-segment': {
    why: 'A sentence the other locale versions have, from the same English, is missing here: the reader of this locale misses it.',
    fix: 'Translate the missing sentence into a segment of its own, after the segment the finding is on (the message quotes the English).',
  },
  'inconsistent-translation': {
    why: 'The same English translated two ways in one locale confuses readers (two names for one thing) and often means one of the two is wrong.',
    fix: 'Choose one translation and use it in both places (the finding links to the other one).',
  },
  'name-translated': {
    why: 'The findings of `name-kept-elsewhere` whose name no locale writes its own way, so that the translation is wrong rather than perhaps an official localization: an identifier or one word with capitals inside ("SendAs", "Get-TransportRule"), unless the locale translates that word in all of five segments or more; or a name of several words that this locale\'s own translations keep as written in at least half of five segments or more, and that this translation translated whole, keeping none of its words ("Configuration Manager" as "määritysten hallinta"). Most other locale versions keep it in their translation of the same English, as for `name-kept-elsewhere`, which then says nothing more.',
    fix: 'Write the name as the English does (an inflection or a compound after it is fine); the finding links to the versions that keep it.',
  },
  'name-kept-elsewhere': {
    why: 'A product or feature name that machine translation translated ("Configuration Manager" as "Managerul de configurare") is no longer the name a reader searches for or sees on screen. How often the workspace keeps a name cannot tell such a translation from an official localization; the same sentence in the other locale versions can: when most of them keep the name as written, this one most likely should have too. A name of several words that this locale\'s own translations never keep, in five segments or more (in Chinese or Japanese, any name they keep in fewer than half of two segments or more), is taken for the locale\'s own name and left alone, unless it is an identifier. Where `protected-term` reports the segment\'s name (a name the whole workspace keeps, with a fix), this rule says nothing more. A hint, because some locales do localize such names officially.',
    fix: 'Write the name as the English does (an inflection or a compound after it is fine), unless the locale has an official name for it (the finding links to the versions that keep it).',
  },
};
