/**
 * The extension's commands, declared once: their ids (which the client registers and other
 * code runs), and where the manifest shows them. `npm run generate` writes package.json's
 * `contributes.commands`, `menus` and `keybindings` from this table, and a unit test fails when
 * they differ; titles are `command.<name>.title` in package.nls.json.
 */
import { TURN_OFF_RULE_COMMAND } from '../server/src/core/commands';

const MARKDOWN = 'editorLangId == markdown';
const LOCALIZED_EDITOR = 'sxsDocs.isLocalized && !notebookEditorFocused';
const LOCALIZED_TEXT = 'editorTextFocus && sxsDocs.isLocalized';
const REVIEW_THREAD = 'commentController == sxsDocs.review';
/** A match of the Matches view. */
const MATCH_ITEM = 'view == sxsDocs.matches && viewItem == sxsDocs.match';

interface CommandEntry {
  readonly id: string;
  /** In the palette: `when` it shows (always, without it); false keeps it out. */
  readonly palette?: string | false;
  readonly icon?: string;
  readonly menus?: readonly { readonly menu: 'editor/title' | 'editor/context' | 'comments/commentThread/context' | 'comments/commentThread/title' | 'view/title' | 'view/item/context'; readonly when: string; readonly group: string }[];
  readonly keybindings?: readonly { readonly key: string; readonly mac: string; readonly when: string }[];
}

/** The commands listed in the manifest, in its order. */
export const COMMANDS = {
  goToNextFinding: { id: 'sxsDocs.goToNextFinding', palette: MARKDOWN },
  goToPreviousFinding: { id: 'sxsDocs.goToPreviousFinding', palette: MARKDOWN },
  goToNextUntranslated: { id: 'sxsDocs.goToNextUntranslated', palette: MARKDOWN },
  goToPreviousUntranslated: { id: 'sxsDocs.goToPreviousUntranslated', palette: MARKDOWN },
  toggleDimMarkup: { id: 'sxsDocs.toggleDimMarkup' },
  focusOnTranslation: { id: 'sxsDocs.focusOnTranslation', palette: MARKDOWN },
  openPreview: { id: 'sxsDocs.openPreview', palette: MARKDOWN, icon: '$(open-preview)' },
  openPreviewToSide: {
    id: 'sxsDocs.openPreviewToSide',
    palette: MARKDOWN,
    icon: '$(open-preview)',
    menus: [{ menu: 'editor/title', when: LOCALIZED_EDITOR, group: 'navigation' }],
    keybindings: [{ key: 'ctrl+k alt+v', mac: 'cmd+k alt+v', when: 'editorTextFocus && sxsDocs.isLocalized' }],
  },
  compareEnglish: { id: 'sxsDocs.compareEnglish', palette: 'sxsDocs.isLocalized' },
  openCounterpart: { id: 'sxsDocs.openCounterpart', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: MARKDOWN, group: 'navigation@90' }] },
  openCounterpartToSide: { id: 'sxsDocs.openCounterpartToSide', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: MARKDOWN, group: 'navigation@91' }] },
  nextLocale: { id: 'sxsDocs.nextLocale', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+pagedown', mac: 'cmd+alt+pagedown', when: `editorTextFocus && ${MARKDOWN}` }] },
  previousLocale: { id: 'sxsDocs.previousLocale', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+pageup', mac: 'cmd+alt+pageup', when: `editorTextFocus && ${MARKDOWN}` }] },
  rebuildLocaleIndex: { id: 'sxsDocs.rebuildLocaleIndex' },
  showFileActions: { id: 'sxsDocs.showFileActions', palette: MARKDOWN },
  openSampleWorkspace: { id: 'sxsDocs.openSampleWorkspace' },
  approveSegment: { id: 'sxsDocs.approveSegment', palette: MARKDOWN, icon: '$(check)', menus: [{ menu: 'editor/context', when: 'sxsDocs.isLocalized', group: 'sxsReview@1' }] },
  approveAndNext: { id: 'sxsDocs.approveAndNext', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+enter', mac: 'cmd+alt+enter', when: LOCALIZED_TEXT }] },
  approveAllUnchanged: { id: 'sxsDocs.approveAllUnchanged', palette: MARKDOWN },
  markNeedsReview: { id: 'sxsDocs.markNeedsReview', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: 'sxsDocs.isLocalized', group: 'sxsReview@3' }] },
  requestChanges: { id: 'sxsDocs.requestChanges', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: 'sxsDocs.isLocalized', group: 'sxsReview@2' }] },
  goToNextAttention: { id: 'sxsDocs.goToNextAttention', palette: MARKDOWN, keybindings: [{ key: 'ctrl+k alt+down', mac: 'cmd+k alt+down', when: LOCALIZED_TEXT }] },
  goToPreviousAttention: { id: 'sxsDocs.goToPreviousAttention', palette: MARKDOWN, keybindings: [{ key: 'ctrl+k alt+up', mac: 'cmd+k alt+up', when: LOCALIZED_TEXT }] },
  chooseAttention: { id: 'sxsDocs.chooseAttention', palette: MARKDOWN },
  copyEnglish: { id: 'sxsDocs.copyEnglish', palette: MARKDOWN, keybindings: [{ key: 'ctrl+k alt+e', mac: 'cmd+k alt+e', when: LOCALIZED_TEXT }] },
  checkWorkspace: { id: 'sxsDocs.checkWorkspace', palette: 'true', icon: '$(checklist)', menus: [{ menu: 'view/title', when: 'view == sxsDocs.translationProgress', group: 'navigation@1' }] },
  clearWorkspaceCheck: {
    id: 'sxsDocs.clearWorkspaceCheck',
    palette: 'sxsDocs.progressChecked',
    icon: '$(clear-all)',
    menus: [{ menu: 'view/title', when: 'view == sxsDocs.translationProgress && sxsDocs.progressChecked', group: 'navigation@2' }],
  },
  'review.comment': { id: 'sxsDocs.review.comment', palette: 'false', menus: [{ menu: 'comments/commentThread/context', when: REVIEW_THREAD, group: 'inline@1' }] },
  'review.approveThread': { id: 'sxsDocs.review.approveThread', palette: 'false', menus: [{ menu: 'comments/commentThread/context', when: REVIEW_THREAD, group: 'inline@3' }] },
  'review.requestChangesThread': { id: 'sxsDocs.review.requestChangesThread', palette: 'false', menus: [{ menu: 'comments/commentThread/context', when: REVIEW_THREAD, group: 'inline@2' }] },
  'review.resolveThread': { id: 'sxsDocs.review.resolveThread', palette: 'false', menus: [{ menu: 'comments/commentThread/title', when: `${REVIEW_THREAD} && commentThread == sxsOpen`, group: 'inline' }] },
  'review.reopenThread': { id: 'sxsDocs.review.reopenThread', palette: 'false', menus: [{ menu: 'comments/commentThread/title', when: `${REVIEW_THREAD} && commentThread == sxsResolved`, group: 'inline' }] },
  applyMatch: {
    id: 'sxsDocs.applyMatch',
    palette: 'false',
    icon: '$(check)',
    menus: [
      { menu: 'view/item/context', when: MATCH_ITEM, group: 'inline@1' },
      { menu: 'view/item/context', when: MATCH_ITEM, group: '1_apply@1' },
    ],
  },
  applyBestMatch: { id: 'sxsDocs.applyBestMatch', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+m', mac: 'cmd+alt+m', when: 'editorTextFocus && sxsDocs.isLocalized' }] },
  openMatchSource: {
    id: 'sxsDocs.openMatchSource',
    palette: 'false',
    icon: '$(go-to-file)',
    menus: [
      { menu: 'view/item/context', when: MATCH_ITEM, group: 'inline@2' },
      { menu: 'view/item/context', when: MATCH_ITEM, group: '1_apply@2' },
    ],
  },
  concordance: { id: 'sxsDocs.concordance', icon: '$(search)', menus: [{ menu: 'view/title', when: 'view == sxsDocs.concordance', group: 'navigation' }] },
  openConcordancePair: { id: 'sxsDocs.openConcordancePair', palette: 'false' },
  suggestTerms: { id: 'sxsDocs.suggestTerms' },
} as const satisfies Record<string, CommandEntry>;

