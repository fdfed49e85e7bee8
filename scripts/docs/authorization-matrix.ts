// npm run docs:authz — writes docs/authorization-matrix.md from the matrix.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { renderAuthorizationMatrix } from "@/scripts/docs/render-authorization-matrix";

const matrixDocPath = path.resolve("docs/authorization-matrix.md");

writeFileSync(matrixDocPath, renderAuthorizationMatrix());
console.log(`wrote ${path.relative(process.cwd(), matrixDocPath)}`);
