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
  const configuration = contributesConfiguration();
  const properties = configuration.properties as Record<string, Record<string, unknown>>;
  contributes.configuration = {
    ...configuration,
    properties: Object.fromEntries(Object.entries(properties).map(([key, schema]) => [key, { ...schema, markdownDescription: `%${settingNlsKey(key)}%` }])),
  };
  return { ...manifest, contributes };
}

/**
 * `package.nls.json` with the settings' descriptions generated from the core; the other
 * entries (command titles, the walkthrough) are written by hand and kept, in their order.
 */
export function generatedNls(nls: NlsStrings): NlsStrings {
  const kept = Object.entries(nls).filter(([key]) => !key.startsWith(SETTING_KEY_PREFIX));
  const properties = contributesConfiguration().properties as Record<string, { markdownDescription: string }>;
  const generated = Object.entries(properties).map(([key, schema]) => [settingNlsKey(key), schema.markdownDescription] as const);
  return Object.fromEntries([...kept, ...generated]);
}