/** Commands the client registers that the manifest does not list (run by code actions and the walkthrough). */
export const INTERNAL_COMMANDS = {
  turnOffRule: TURN_OFF_RULE_COMMAND,
  walkthroughHover: 'sxsDocs.walkthrough.hover',
  walkthroughCounterpart: 'sxsDocs.walkthrough.counterpart',
  walkthroughPreview: 'sxsDocs.walkthrough.preview',
  walkthroughQuickFix: 'sxsDocs.walkthrough.quickFix',
} as const;

/** The manifest's `contributes.commands`, `menus` and `keybindings`, generated from {@link COMMANDS}. */
export function commandContributions(category: string): { commands: unknown[]; menus: Record<string, unknown[]>; keybindings: unknown[] } {
  const entries: [string, CommandEntry][] = Object.entries(COMMANDS);
  const commands = entries.map(([name, c]) => ({ command: c.id, title: `%command.${name}.title%`, category, ...(c.icon ? { icon: c.icon } : {}) }));
  const menus: Record<string, unknown[]> = { commandPalette: entries.filter(([, c]) => c.palette).map(([, c]) => ({ command: c.id, when: c.palette })) };
  for (const [, c] of entries) for (const m of c.menus ?? []) (menus[m.menu] ??= []).push({ command: c.id, when: m.when, group: m.group });
  const keybindings = entries.flatMap(([, c]) => (c.keybindings ?? []).map((k) => ({ command: c.id, key: k.key, mac: k.mac, when: k.when })));
  return { commands, menus, keybindings };
}
