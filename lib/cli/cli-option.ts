/** The value after flag `name` in `args` ("--runs 7" -> "7"), or `fallback` when the flag or its value is missing. */
export function cliOption(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}
