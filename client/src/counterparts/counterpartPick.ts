import * as vscode from 'vscode';
import type { CounterpartItem, CounterpartsResult } from '#protocol';
import { Strings } from './strings';

/** A quick-pick entry for one locale version. */
export interface CounterpartPickItem extends vscode.QuickPickItem {
  readonly item: CounterpartItem;
}

/** The quick-pick entries: locale, its name, MT/HT and a stale mark, and where it opens. */
export function pickItems(result: CounterpartsResult): CounterpartPickItem[] {
  return result.versions.map((item) => ({
    item,
    label: item.locale,
    description: describe(item),
    detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(item.uri))}${result.segment ? ` · ${item.ranges.length ? Strings.segmentHere(result.segment) : Strings.segmentMissing(result.segment)}` : ''}`,
  }));
}

function describe(item: CounterpartItem): string {
  const parts = [item.english ? Strings.englishSource : localeName(item.locale)];
  if (item.translationType === 'MT') parts.push(Strings.machineTranslation);
  else if (item.translationType === 'HT') parts.push(Strings.humanTranslation);
  if (item.status === 'stale') parts.push(Strings.outOfDate);
  return parts.join(' · ');
}

/** The locale's name in the editor's display language. */
export function localeName(locale: string): string {
  try {
    return new Intl.DisplayNames([vscode.env.language], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
