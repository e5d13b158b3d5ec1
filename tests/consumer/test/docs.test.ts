// Docs that show files: each fenced block preceded by `<!-- file: path -->` must be that file of
// this repository, byte for byte, so the guides and the READMEs cannot drift from the recipes CI
// runs. In the recipe guides (Testing, Turning a production session into a test) every code block
// but command lines, output and diffs must be such a file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DOCS = ['docs/testing.md', 'apps/docs/guide/replay.md', 'packages/workspace/README.md'];
/** Pages whose code blocks are all recipe files (or commands, output, diffs). */
const RECIPE_GUIDES = new Set(['docs/testing.md', 'apps/docs/guide/replay.md']);

interface Block {
  lang: string;
  code: string;
  file?: string;
  line: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  const re = /(?:<!-- file: (\S+) -->\s*\n\s*)?^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re))
    out.push({
      lang: m[2]!,
      code: m[3]!,
      file: m[1],
      line: markdown.slice(0, m.index).split('\n').length,
    });
  return out;
}

describe.each(DOCS)('%s', (doc) => {
  const markdown = readFileSync(path.join(ROOT, doc), 'utf8');
  const shown = blocks(markdown).filter((b) => b.file);

  it('shows files exactly as they are in the repository', () => {
    expect(shown.length).toBeGreaterThan(0);
    for (const b of shown) {
      const file = path.join(ROOT, b.file!);
      expect(existsSync(file), `${doc}:${b.line}: ${b.file} does not exist`).toBe(true);
      expect(b.code, `${doc}:${b.line}: differs from ${b.file}`).toBe(readFileSync(file, 'utf8'));
    }
  });

  if (RECIPE_GUIDES.has(doc))
    it('every code block is a recipe file, a command line, output or a diff', () => {
      const loose = blocks(markdown).filter(
        (b) => !b.file && !['sh', 'text', 'diff'].includes(b.lang),
      );
      expect(loose.map((b) => `${doc}:${b.line} (${b.lang})`)).toEqual([]);
    });
});
