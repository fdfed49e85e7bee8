// The architecture's direction (DEVELOPERS.md, issue 15 §4), checked by `npm run lint`:
// app/ and pages/ → components/ → lib/; scripts/ may use lib/; nothing forms a cycle.
// Type-only imports count too: a type from app/ ties a component to a route just the same.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-imports-only-lib",
      comment: "lib/ is the domain: plain functions that know nothing of pages, components or scripts.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components|pages|scripts)/" },
    },
    {
      name: "components-import-no-routes",
      comment: "components/ get what they need from lib/ or as props (server actions included), never from a route.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^(app|pages|scripts)/" },
    },
    {
      name: "no-circular",
      comment: "Modules that import each other, however indirectly, cannot be understood or tested one at a time.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(lib/generated|\\.next|node_modules)/" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
  },
};
