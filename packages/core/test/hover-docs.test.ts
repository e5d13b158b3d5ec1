import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { catalogMethods } from '../src/internal';

// What an editor shows on hovering `client.voice.dial`: the TypeScript language service's quick
// info. NamespaceApi must map each namespace of the catalog (`requests`, one documented
// declaration per request) without renaming keys, or every method loses its documentation (a
// remapping `as` clause drops the declarations); and the built
// declarations must keep each comment where TypeScript reads it (a bundler once moved the comments
// of nested type literals behind the previous member, which hides them).
const dir = fileURLToPath(new URL('.', import.meta.url));
const catalog = catalogMethods();
const calls = catalog.flatMap(([, methods]) =>
  methods.map((m) => ({ request: m.request, text: `c.${m.request};\n` })),
);
const config = ts.getParsedCommandLineOfConfigFile(
  fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
)!;

function hoverService(from: string) {
  const fileName = `${dir}__hover__.ts`;
  const text =
    `import { createWorkspaceClient } from '${from}';\n` +
    "const c = createWorkspaceClient({ hostOrigin: 'https://wwe.example.com' });\n" +
    calls.map((c) => c.text).join('');
  const service = ts.createLanguageService({
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) =>
      f === fileName
        ? ts.ScriptSnapshot.fromString(text)
        : ts.sys.fileExists(f)
          ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8'))
          : undefined,
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === fileName || ts.sys.fileExists(f),
    readFile: (f) => (f === fileName ? text : ts.sys.readFile(f)),
  });
  return { service, fileName, text };
}

const built = existsSync(fileURLToPath(new URL('../dist/index.d.ts', import.meta.url)));
const targets = [
  { name: 'the sources', from: '../src/index', run: true },
  // Checked when built (`pnpm --filter @wwe-kit/core build`): what npm users' editors read.
  { name: 'dist/index.d.ts', from: '../dist/index.js', run: built },
  { name: 'dist/index.d.cts', from: '../dist/index.cjs', run: built },
];

for (const target of targets) {
  describe.runIf(target.run)(
    `hover documentation of the namespaced methods, from ${target.name}`,
    () => {
      const { service, fileName, text } = hoverService(target.from);

      test('the hover file type-checks', () => {
        const diagnostics = service.getSemanticDiagnostics(fileName);
        expect(
          diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        ).toEqual([]);
      });

      test('every namespace has exactly the catalog methods, 76 in all', () => {
        expect(calls).toHaveLength(76);
        const program = service.getProgram()!;
        const checker = program.getTypeChecker();
        const client = program.getSourceFile(fileName)!.statements.find(ts.isVariableStatement)!
          .declarationList.declarations[0]!;
        const type = checker.getTypeAtLocation(client.name);
        for (const [ns, methods] of catalog) {
          const api = checker.getTypeOfSymbol(type.getProperty(ns)!);
          expect(
            api
              .getProperties()
              .map((p) => `${ns}.${p.name}`)
              .sort(),
          ).toEqual(methods.map((m) => m.request).sort());
        }
      });

      test('every method shows its documentation', () => {
        const missing = calls.filter(({ request, text: call }) => {
          const position = text.indexOf(call) + call.lastIndexOf('.') + 1;
          const info = service.getQuickInfoAtPosition(fileName, position);
          expect(ts.displayPartsToString(info?.displayParts)).toMatch(
            new RegExp(`^\\(property\\) ${request.split('.')[1]}: \\(`),
          );
          return ts.displayPartsToString(info?.documentation).trim().length < 10;
        });
        expect(missing.map((c) => c.request)).toEqual([]);
      });
    },
  );
}
