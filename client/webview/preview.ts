import type { HostMessage, LocaleColumn, PreviewContent, WebviewFinding, WebviewMessage, WebviewOtherCell, WebviewRow } from '#protocol/webview';
import { sanitize } from './sanitize';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: WebviewMessage) => vscode.postMessage(message);

const app = document.getElementById('app')!;
const toolbar = el('div', 'ui-toolbar', { role: 'toolbar' });
const findingsBar = el('div', 'ui-document-findings');
const table = el('table', 'ui-rows');
const thead = el('thead');
const tbody = el('tbody');
const reader = el('article', 'ui-reader');
const tooltip = el('div', 'ui-tooltip', { role: 'tooltip' });
table.append(thead, tbody);
app.append(toolbar, findingsBar, table, reader, tooltip);

let content: PreviewContent | undefined;
/** Row elements by key, and the HTML each cell was last built from (to skip unchanged cells). */
const rowElements = new Map<string, HTMLTableRowElement>();
const builtFrom = new WeakMap<Element, string>();
let activeKey: string | undefined;

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'content':
      content = message.content;
      vscode.setState(message.content.state);
      render(message.content);
      break;
    case 'rows': {
      const rows = content && withChangedRows(content.rows, message.order, message.changed);
      if (!content || !rows) {
        post({ type: 'ready' }); // Rows to change that this view does not have: ask for the whole content again.
        break;
      }
      content = { ...content, rows };
      render(content);
      break;
    }
    case 'reveal':
      reveal(message.key, message.highlight);
      break;
    case 'error':
      showError(message.message);
      break;
  }
});

/** The rows in the given order, the changed ones replaced; undefined when a row is neither changed nor held. */
function withChangedRows(held: readonly WebviewRow[], order: readonly string[], changed: readonly WebviewRow[]): WebviewRow[] | undefined {
  const byKey = new Map(held.map((r) => [r.key, r]));
  for (const r of changed) byKey.set(r.key, r);
  const rows: WebviewRow[] = [];
  for (const key of order) {
    const row = byKey.get(key);
    if (!row) return undefined;
    rows.push(row);
  }
  return rows;
}

function render(c: PreviewContent) {
  document.title = c.title;
  document.documentElement.lang = c.uiLanguage;
  document.documentElement.dir = c.uiDirection;
  // Each text column keeps a minimum width (CSS): with many columns the page scrolls sideways instead of breaking words.
  // (On the root, like --toolbar-height: the content under #app carries no style attribute, which the hostile-content test checks.)
  document.documentElement.style.setProperty('--text-columns', String(2 + c.others.length));
  toolbar.setAttribute('aria-label', c.labels.toolbar);
  document.body.dataset.mode = c.mode;
  renderToolbar(c);
  renderDocumentFindings(c.documentFindings);
  if (c.mode === 'sideBySide') {
    reader.replaceChildren();
    table.hidden = false;
    reader.hidden = true;
    renderHeader(c);
    renderRows(c);
  } else {
    table.hidden = true;
    reader.hidden = false;
    renderReader(c);
  }
}

function renderToolbar(c: PreviewContent) {
  const status = el('span', 'ui-status');
  const l = c.labels;
  status.textContent = `${c.locale.label}${c.translationType ? ` · ${c.translationType === 'MT' ? l.machineTranslation : c.translationType === 'HT' ? l.humanTranslation : c.translationType}` : ''}`;
  const mode = button(c.mode === 'sideBySide' ? l.readerView : l.sideBySide, () => post({ type: 'setMode', mode: c.mode === 'sideBySide' ? 'reader' : 'sideBySide' }));
  mode.setAttribute('aria-label', c.mode === 'sideBySide' ? l.showReader : l.showSideBySide);
  const items: Node[] = [status, mode];
  if (c.mode === 'sideBySide') {
    items.push(toggle(l.onlyFindings, c.onlyFindings, (value) => post({ type: 'setOnlyFindings', value })));
    if (c.canAddLocales) items.push(button(l.addLocale, () => post({ type: 'addLocale' })));
  } else {
    items.push(toggle(l.readInEnglish, c.readInEnglish, (value) => post({ type: 'setReadInEnglish', value })));
  }
  toolbar.replaceChildren(...items);
}

function renderDocumentFindings(findings: readonly WebviewFinding[]) {
  findingsBar.replaceChildren(...findings.map(findingElement));
  findingsBar.hidden = findings.length === 0;
}

