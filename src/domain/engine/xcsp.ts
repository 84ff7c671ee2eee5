/**
 * XCSP 2.1 (table constraints) → FiniteModel, with a small XML reader of its own.
 *
 * Supported: `<domains>` (values like `0..7`, `1 3 5`, mixed), `<variables>`, `<relations>` with
 * `semantics="supports|conflicts"` and tuples `a b|c d`, `<constraints scope="V0 V1" reference="R0">`.
 * Predicates, functions and global constraints are rejected. The input is treated as hostile:
 * no DOCTYPE/entities, bounded size, depth, domain sizes and tuple counts, and every error names
 * the element and line.
 */
import { EngineError, type FiniteModel, type ModelVariable, type TableConstraint } from './model.ts';

export interface XcspLimits {
  readonly maxChars?: number;
  readonly maxElements?: number;
  readonly maxDomainSize?: number;
  readonly maxVariables?: number;
  /** Total tuples over all relations. */
  readonly maxTuples?: number;
}

interface XmlElement {
  readonly name: string;
  readonly attrs: Map<string, string>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
}

function decodeEntities(s: string, line: number): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;\s&]{1,10});/g, (_, ent: string) => {
    switch (ent) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const m = /^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.exec(ent);
    if (m !== null) {
      const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
      if (code <= 0x10ffff) return String.fromCodePoint(code);
    }
    throw new EngineError(`XCSP line ${line}: unknown entity "&${ent};"`);
  });
}

/** A minimal, strict XML reader: elements, attributes, text, comments, `<?...?>`. */
export function parseXml(text: string, maxElements: number): XmlElement {
  let i = 0;
  let line = 1;
  const n = text.length;
  const advanceTo = (j: number): void => {
    for (let k = i; k < j; k++) if (text.charCodeAt(k) === 10) line++;
    i = j;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  const nameRe = /^[A-Za-z_][\w.-]*/;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    const top = stack[stack.length - 1];
    if (chunk.trim() !== '') {
      if (top === undefined) throw new EngineError(`XCSP line ${line}: text outside the root element`);
      top.text += decodeEntities(chunk, line);
    }
    if (lt < 0) {
      advanceTo(n);
      break;
    }
    advanceTo(lt);
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) throw new EngineError(`XCSP line ${line}: unterminated comment`);
      advanceTo(end + 3);
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) throw new EngineError(`XCSP line ${line}: unterminated processing instruction`);
      advanceTo(end + 2);
      continue;
    }
    if (text.startsWith('<!', i)) throw new EngineError(`XCSP line ${line}: DOCTYPE, entity declarations and CDATA are not accepted`);
    if (text.startsWith('</', i)) {
      const end = text.indexOf('>', i);
      if (end < 0) throw new EngineError(`XCSP line ${line}: unterminated closing tag`);
      const name = text.slice(i + 2, end).trim();
      const open = stack.pop();
      if (open === undefined || open.name !== name) {
        throw new EngineError(`XCSP line ${line}: closing tag </${name.slice(0, 40)}> does not match ${open === undefined ? 'any open element' : `<${open.name}> opened on line ${open.line}`}`);
      }
      advanceTo(end + 1);
      continue;
    }
    // start tag
    const startLine = line;
    let j = i + 1;
    const m = nameRe.exec(text.slice(j, j + 200));
    if (m === null) throw new EngineError(`XCSP line ${line}: malformed tag`);
    const name = m[0];
    j += name.length;
    const attrs = new Map<string, string>();
    let selfClosing = false;
    for (;;) {
      while (j < n && /\s/.test(text[j]!)) j++;
      if (j >= n) throw new EngineError(`XCSP line ${startLine}: unterminated <${name}> tag`);
      if (text[j] === '>') {
        j++;
        break;
      }
      if (text.startsWith('/>', j)) {
        j += 2;
        selfClosing = true;
        break;
      }
      const am = nameRe.exec(text.slice(j, j + 200));
      if (am === null) throw new EngineError(`XCSP line ${startLine}: malformed attribute in <${name}>`);
      const attr = am[0];
      j += attr.length;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] !== '=') throw new EngineError(`XCSP line ${startLine}: attribute "${attr}" of <${name}> has no value`);
      j++;
      while (j < n && /\s/.test(text[j]!)) j++;
      const q = text[j];
      if (q !== '"' && q !== "'") throw new EngineError(`XCSP line ${startLine}: attribute "${attr}" of <${name}> is not quoted`);
      const close = text.indexOf(q, j + 1);
      if (close < 0) throw new EngineError(`XCSP line ${startLine}: unterminated value of attribute "${attr}" in <${name}>`);
      const raw = text.slice(j + 1, close);
      if (raw.includes('<')) throw new EngineError(`XCSP line ${startLine}: "<" inside attribute "${attr}" of <${name}>`);
      if (attrs.has(attr)) throw new EngineError(`XCSP line ${startLine}: duplicate attribute "${attr}" in <${name}>`);
      attrs.set(attr, decodeEntities(raw, startLine));
      j = close + 1;
    }
    advanceTo(j);
    if (++count > maxElements) throw new EngineError(`XCSP line ${startLine}: more than ${maxElements} elements`);
    if (stack.length >= 16) throw new EngineError(`XCSP line ${startLine}: elements nested deeper than 16 levels`);
    const el: XmlElement = { name, attrs, children: [], text: '', line: startLine };
    const parent = stack[stack.length - 1];
    if (parent === undefined) {
      if (root !== undefined) throw new EngineError(`XCSP line ${startLine}: a second root element <${name}>`);
      root = el;
    } else parent.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  const open = stack.pop();
  if (open !== undefined) throw new EngineError(`XCSP: element <${open.name}> opened on line ${open.line} is never closed`);
  if (root === undefined) throw new EngineError('XCSP: no root element');
  return root;
}

