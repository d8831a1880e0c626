/** The part of jsdom's API the loader tests use to parse feeds as XML (jsdom ships no types; @types/jsdom is not installed). */
declare module "jsdom" {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
