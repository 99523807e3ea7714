// The done-when line of issue 11 for lib/extract, checked by the compiler rather than by eye: no regex over
// ~120 characters and no function body over ~60 lines, so every stage reads as a pipeline of short steps.
// Every non-test .ts file under lib/extract is walked with the TypeScript parser (not a regex over the text,
// which would misread regexes inside strings and comments).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'lib/extract');
const MAX_REGEX = 120;
const MAX_BODY_LINES = 60;

/**
 * Known offenders still to split, named by file and function, or file and the regex's opening characters.
 * Empty since every stage was split; kept so that a deliberate exception must be named here. The list may
 * only shrink: a new offender fails the test, and so does an entry whose offender is gone.
 */
const STILL_TO_SPLIT: string[] = [];

interface Offender { key: string; where: string; size: number }

const sourceFiles = (dir: string): string[] => fs.readdirSync(dir, { recursive: true }).map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .sort().map((f) => path.join(dir, f));

/** "readAt", "Class.method", "findMoney > (arrow)": stable under edits elsewhere in the file, unlike a line number. */
function functionName(node: ts.Node): string {
  const own = (n: ts.Node): string | null => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isFunctionExpression(n)) && n.name) return n.name.getText();
    if (ts.isConstructorDeclaration(n)) return 'constructor';
    if ((ts.isGetAccessor(n) || ts.isSetAccessor(n)) && n.name) return n.name.getText();
    const p = n.parent;
    if (p && (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === n) return p.name.getText();
    return null;
  };
  const chain: string[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (!ts.isFunctionLike(n)) continue;
    chain.unshift(own(n) ?? '(arrow)');
  }
  return chain.join(' > ');
}

/** The pattern text of `/…/` or of `new RegExp('…')` / `new RegExp(String.raw`…`)` written out as one literal. */
function regexText(node: ts.Node): string | null {
  if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) return node.getText();
  if (!ts.isNewExpression(node) || node.expression.getText() !== 'RegExp' || !node.arguments?.length) return null;
  const arg = node.arguments[0]!;
  const literal = ts.isTaggedTemplateExpression(arg) ? arg.template : arg;
  if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateExpression(literal)) return literal.getText();
  return null;
}

function offendersIn(file: string): Offender[] {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const lineOf = (pos: number): number => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const out: Offender[] = [];
  const visit = (node: ts.Node): void => {
    const re = regexText(node);
    if (re !== null && re.length > MAX_REGEX) {
      out.push({ key: `${rel} regex ${re.slice(0, 40)}`, where: `${rel}:${lineOf(node.getStart())}`, size: re.length });
    }
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const body = node.body as ts.Node;
      const lines = lineOf(body.getEnd()) - lineOf(body.getStart()) + 1;
      if (lines > MAX_BODY_LINES) out.push({ key: `${rel} function ${functionName(node)}`, where: `${rel}:${lineOf(node.getStart())}`, size: lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const offenders = sourceFiles(DIR).flatMap(offendersIn);
const report = (list: Offender[]): string => list.map((o) => `${o.where}  ${o.key}  (${o.size})`).join('\n');

describe('lib/extract style', () => {
  it('walks the pipeline', () => {
    expect(sourceFiles(DIR).length).toBeGreaterThan(20);
  });

  it('has no regex over 120 characters and no function body over 60 lines, beyond STILL_TO_SPLIT', () => {
    const fresh = offenders.filter((o) => !STILL_TO_SPLIT.includes(o.key));
    expect(report(fresh), `new offenders (split them; do not add them to STILL_TO_SPLIT):\n${report(fresh)}`).toBe('');
  });

  it('lists in STILL_TO_SPLIT only offenders that still exist (the list only shrinks)', () => {
    const keys = new Set(offenders.map((o) => o.key));
    expect(STILL_TO_SPLIT.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('finds an offender it is shown', () => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'extract-style-')), 'x.ts');
    try {
      const longBody = Array.from({ length: MAX_BODY_LINES + 1 }, (_, i) => `  const v${i} = ${i};`).join('\n');
      fs.writeFileSync(tmp, `const R = /${'a'.repeat(MAX_REGEX)}/;\nexport function big(): void {\n${longBody}\n}\n`);
      expect(offendersIn(tmp).map((o) => o.key.replace(/^.*? (regex|function) /, '$1 '))).toEqual([`regex /${'a'.repeat(39)}`, 'function big']);
    } finally { fs.rmSync(path.dirname(tmp), { recursive: true, force: true }); }
  });
});