function renderHeader(c: PreviewContent) {
  const row = el('tr');
  const l = c.labels;
  row.append(headerCell('#', l.segmentNumber), headerCell(l.english, l.englishSource), headerCell(c.locale.label, l.thisTranslation, c.locale));
  for (const other of c.others) {
    const th = headerCell(other.label, fill(l.translationIn, { locale: other.label }), other);
    const remove = button('×', () => post({ type: 'removeLocale', locale: other.locale }));
    remove.className = 'ui-remove';
    remove.setAttribute('aria-label', fill(l.removeColumn, { locale: other.label }));
    th.append(remove);
    row.append(th);
  }
  thead.replaceChildren(row);
}

function headerCell(text: string, label: string, locale?: LocaleColumn): HTMLTableCellElement {
  const th = el('th', undefined, { scope: 'col', title: label });
  th.textContent = text;
  if (locale) th.lang = locale.locale;
  return th;
}

/** Updates the rows in place: new rows are built, changed cells rebuilt, vanished rows removed. */
function renderRows(c: PreviewContent) {
  const keys = new Set<string>();
  let previous: HTMLTableRowElement | undefined;
  for (const row of c.rows) {
    keys.add(row.key);
    let tr = rowElements.get(row.key);
    if (!tr) {
      tr = el('tr', 'ui-row', { tabindex: '-1' });
      tr.dataset.key = row.key;
      rowElements.set(row.key, tr);
    }
    updateRow(tr, row, c);
    const expectedPosition: ChildNode | null = previous ? previous.nextSibling : tbody.firstChild;
    if (expectedPosition !== tr) tbody.insertBefore(tr, expectedPosition);
    previous = tr;
  }
  for (const [key, tr] of rowElements) {
    if (!keys.has(key)) {
      tr.remove();
      rowElements.delete(key);
    }
  }
  // One tab stop for the table: the active row, else the first.
  const focusable = (activeKey && rowElements.get(activeKey)) || tbody.querySelector<HTMLTableRowElement>('tr:not([hidden])');
  for (const tr of rowElements.values()) tr.tabIndex = tr === focusable ? 0 : -1;
}

function updateRow(tr: HTMLTableRowElement, row: WebviewRow, c: PreviewContent) {
  const ctx = row.context;
  tr.className = ['ui-row', `ui-ctx-${ctx.block}`, ctx.level ? `ui-level-${ctx.level}` : '', ctx.alert ? `ui-alert-${ctx.alert}` : '', row.findings.length ? 'ui-has-findings' : '', row.stale ? 'ui-stale' : '', row.added ? 'ui-added' : '', row.key === activeKey ? 'ui-active' : '']
    .filter(Boolean)
    .join(' ');
  // A finding in any column shown keeps the row.
  const othersFind = c.others.some((o) => {
    const cell = row.others[o.locale];
    return cell?.kind === 'text' && !!cell.findings?.length;
  });
  tr.hidden = c.onlyFindings && row.findings.length === 0 && !othersFind && !row.stale && !row.added;
  const number = `${row.paragraph ? 'p' : ''}${row.number}`;
  const count = row.findings.length;
  tr.setAttribute('aria-label', row.added ? c.labels.addedRow : fill(count === 0 ? c.labels.segment : count === 1 ? c.labels.segmentOneFinding : c.labels.segmentFindings, { number, count: String(count) }));
  const specs = cellSpecs(row, c);
  for (let i = 0; i < specs.length; i++) {
    const existing = tr.children[i] as HTMLElement | undefined;
    if (existing && builtFrom.get(existing) === specs[i].signature) continue;
    const cell = specs[i].build();
    builtFrom.set(cell, specs[i].signature);
    if (existing) existing.replaceWith(cell);
    else tr.append(cell);
  }
  while (tr.children.length > specs.length) tr.lastElementChild!.remove();
}

/** Each cell of a row with what it is built from, so unchanged cells are not rebuilt (or re-sanitised). */
function cellSpecs(row: WebviewRow, c: PreviewContent): { signature: string; build: () => HTMLTableCellElement }[] {
  const base = c.resourceBase;
  if (row.added) return addedCells(row, c);
  return [
    { signature: `n:${row.key}:${row.number}:${row.paragraph}`, build: () => numberCell(row) },
    { signature: `e:${row.englishHtml}:${row.stale ?? ''}:${JSON.stringify(row.diff ?? null)}:${base}`, build: () => englishCell(row, c) },
    { signature: `t:${c.locale.locale}:${row.translationHtml}:${JSON.stringify(row.findings)}:${base}`, build: () => translationCell(row, c) },
    ...c.others.map((o) => ({ signature: `o:${o.locale}:${JSON.stringify(row.others[o.locale])}:${base}`, build: () => otherCell(row.others[o.locale], o, c) })),
  ];
}

