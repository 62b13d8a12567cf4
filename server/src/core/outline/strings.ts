/** Every word the outline shows, in one place (a later issue localizes them). */
export const OUTLINE_STRINGS = {
  frontMatter: 'Front matter',
  emptyHeading: '(empty heading)',
  emptySegment: '(empty)',
  /** A segment in the outline: its number, then its translation. */
  segment: (number: string, text: string) => `${number} · ${text}`,
};
