// @11ty/eleventy and its RSS plugin ship no type declarations; this is the part we use.
declare module '@11ty/eleventy' {
  export interface EleventyConfig {
    addGlobalData(name: string, data: unknown): void;
    /** Global data added so far (by the constructor's config callback, before the config file runs). */
    globalData?: Record<string, unknown>;
    addFilter(name: string, fn: (...args: any[]) => unknown): void;
    addPassthroughCopy(path: string | Record<string, string>): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    addWatchTarget(path: string): void;
    setServerOptions(options: Record<string, unknown>): void;
    on(event: string, fn: (...args: any[]) => unknown): void;
    setQuietMode(quiet: boolean): void;
    addCollection(name: string, fn: (api: unknown) => unknown): void;
    /** Eleventy's timers; a group that is not verbose prints no "Benchmark" notes. */
    benchmarkManager?: { get(group: string): { setIsVerbose(verbose: boolean): void } };
    /** Rewrites URLs in the output markup; callbacks run by descending priority, `this` the page. */
    htmlTransformer: {
      addUrlTransform(
        extensions: string,
        fn: (this: { url?: string }, url: string) => string,
        options?: { priority?: number },
      ): void;
    };
  }
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (config: EleventyConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    disableLogger(): void;
    toJSON(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
declare module '@11ty/eleventy-plugin-rss' {
  export const feedPlugin: unknown;
  const plugin: unknown;
  export default plugin;
}

// @11ty/eleventy-dev-server ships no declarations either; `timeline serve` uses this much.
declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void;
    close(): Promise<void>;
    getServerUrl?(host: string): string;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options: Record<string, unknown>): DevServer };
  export default EleventyDevServer;
}
