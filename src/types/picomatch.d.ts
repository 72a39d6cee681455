/** The part of picomatch 4 that discovery uses (the package ships no types). */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
  }
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
  }
  interface Picomatch {
    (pattern: string, options?: PicomatchOptions): (path: string) => boolean;
    scan(pattern: string): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
