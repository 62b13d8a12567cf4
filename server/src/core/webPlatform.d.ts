/**
 * The few web-platform globals the core uses, which Node and browsers both have. The core is
 * compiled without Node's types and without the DOM (see tsconfig.json); these declarations
 * are all it may assume of its host, so a new use of a host API fails the build here first.
 */

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly href: string;
  toString(): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare function setTimeout(callback: () => void, ms?: number): unknown;

declare var crypto: {
  readonly subtle: {
    digest(algorithm: 'SHA-1' | 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  };
};
