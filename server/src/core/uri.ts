import { URI } from 'vscode-uri';

/**
 * The one spelling under which documents are compared: a URI as vscode-uri writes it. Clients
 * spell the same file differently (VS Code writes `'` as `%27`, other clients leave it, or
 * parentheses, as they are); every URI that comes from outside the core goes through this
 * before it is a key.
 */
export function normalizeUri(uri: string): string {
  let normal = recent.get(uri);
  if (normal === undefined) {
    try {
      normal = URI.parse(uri).toString();
    } catch {
      normal = uri;
    }
    // Every request normalises its document's URI: the few in use are remembered.
    if (recent.size >= 512) recent.clear();
    recent.set(uri, normal);
  }
  return normal;
}

const recent = new Map<string, string>();
