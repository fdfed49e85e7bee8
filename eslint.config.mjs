import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "prisma/postgresql/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"]),
  {
    // Playwright fixtures receive a `use` callback; it is not React's use() hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Only lib/ talks to the database (STYLE.md C1).
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db", "@/lib/generated/*/client"], message: "数据库只能由 lib/ 访问" }] },
      ],
    },
  },
]);
