import { ENGLISH, type L10n } from './l10n';

/** What the server and the CLI leave alone: files too large to be docs, and binaries with a `.md` name. */
export interface DocumentLimits {
  /** Files larger than this (in megabytes) are not read. */
  readonly maxFileSizeMB: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { maxFileSizeMB: 10 };

export function documentLimitsFrom(raw: unknown): DocumentLimits {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const mb = typeof o.maxFileSize === 'number' && Number.isFinite(o.maxFileSize) && o.maxFileSize > 0 ? o.maxFileSize : DEFAULT_DOCUMENT_LIMITS.maxFileSizeMB;
  return { maxFileSizeMB: mb };
}

/** How many leading characters are looked at for NUL, as git does to tell binaries. */
const BINARY_PROBE = 8000;

/**
 * Why a text is not read as a document, or undefined when it is. `name` is how to call the
 * file in the message.
 */
export function skipReason(text: string, limits: DocumentLimits, name: string, l10n: L10n = ENGLISH): string | undefined {
  // UTF-16 length is a lower bound of the UTF-8 size: near enough to decide, and free.
  const mb = text.length / (1024 * 1024);
  if (mb > limits.maxFileSizeMB) {
    return l10n.t('{name} is not checked: it is {size} MB, larger than the {limit} MB of the sxsDocs.maxFileSize setting.', { name, size: mb.toFixed(1), limit: limits.maxFileSizeMB });
  }
  if (text.slice(0, BINARY_PROBE).includes('\u0000')) {
    return l10n.t('{name} is not checked: it holds NUL characters, so it looks like a binary file rather than Markdown.', { name });
  }
  return undefined;
}
