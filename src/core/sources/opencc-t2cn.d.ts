// Types for opencc-js's Traditional → Simplified converter entry (the package types only its full build).
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
