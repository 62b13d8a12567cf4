/**
 * The extension's commands, declared once: their ids (which the client registers and other
 * code runs), and where the manifest shows them. `npm run generate` writes package.json's
 * `contributes.commands`, `menus` and `keybindings` from this table, and a unit test fails when
 * they differ; titles are `command.<name>.title` in package.nls.json.
 */
import { TURN_OFF_RULE_COMMAND } from '../server/src/core/commands';

const MARKDOWN = 'editorLangId == markdown';
const LOCALIZED_EDITOR = 'sxsDocs.isLocalized && !notebookEditorFocused';
/** A match of the Matches view. */
const MATCH_ITEM = 'view == sxsDocs.matches && viewItem == sxsDocs.match';

interface CommandEntry {
  readonly id: string;
  /** In the palette: `when` it shows (always, without it); false keeps it out. */
  readonly palette?: string | false;
  readonly icon?: string;
  readonly menus?: readonly { readonly menu: 'editor/title' | 'editor/context' | 'view/item/context' | 'view/title'; readonly when: string; readonly group: string }[];
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
  openCounterpart: { id: 'sxsDocs.openCounterpart', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: MARKDOWN, group: 'navigation@90' }] },
  openCounterpartToSide: { id: 'sxsDocs.openCounterpartToSide', palette: MARKDOWN, menus: [{ menu: 'editor/context', when: MARKDOWN, group: 'navigation@91' }] },
  nextLocale: { id: 'sxsDocs.nextLocale', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+pagedown', mac: 'cmd+alt+pagedown', when: `editorTextFocus && ${MARKDOWN}` }] },
  previousLocale: { id: 'sxsDocs.previousLocale', palette: MARKDOWN, keybindings: [{ key: 'ctrl+alt+pageup', mac: 'cmd+alt+pageup', when: `editorTextFocus && ${MARKDOWN}` }] },
  rebuildLocaleIndex: { id: 'sxsDocs.rebuildLocaleIndex' },
  showFileActions: { id: 'sxsDocs.showFileActions', palette: MARKDOWN },
  openSampleWorkspace: { id: 'sxsDocs.openSampleWorkspace' },
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
