// The parts of Eleventy 3's API and its dev server that Clippings uses (they ship JSDoc, not
// TypeScript types).
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addPlugin(plugin: (config: UserConfig) => void): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    addGlobalData(name: string, data: unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    setLibrary(extension: string, library: unknown): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    /** Configuration applied after the config file's: how a build adds the pages of one run. */
    config?: (config: UserConfig) => void;
  }
  /** Adds the path prefix to every root-relative URL in a page's HTML. */
  export const HtmlBasePlugin: (config: UserConfig) => void;
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-dev-server' {
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: { port?: number }): EleventyDevServer;
    serve(port: number): void;
    /** Tells the open pages to reload. */
    reload(): void;
  }
}
