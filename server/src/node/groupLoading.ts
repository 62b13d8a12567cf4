/**
 * Reads and indexes documents from the disk (decoded as the one-thread index decodes them): on
 * the server's index worker threads, on a worker thread of the CLI's `--jobs N`, or on the CLI's
 * own thread for the documents its cache does not hold.
 */
import { readFileSync } from 'node:fs';
import { URI } from 'vscode-uri';
import type { FileGroup, PlacedFile } from '../core/index/discovery';
import { indexLoadedGroup } from '../core/index/groupIndexing';
import { toTransfer, type TransferredGroup } from '../core/index/transfer';
import { parse } from '../core/parse/parse';
import { decodeText } from '../core/text/decode';

/** Read as the one-thread check's index reads a file that is not open. */
function load(file: PlacedFile) {
  try {
    return { file, model: parse(decodeText(readFileSync(URI.parse(file.uri).fsPath)).text, { frontMatterData: false }) };
  } catch {
    return undefined;
  }
}

/** The entries of each document's versions, with the segment pairs the index learns terms from. */
export async function indexGroupsFromDisk(groups: readonly FileGroup[]): Promise<TransferredGroup[]> {
  const out: TransferredGroup[] = [];
  for (const group of groups) {
    const translations = group.translations.map(load).filter((t) => t !== undefined);
    const english = group.english && load(group.english);
    out.push(toTransfer(await indexLoadedGroup({ translations, english }, () => 0)));
  }
  return out;
}
