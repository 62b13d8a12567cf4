import { contributesConfiguration } from './settingsSchema';

/**
 * The extension manifest with its generated parts replaced; everything else is kept as is.
 * Used by `npm run generate` and by the test that fails when package.json drifts.
 */
export function generatedManifest(manifest: Record<string, unknown>): Record<string, unknown> {
  const contributes = { ...(manifest.contributes as Record<string, unknown> | undefined) };
  contributes.configuration = contributesConfiguration();
  return { ...manifest, contributes };
}
