/**
 * The few Web APIs that both rooms have (browsers, Web Workers and Node ≥ 18),
 * declared here because the shared room sees neither the DOM's nor Node's types.
 */
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
