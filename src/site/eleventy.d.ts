// The parts of Eleventy 3's API and its dev server that Clippings uses (they ship JSDoc, not
// TypeScript types).
declare module '@11ty/eleventy' {
  export interface CollectionItem {
    url: string;
    inputPath: string;
    data: Record<string, unknown>;
  }
  export interface CollectionApi {
    getAll(): CollectionItem[];
  }
  export interface UserConfig {
    addPlugin(plugin: (config: UserConfig) => void): void;
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
    addGlobalData(name: string, data: unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    setLibrary(extension: string, library: unknown): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'watch' | 'serve';
    /** Configuration applied after the config file's: how a build adds the pages of one run. */
    config?: (config: UserConfig) => void;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    disableLogger(): void;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIgnoreInitial(ignore: boolean): void;
    setIncrementalBuild(incremental: boolean): void;
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