/** The cells of a sentence added to the English: a mark, its English, and a note where the translation would be. */
function addedCells(row: WebviewRow, c: PreviewContent): { signature: string; build: () => HTMLTableCellElement }[] {
  const note = (): HTMLTableCellElement => {
    const td = el('td', 'ui-text ui-absent');
    td.textContent = c.labels.addedEnglish;
    return td;
  };
  return [
    {
      signature: `an:${row.key}`,
      build: () => {
        const td = el('td', 'ui-number');
        td.textContent = '+';
        td.title = c.labels.addedRow;
        return td;
      },
    },
    { signature: `ae:${row.englishHtml}:${c.resourceBase}`, build: () => contentCell(row.englishHtml, 'en-US', 'ltr', c) },
    { signature: `at:${c.labels.addedEnglish}`, build: note },
    ...c.others.map((o) => ({ signature: `ao:${o.locale}`, build: () => el('td', 'ui-text ui-absent') })),
  ];
}

/** The English cell: the English the translation was made from and, when it changed, the word diff to the English now. */
function englishCell(row: WebviewRow, c: PreviewContent): HTMLTableCellElement {
  if (!row.diff) return contentCell(row.englishHtml, 'en-US', 'ltr', c, row.stale);
  const td = contentCell(row.englishHtml, 'en-US', 'ltr', c);
  const box = el('div', 'ui-diff');
  const label = inUiLanguage(el('div', 'ui-diff-label'), c);
  label.textContent = c.labels.englishChanged;
  const words = el('div', 'ui-diff-words');
  // Text nodes only: the diff is of plain text and never parsed as HTML.
  for (const part of row.diff) {
    if (part.kind === 'same') words.append(document.createTextNode(part.text));
    else {
      const mark = el(part.kind === 'deleted' ? 'del' : 'ins');
      mark.textContent = part.text;
      words.append(mark);
    }
  }
  box.append(label, words);
  td.append(box);
  return td;
}

function numberCell(row: WebviewRow): HTMLTableCellElement {
  const td = el('td', 'ui-number');
  const label = `${row.paragraph ? 'p' : ''}${row.number < 0 ? '?' : row.number}`;
  td.textContent = label;
  td.title = row.key;
  return td;
}

function contentCell(html: string, lang: string, dir: string, c: PreviewContent, note?: string): HTMLTableCellElement {
  const td = el('td', 'ui-text');
  td.lang = lang;
  td.dir = dir;
  td.append(sanitize(html, c.resourceBase));
  if (note) {
    const newer = inUiLanguage(el('div', 'ui-newer'), c);
    newer.textContent = fill(c.labels.newerEnglish, { english: note });
    td.append(newer);
  }
  return td;
}

function translationCell(row: WebviewRow, c: PreviewContent): HTMLTableCellElement {
  const td = contentCell(row.translationHtml, c.locale.locale, c.locale.direction, c);
  appendFindings(td, row.findings, c);
  return td;
}

/** The findings of a cell under its text, in the display language and its direction. */
function appendFindings(td: HTMLTableCellElement, findings: readonly WebviewFinding[] | undefined, c: PreviewContent) {
  if (!findings?.length) return;
  const list = inUiLanguage(el('ul', 'ui-findings', { 'aria-label': c.labels.findings }), c);
  list.append(...findings.map((f) => {
    const li = el('li');
    li.append(findingElement(f));
    return li;
  }));
  td.append(list);
}

function otherCell(cell: WebviewOtherCell | undefined, column: LocaleColumn, c: PreviewContent): HTMLTableCellElement {
  if (cell?.kind === 'text') {
    const td = contentCell(cell.html, column.locale, column.direction, c);
    td.title = cell.ids.join(', ');
    appendFindings(td, cell.findings, c);
    return td;
  }
  const td = el('td', 'ui-text ui-absent');
  td.textContent = cell?.kind === 'above' ? fill(c.labels.inParagraph, { id: cell.id }) : c.labels.missing;
  return td;
}

/**
 * Marks an element as written in the display language: messages and notes keep its direction
 * under a cell of another (an English message under an Arabic sentence stays left to right).
 */
function inUiLanguage<T extends HTMLElement>(node: T, c: PreviewContent): T {
  node.lang = c.uiLanguage;
  node.dir = c.uiDirection;
  return node;
}

function findingElement(f: WebviewFinding): HTMLElement {
  const span = el('span', `ui-finding ui-${f.severity}`);
  const code = el('code');
  code.textContent = f.code;
  span.append(code, document.createTextNode(` ${f.message}`));
  return span;
}