function intOf(tok: string, where: string): number {
  if (!/^[+-]?\d{1,15}$/.test(tok)) throw new EngineError(`${where}: "${tok.slice(0, 30)}" is not an integer (or is too large)`);
  return Number(tok);
}

function attr(el: XmlElement, name: string): string {
  const v = el.attrs.get(name);
  if (v === undefined) throw new EngineError(`XCSP line ${el.line}: <${el.name}> is missing the "${name}" attribute`);
  return v;
}

function section(root: XmlElement, name: string, required: boolean): XmlElement | undefined {
  const found = root.children.filter((c) => c.name === name);
  if (found.length > 1) throw new EngineError(`XCSP line ${found[1]!.line}: more than one <${name}>`);
  if (found.length === 0 && required) throw new EngineError(`XCSP: missing <${name}>`);
  return found[0];
}

function checkCount(el: XmlElement, attrName: string, actual: number, what: string): void {
  const declared = el.attrs.get(attrName);
  if (declared !== undefined && intOf(declared.trim(), `XCSP line ${el.line}: <${el.name}> ${attrName}`) !== actual) {
    throw new EngineError(`XCSP line ${el.line}: <${el.name}> declares ${attrName}="${declared}" but has ${actual} ${what}`);
  }
}

export function parseXcsp(text: string, limits: XcspLimits = {}): FiniteModel {
  const maxChars = limits.maxChars ?? 50_000_000;
  const maxDomain = limits.maxDomainSize ?? 100_000;
  const maxVariables = limits.maxVariables ?? 100_000;
  const maxTuples = limits.maxTuples ?? 5_000_000;
  if (typeof text !== 'string') throw new EngineError('XCSP: input is not text');
  if (text.length > maxChars) throw new EngineError(`XCSP: input of ${text.length} characters exceeds the limit of ${maxChars}`);
  const root = parseXml(text, limits.maxElements ?? 1_000_000);
  if (root.name !== 'instance') throw new EngineError(`XCSP line ${root.line}: root element is <${root.name}>, expected <instance>`);
  for (const unsupported of ['predicates', 'functions', 'globals']) {
    const el = section(root, unsupported, false);
    if (el !== undefined && el.children.length > 0) throw new EngineError(`XCSP line ${el.line}: <${unsupported}> are not supported (only table constraints)`);
  }
  // domains
  const domains = new Map<string, number[]>();
  const domainsEl = section(root, 'domains', true)!;
  for (const d of domainsEl.children) {
    if (d.name !== 'domain') throw new EngineError(`XCSP line ${d.line}: unexpected <${d.name}> in <domains>`);
    const name = attr(d, 'name');
    if (domains.has(name)) throw new EngineError(`XCSP line ${d.line}: duplicate domain "${name}"`);
    const where = `XCSP line ${d.line}: domain "${name}"`;
    const values: number[] = [];
    const seen = new Set<number>();
    for (const tok of d.text.trim().split(/\s+/).filter((t) => t !== '')) {
      const range = /^([+-]?\d+)\.\.([+-]?\d+)$/.exec(tok);
      const [lo, hi] = range !== null ? [intOf(range[1]!, where), intOf(range[2]!, where)] : [intOf(tok, where), intOf(tok, where)];
      if (hi < lo) throw new EngineError(`${where}: empty range "${tok}"`);
      if (hi - lo + 1 + values.length > maxDomain) throw new EngineError(`${where}: more than ${maxDomain} values`);
      for (let v = lo; v <= hi; v++) {
        if (!seen.has(v)) {
          seen.add(v);
          values.push(v);
        }
      }
    }
    if (values.length === 0) throw new EngineError(`${where}: no values`);
    checkCount(d, 'nbValues', values.length, 'values');
    domains.set(name, values);
  }
  checkCount(domainsEl, 'nbDomains', domains.size, 'domains');
  // variables
  const variablesEl = section(root, 'variables', true)!;
  const varIndex = new Map<string, number>();
  const varDomain: number[][] = [];
  const variables: ModelVariable[] = [];
  for (const v of variablesEl.children) {
    if (v.name !== 'variable') throw new EngineError(`XCSP line ${v.line}: unexpected <${v.name}> in <variables>`);
    const name = attr(v, 'name');
    if (varIndex.has(name)) throw new EngineError(`XCSP line ${v.line}: duplicate variable "${name}"`);
    const domName = attr(v, 'domain');
    const dom = domains.get(domName);
    if (dom === undefined) throw new EngineError(`XCSP line ${v.line}: variable "${name}" refers to unknown domain "${domName}"`);
    if (variables.length >= maxVariables) throw new EngineError(`XCSP line ${v.line}: more than ${maxVariables} variables`);
    varIndex.set(name, variables.length);
    varDomain.push(dom);
    variables.push({ id: name, domainSize: dom.length, labels: dom.map(String) });
  }
  checkCount(variablesEl, 'nbVariables', variables.length, 'variables');
  // relations
  const relations = new Map<string, { arity: number; tuples: number[][]; mode: 'supports' | 'conflicts' }>();
  const relationsEl = section(root, 'relations', false);
  let totalTuples = 0;
  for (const r of relationsEl?.children ?? []) {
    if (r.name !== 'relation') throw new EngineError(`XCSP line ${r.line}: unexpected <${r.name}> in <relations>`);
    const name = attr(r, 'name');
    if (relations.has(name)) throw new EngineError(`XCSP line ${r.line}: duplicate relation "${name}"`);
    const where = `XCSP line ${r.line}: relation "${name}"`;
    const arity = intOf(attr(r, 'arity').trim(), where);
    if (arity < 1 || arity > 64) throw new EngineError(`${where}: arity ${arity} outside 1..64`);
    const semantics = attr(r, 'semantics');
    if (semantics !== 'supports' && semantics !== 'conflicts') throw new EngineError(`${where}: semantics "${semantics.slice(0, 30)}" is not "supports" or "conflicts"`);
    const body = r.text.trim();
    const tuples: number[][] = [];
    if (body !== '') {
      for (const part of body.split('|')) {
        const toks = part.trim().split(/\s+/).filter((t) => t !== '');
        if (toks.length !== arity) throw new EngineError(`${where}: tuple ${tuples.length + 1} ("${part.trim().slice(0, 40)}") has ${toks.length} values, arity is ${arity}`);
        if (++totalTuples > maxTuples) throw new EngineError(`${where}: more than ${maxTuples} tuples in all relations`);
        tuples.push(toks.map((t) => intOf(t, where)));
      }
    }
    checkCount(r, 'nbTuples', tuples.length, 'tuples');
    relations.set(name, { arity, tuples, mode: semantics });
  }
  // constraints
  const constraintsEl = section(root, 'constraints', false);
  const constraints: TableConstraint[] = [];
  const ids = new Set<string>();
  for (const c of constraintsEl?.children ?? []) {
    if (c.name !== 'constraint') throw new EngineError(`XCSP line ${c.line}: unexpected <${c.name}> in <constraints>`);
    const name = attr(c, 'name');
    if (ids.has(name)) throw new EngineError(`XCSP line ${c.line}: duplicate constraint "${name}"`);
    ids.add(name);
    const where = `XCSP line ${c.line}: constraint "${name}"`;
    if (c.children.length > 0) throw new EngineError(`${where}: parameters/global constraints are not supported`);
    const ref = attr(c, 'reference');
    const rel = relations.get(ref);
    if (rel === undefined) throw new EngineError(`${where}: unknown relation "${ref.slice(0, 40)}" (predicates and globals are not supported)`);
    const scopeNames = attr(c, 'scope').trim().split(/\s+/).filter((t) => t !== '');
    const scopeAll = scopeNames.map((s) => {
      const x = varIndex.get(s);
      if (x === undefined) throw new EngineError(`${where}: unknown variable "${s.slice(0, 40)}" in scope`);
      return x;
    });
    if (scopeAll.length !== rel.arity) throw new EngineError(`${where}: scope has ${scopeAll.length} variables, relation "${ref}" has arity ${rel.arity}`);
    checkCount(c, 'arity', scopeAll.length, 'scope variables');
    // Repeated variables: keep one column, keep only rows that agree on the repeats.
    const scope = [...new Set(scopeAll)];
    const colOf = scope.map((x) => scopeAll.indexOf(x));
    const index = scope.map((x) => new Map(varDomain[x]!.map((v, i) => [v, i] as const)));
    const flat: number[] = [];
    for (const t of rel.tuples) {
      let okRow = true;
      for (let i = 0; i < scopeAll.length && okRow; i++) if (t[i] !== t[colOf[scope.indexOf(scopeAll[i]!)]!]) okRow = false;
      if (!okRow) continue;
      const row = scope.map((_, k) => index[k]!.get(t[colOf[k]!]!));
      // Values outside a variable's domain can never occur: such rows are simply irrelevant.
      if (row.some((v) => v === undefined)) continue;
      for (const v of row) flat.push(v!);
    }
    constraints.push({ kind: 'table', id: name, scope, tuples: Int32Array.from(flat), mode: rel.mode });
  }
  if (constraintsEl !== undefined) checkCount(constraintsEl, 'nbConstraints', constraints.length, 'constraints');
  return { variables, constraints };
}
