// Lint: TypeScript, React hooks and accessibility rules, and the rooms of src/
// (app, loader, shared) enforced as import boundaries.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";

const nodeBuiltins = { group: ["node:*"], message: "Node built-ins belong in src/loader/ (build time), not in the browser." };
const loaderRoom = { group: ["**/loader", "**/loader/**"], message: "The app and the shared room never import the loader (Node only)." };
const appRoom = { group: ["**/app/**", "**/routes/**"], message: "Only the app imports the app." };

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", ".tmp/", "src/routeTree.gen.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      // Chinese text is full of U+3000; it belongs in strings, comments and patterns.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true }],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ["src/app/**", "src/routes/**", "src/main.tsx", "src/sw.ts"],
    languageOptions: { globals: globals.browser },
    rules: { "no-restricted-imports": ["error", { patterns: [nodeBuiltins, loaderRoom] }] },
  },
  {
    files: ["src/shared/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            nodeBuiltins,
            loaderRoom,
            appRoom,
            { group: ["react", "react-dom", "react-dom/*"], message: "The shared room has no UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/loader/**", "test/loader/**"],
    languageOptions: { globals: globals.node },
    // Cleaning extracted text means naming control characters.
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["test/**", "scripts/**", "*.config.{js,ts}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