function renderReader(c: PreviewContent) {
  const signature = `${c.readerHtml}:${c.resourceBase}`;
  if (builtFrom.get(reader) !== signature) {
    reader.replaceChildren(sanitize(c.readerHtml, c.resourceBase));
    builtFrom.set(reader, signature);
  }
  reader.classList.toggle('ui-english', c.readInEnglish);
  reader.lang = c.readInEnglish ? 'en-US' : c.locale.locale;
  reader.dir = c.readInEnglish ? 'ltr' : c.locale.direction;
}

/** Scrolls a segment into view and, on request, marks it as the active one. */
function reveal(key: string, highlight: boolean) {
  const target = content?.mode === 'reader' ? readerSegment(key) : rowElements.get(key);
  if (!target) return;
  if (highlight) setActive(key);
  target.scrollIntoView({ block: highlight ? 'center' : 'start', behavior: 'auto' });
}

function setActive(key: string | undefined) {
  for (const node of document.querySelectorAll('.ui-active')) node.classList.remove('ui-active');
  activeKey = key;
  if (!key) return;
  rowElements.get(key)?.classList.add('ui-active');
  readerSegment(key)?.classList.add('ui-active');
}

function readerSegment(key: string): HTMLElement | undefined {
  const id = key.split('#')[0];
  return [...reader.querySelectorAll<HTMLElement>('[data-ttu-id]')].find((e) => e.dataset.ttuId === id);
}

function select(key: string) {
  setActive(key);
  post({ type: 'select', key });
}

// Clicking a row or a sentence reveals it in the editor; links never navigate the webview.
app.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a');
  if (link && (tbody.contains(link) || reader.contains(link))) {
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) post({ type: 'openLink', href });
    return;
  }
  const tr = target.closest<HTMLTableRowElement>('tr.ui-row');
  if (tr?.dataset.key) {
    tr.focus();
    select(tr.dataset.key);
    return;
  }
  const sentence = target.closest<HTMLElement>('[data-ttu-id], .sxs-lookup');
  const id = sentence?.dataset.ttuId ?? sentence?.previousElementSibling?.getAttribute('data-ttu-id') ?? undefined;
  if (id) select(id);
});

// Arrow keys move between rows; Enter or Space reveals the row in the editor.
tbody.addEventListener('keydown', (event) => {
  const tr = (event.target as Element).closest<HTMLTableRowElement>('tr.ui-row');
  if (!tr) return;
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr.ui-row:not([hidden])')];
  const i = rows.indexOf(tr);
  const move = (to: number) => {
    const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (!next) return;
    tr.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    event.preventDefault();
  };
  switch (event.key) {
    case 'ArrowDown':
      return move(i + 1);
    case 'ArrowUp':
      return move(i - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(rows.length - 1);
    case 'Enter':
    case ' ':
      event.preventDefault();
      if (tr.dataset.key) select(tr.dataset.key);
  }
});

// Reader view: the English of a sentence on hover.
reader.addEventListener('mouseover', (event) => {
  const sentence = (event.target as Element).closest<HTMLElement>('[data-ttu-id]');
  const lookup = sentence?.nextElementSibling;
  if (!sentence || !lookup?.classList.contains('sxs-lookup') || content?.readInEnglish) {
    tooltip.hidden = true;
    return;
  }
  tooltip.textContent = lookup.textContent ?? '';
  tooltip.lang = 'en-US';
  tooltip.dir = 'ltr';
  const box = sentence.getBoundingClientRect();
  tooltip.style.left = `${Math.max(4, box.left)}px`;
  tooltip.style.top = `${box.bottom + window.scrollY + 4}px`;
  tooltip.hidden = false;
});
reader.addEventListener('mouseleave', () => {
  tooltip.hidden = true;
});

function showError(message: string) {
  const div = el('div', 'ui-error', { role: 'alert' });
  div.textContent = message;
  findingsBar.replaceChildren(div);
  findingsBar.hidden = false;
}

/** Fills the `{name}` placeholders of a label with text (never HTML: labels go into textContent and attributes). */
function fill(label: string, values: Record<string, string>): string {
  return label.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'ui-button', { type: 'button' });
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function toggle(label: string, checked: boolean, onChange: (value: boolean) => void): HTMLLabelElement {
  const wrapper = el('label', 'ui-toggle');
  const input = el('input', undefined, { type: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  wrapper.append(input, document.createTextNode(` ${label}`));
  return wrapper;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

// The table header sticks below the toolbar, whose height changes as it wraps.
new ResizeObserver(() => document.documentElement.style.setProperty('--toolbar-height', `${toolbar.offsetHeight}px`)).observe(toolbar);

tooltip.hidden = true;
reader.hidden = true;
findingsBar.hidden = true;
post({ type: 'ready' });
