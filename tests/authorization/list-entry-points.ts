// The app's real entry points, read from its source with the TypeScript parser: the exports of
// every "use server" file, inline "use server" functions, the HTTP methods of every App Router
// route.ts, and every pages/api handler. What this finds and the matrix lists must be the same.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { httpMethods, type EntryPoint, type HttpMethod } from "./matrix";

const sourceDirs = ["app", "pages", "components", "lib"];
const sourceFile = /\.(ts|tsx|js|jsx|mjs)$/;

function listFiles(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : listFiles(root, relative);
    return sourceFile.test(entry.name) && !/\.(test|spec)\.[a-z]+$/.test(entry.name) ? [relative] : [];
  });
}

function hasUseServerDirective(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Names a module exports: declarations, `export const a = …, b = …` and `export { x as y }`. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && isExported(statement)) {
      if (statement.name) names.push(statement.name.text);
      else names.push("default");
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement)) {
      names.push("default");
    }
  }
  return names;
}

/** Functions whose body starts with "use server" (inline server actions), by line. */
function inlineServerFunctions(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    const body = (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) && node.body;
    if (body && ts.isBlock(body) && hasUseServerDirective(body.statements)) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

export function listEntryPoints(root: string): EntryPoint[] {
  const found: EntryPoint[] = [];
  for (const file of sourceDirs.flatMap((dir) => listFiles(root, dir))) {
    const text = readFileSync(path.join(root, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    if (hasUseServerDirective(source.statements)) {
      for (const name of exportedNames(source)) found.push({ kind: "action", file, name });
    } else {
      for (const line of inlineServerFunctions(source)) found.push({ kind: "action", file, name: `(inline "use server" at line ${line})` });
    }
    if (file.startsWith("app/") && /\/route\.[a-z]+$/.test(file)) {
      for (const name of exportedNames(source)) {
        if ((httpMethods as readonly string[]).includes(name)) found.push({ kind: "route", file, method: name as HttpMethod });
      }
    }
    if (file.startsWith("pages/api/")) found.push({ kind: "route", file, method: "*" });
  }
  return found;
}
