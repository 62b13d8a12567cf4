import type { Finding } from './rules/rule';

/**
 * The findings of the most recent check of each document, by version, so that the fixes of a
 * whole file (code actions) read what the diagnostics were made from. Keeps a few documents.
 */
export class FindingsCache {
  private readonly entries = new Map<string, { version: number; findings: readonly Finding[] }>();

  constructor(private readonly capacity = 32) {}

  get(uri: string, version: number): readonly Finding[] | undefined {
    const hit = this.entries.get(uri);
    return hit && hit.version === version ? hit.findings : undefined;
  }

  set(uri: string, version: number, findings: readonly Finding[]): void {
    this.entries.delete(uri);
    this.entries.set(uri, { version, findings });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
