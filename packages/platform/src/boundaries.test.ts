// The module boundaries of the platform (modules.ts), checked on the source: every table is owned by
// one module and touched by no other (Kysely calls, 'table.column' references and raw SQL alike); a
// module imports another only through its index and only if it is listed below it; shared mechanisms
// use no domain; and nothing in the platform imports an app.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, MODULES, STORE_TABLES } from './modules.js';

interface SourceFile {
  /** Path under packages/platform/src, with forward slashes. */
  path: string;
  text: string;
}

type Spec = (typeof MODULES)[number];

/** Table name → its columns, from the store's `DB` interface and the row interfaces it names. */
function storeTables(texts: string[]): Map<string, Set<string>> {
  const all = texts.join('\n');
  const columnsOf = (iface: string) => {
    const body = new RegExp(`export interface ${iface} \\{([\\s\\S]*?)\\n\\}`).exec(all)?.[1] ?? '';
    return new Set([...body.matchAll(/^\s{2}([a-z_][a-z0-9_]*)\??:/gm)].map((m) => m[1]!));
  };
  const db = /export interface DB \{([\s\S]*?)\n\}/.exec(all)?.[1] ?? '';
  return new Map([...db.matchAll(/^\s{2}([a-z_]+): (\w+);/gm)].map((m) => [m[1]!, columnsOf(m[2]!)]));
}

const moduleOf = (path: string): string | undefined => (path.includes('/') ? path.split('/')[0] : undefined);

/** The tables a source names: Kysely's table arguments, 'table.column' references, and raw SQL's from/join/into/update. */
function tablesNamed(text: string, schema: Map<string, Set<string>>): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'([a-z_]+)/g)) if (schema.has(m[1]!)) found.add(m[1]!);
  for (const m of text.matchAll(/'([a-z_]+)\.([a-z_]+)'/g)) if (schema.get(m[1]!)?.has(m[2]!)) found.add(m[1]!);
  for (const t of text.matchAll(/sql(?:<[^`]*?>)?`([^`]*)`/g))
    for (const m of t[1]!.matchAll(/\b(?:from|join|into|update)\s+([a-z_]+)/gi)) if (schema.has(m[1]!)) found.add(m[1]!);
  return found;
}

function tableViolations(files: SourceFile[], modules: readonly Spec[], schema: Map<string, Set<string>>, exceptions: ReadonlyArray<{ module: string; table: string }>): string[] {
  const owner = new Map(modules.flatMap((m) => m.tables.map((t) => [t, m.name] as const)));
  const out: string[] = [];
  for (const f of files) {
    const mod = moduleOf(f.path);
    for (const t of tablesNamed(f.text, schema)) {
      if (mod && owner.get(t) === mod) continue;
      if (exceptions.some((e) => e.module === mod && e.table === t)) continue;
      out.push(`${f.path}: table ${t} (owned by ${owner.get(t) ?? 'the store'})`);
    }
  }
  return out;
}

function importViolations(files: SourceFile[], modules: readonly Spec[]): string[] {
  const specs = new Map(modules.map((m) => [m.name, m]));
  const out: string[] = [];
  for (const f of files) {
    const mod = moduleOf(f.path);
    for (const m of f.text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)) {
      const spec = m[1]!;
      if (/^@rencai\/(server|cli|web|platform)\b/.test(spec) || /(^|\/)apps\//.test(spec)) {
        out.push(`${f.path}: imports ${spec} (the platform imports no app, nor itself by name)`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(f.path), spec));
      const to = moduleOf(target);
      if (!mod) continue; // the package's face and its start-up may use every module's index
      if (!to) {
        out.push(`${f.path}: imports ${spec} (a module does not use the package's face or start-up)`);
        continue;
      }
      if (to === mod) continue;
      if (target !== `${to}/index.js`) out.push(`${f.path}: imports ${spec} (another module's inner file: use ../${to}/index.js)`);
      else if (!specs.get(mod)?.uses.includes(to)) out.push(`${f.path}: imports ${spec} (${to} is not among the modules ${mod} uses)`);
    }
  }
  return out;
}

const SRC = dirname(fileURLToPath(import.meta.url));
const SCHEMA = [join(SRC, '../../store/src/schema.ts'), join(SRC, '../../store/src/schema-official-values.ts'), join(SRC, '../../store/src/schema-worklist.ts'), join(SRC, '../../store/src/schema-cards.ts'), join(SRC, '../../store/src/schema-apartments.ts'), join(SRC, '../../store/src/schema-inkind.ts'), join(SRC, '../../store/src/schema-housing-vouchers.ts')];

function sources(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push({ path: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(SRC);
  return out;
}

const schema = storeTables(SCHEMA.map((f) => readFileSync(f, 'utf8')));

describe('module boundaries', () => {
  it('every folder is a module of the map, and every module has its folder', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory()).sort();
    expect(folders).toEqual(MODULES.map((m) => m.name).sort());
  });

  it('every table of the store is owned by exactly one module (or by the store itself)', () => {
    const owners = new Map<string, string[]>();
    for (const m of MODULES) for (const t of m.tables) owners.set(t, [...(owners.get(t) ?? []), m.name]);
    for (const t of STORE_TABLES) owners.set(t, [...(owners.get(t) ?? []), 'store']);
    expect([...schema.keys()].filter((t) => owners.get(t)?.length !== 1)).toEqual([]);
    expect([...owners.keys()].filter((t) => !schema.has(t))).toEqual([]);
  });

  it('a module uses only modules listed below it, and a shared mechanism uses no domain', () => {
    const at = new Map(MODULES.map((m, i) => [m.name, i]));
    const wrong = MODULES.flatMap((m) =>
      m.uses.filter((u) => !at.has(u) || at.get(u)! >= at.get(m.name)! || (m.kind === 'shared' && MODULES[at.get(u)!]!.kind !== 'shared')).map((u) => `${m.name} → ${u}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no module touches a table it does not own', () => {
    expect(tableViolations(sources(), MODULES, schema, EXCEPTIONS)).toEqual([]);
  });

  it('a module imports another only through its index, only one it lists, and never an app', () => {
    expect(importViolations(sources(), MODULES)).toEqual([]);
  });

  it('refuses a deliberate cross-module table access and a reach into another module’s inner file', () => {
    const planted: SourceFile = {
      path: 'dashboard/planted.ts',
      text: [
        "import { ledgerLines } from '../ledger/ledger.js';",
        "import { createBatch } from '../payments/index.js';",
        "export const q = (db: Db) => db.selectFrom('persons').innerJoin('ledger as g', 'g.person_id', 'persons.id').select('persons.name');",
        "export const r = (db: Db) => sql`select count(*) from reviews where department = ${'x'}`.execute(db);",
      ].join('\n'),
    };
    expect(tableViolations([planted], MODULES, schema, EXCEPTIONS)).toEqual([
      'dashboard/planted.ts: table persons (owned by registry)',
      'dashboard/planted.ts: table ledger (owned by ledger)',
      'dashboard/planted.ts: table reviews (owned by review)',
    ]);
    expect(importViolations([planted], MODULES)).toEqual([
      "dashboard/planted.ts: imports ../ledger/ledger.js (another module's inner file: use ../ledger/index.js)",
      'dashboard/planted.ts: imports ../payments/index.js (payments is not among the modules dashboard uses)',
    ]);
  });
});
