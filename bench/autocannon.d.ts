// The slice of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  type Request = { method?: string; path?: string; headers?: Record<string, string> };
  /** `requests` are sent in turn on each connection (bench/search.ts cycles through queries). */
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[] };
  type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
  export type Result = { requests: Histogram & { total: number }; latency: Histogram; non2xx: number; errors: number; timeouts: number };
  export default function autocannon(options: Options): Promise<Result>;
}
