// Types of scripts/extract.mjs (plain JavaScript, so node runs it without tsx).
export interface Cli { runCli(argv: string[]): number; runCliParallel?(argv: string[]): Promise<number> }
export function sourceKey(): string;
export function loadCli(): Promise<Cli>;
export function main(argv: string[]): Promise<void>;
