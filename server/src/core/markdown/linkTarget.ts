/** Schemes a hover may link to: the web and mail. */
const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Where a link written in a document may point, or undefined when it must not be a link: the
 * one policy of the hover and the preview. Web and mail links as they are; a relative path
 * resolved against the document's `file:` URI, only when it lands inside one of the workspace
 * folders `roots` (`../../../etc/passwd` is not a link, nor any relative link without a
 * folder). Site-relative paths (`/docs/page`), in-page anchors and every other scheme
 * (`command:`, `javascript:`, `vscode:`, `file:` written in the text) are not links.
 */
export function linkTarget(href: string, baseUri: string | undefined, roots: readonly string[] = []): string | undefined {
  const trimmed = href.trim();
  if (!trimmed) return undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed);
  if (scheme) return WEB_SCHEMES.has(`${scheme[1].toLowerCase()}:`) ? trimmed : undefined;
  if (trimmed.startsWith('/') || trimmed.startsWith('\\') || trimmed.startsWith('#') || !baseUri?.startsWith('file:')) return undefined;
  try {
    const resolved = new URL(trimmed, baseUri);
    return resolved.protocol === 'file:' && roots.some((root) => isInside(resolved, root)) ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** True when the URL's path is the folder's or below it (compared decoded, as one file system path). */
function isInside(url: URL, root: string): boolean {
  let folder: URL;
  try {
    folder = new URL(root);
  } catch {
    return false;
  }
  if (folder.protocol !== 'file:' || folder.host !== url.host) return false;
  const base = decode(folder.pathname).replace(/\/+$/, '');
  const target = decode(url.pathname);
  return target === base || target.startsWith(`${base}/`);
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
