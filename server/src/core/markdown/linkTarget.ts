/** Schemes a hover may link to: the web and mail. */
const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Where a link in a hover may point, or undefined when it must not be a link: web and mail
 * links as they are; a relative path resolved against a `file:` document URI (so the hover
 * opens the file beside the document). Site-relative paths (`/docs/page`), in-page anchors
 * and every other scheme (`command:`, `javascript:`, `vscode:`, `file:` written in the text)
 * are not links.
 */
export function linkTarget(href: string, baseUri: string | undefined): string | undefined {
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed);
  if (scheme) return WEB_SCHEMES.has(`${scheme[1].toLowerCase()}:`) ? trimmed : undefined;
  if (trimmed.startsWith('/') || trimmed.startsWith('\\') || trimmed.startsWith('#') || !baseUri?.startsWith('file:')) return undefined;
  try {
    const resolved = new URL(trimmed, baseUri);
    return resolved.protocol === 'file:' ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}
