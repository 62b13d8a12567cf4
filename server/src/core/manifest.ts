import { contributesConfiguration } from './settingsSchema';

/** The English strings of the manifest (`package.nls.json`): key → text. */
export type NlsStrings = Record<string, string>;

/** The prefix of the generated keys of `package.nls.json`: the settings' descriptions. */
export const SETTING_KEY_PREFIX = 'config.';

/** The `package.nls.json` key of a setting's description. */
export function settingNlsKey(setting: string): string {
  return `${SETTING_KEY_PREFIX}${setting}.description`;
}

/**
 * The extension manifest with its generated parts replaced; everything else is kept as is.
 * The settings' descriptions are `%key%` references into `package.nls.json` (see
 * {@link generatedNls}), so that `package.nls.<lang>.json` translates them.
 * Used by `npm run generate` and by the test that fails when package.json drifts.
 */
export function generatedManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const contributes = { ...(manifest.contributes as Record<string, unknown> | undefined) };
  contributes.configuration = contributesConfiguration().map((group) => ({
    id: group.id,
    title: `%${groupNlsKey(group.id)}%`,
    order: group.order,
    properties: Object.fromEntries(Object.entries(group.properties).map(([key, schema]) => [key, { ...schema, markdownDescription: `%${settingNlsKey(key)}%` }])),
  }));
  return { ...manifest, contributes };
}

/** The `package.nls.json` key of a settings group's title. */
export function groupNlsKey(id: string): string {
  return `${SETTING_KEY_PREFIX}${id}.title`;
}

/**
 * `package.nls.json` with the settings' descriptions (and their groups' titles) generated from
 * the core; the other entries (command titles, the walkthrough) are written by hand and kept,
 * in their order.
 */
export function generatedNls(nls: NlsStrings): NlsStrings {
  const kept = Object.entries(nls).filter(([key]) => !key.startsWith(SETTING_KEY_PREFIX));
  const groups = contributesConfiguration();
  const titles = groups.map((g) => [groupNlsKey(g.id), g.title] as const);
  const generated = groups.flatMap((g) => Object.entries(g.properties)).map(([key, schema]) => [settingNlsKey(key), schema.markdownDescription as string] as const);
  return Object.fromEntries([...kept, ...titles, ...generated]);
}
