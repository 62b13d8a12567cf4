/** Helpers that write sxs markup inline in tests, so a test reads like the file it describes. */

/** One segment: `<span data-ttu-id="ID">T</span><span class="sxs-lookup"><span data-stu-id="ID">S</span></span>`. */
export function seg(id: string, translation: string, source: string, sourceId = id): string {
  return `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${sourceId}">${source}</span></span>`;
}

/** Joins lines with `\n` (or another line ending). */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** Front matter with the localization keys; `extra` lines go after them. */
export function frontMatter(locale = 'ro-RO', type = 'MT', ...extra: string[]): string {
  return lines(
    '---',
    'title: Titlu',
    'ms.openlocfilehash: f1a8dba19d220e1154549507801c813f56fe5cdd',
    'ms.sourcegitcommit: 0470a728d184ceb89d1419f7ed57166e07bb778b',
    `ms.translationtype: ${type}`,
    `ms.contentlocale: ${locale}`,
    'ms.lasthandoff: 02/15/2021',
    'ms.locfileid: "50256859"',
    ...extra,
    '---',
    '',
  );
}
