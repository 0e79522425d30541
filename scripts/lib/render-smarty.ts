// Renders the Smarty templates of EC-CUBE 2 (`<!--{…}-->` delimiters) into plain HTML, enough to
// measure the classifier on them: conditions are evaluated against the stock constants with no
// form errors, loops run over the shop's master data (47 prefectures…) or not at all, includes are
// resolved beside the template, and any other variable prints as nothing.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EC_CUBE_ARRAYS, EC_CUBE_CONSTANTS } from './ec-cube-data';

type Value = string | number | boolean | undefined | Array<[string, string]>;
type Scope = Map<string, Value>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; body: string }
  | { kind: 'if'; branches: Array<{ cond: string | null; children: Node[] }> }
  | { kind: 'loop'; head: string; children: Node[]; elseChildren: Node[] };

function tokenize(source: string): Array<{ text?: string; tag?: string }> {
  const out: Array<{ text?: string; tag?: string }> = [];
  const re = /<!--\{([\s\S]*?)\}-->/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    if (m.index! > last) out.push({ text: source.slice(last, m.index) });
    out.push({ tag: m[1].trim() });
    last = m.index! + m[0].length;
  }
  if (last < source.length) out.push({ text: source.slice(last) });
  return out;
}

function parse(tokens: Array<{ text?: string; tag?: string }>): Node[] {
  let pos = 0;
  const parseUntil = (ends: RegExp): { nodes: Node[]; end: string | null } => {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if (t.text !== undefined) {
        nodes.push({ kind: 'text', text: t.text });
        continue;
      }
      const tag = t.tag!;
      if (ends.test(tag)) return { nodes, end: tag };
      if (tag.startsWith('*')) continue;
      if (/^\/?strip$/.test(tag)) continue;
      if (/^if\s/.test(tag)) {
        const branches: Array<{ cond: string | null; children: Node[] }> = [];
        let cond: string | null = tag.slice(3).trim();
        for (;;) {
          const { nodes: children, end } = parseUntil(/^(?:elseif\s|else$|\/if$)/);
          branches.push({ cond, children });
          if (!end || end === '/if') break;
          cond = end === 'else' ? null : end.slice(7).trim();
        }
        nodes.push({ kind: 'if', branches });
        continue;
      }
      const loop = /^(section|foreach)\s/.exec(tag);
      if (loop) {
        const close = new RegExp(`^(?:${loop[1]}else|/${loop[1]})$`);
        const first = parseUntil(close);
        const elseChildren = first.end === `${loop[1]}else` ? parseUntil(new RegExp(`^/${loop[1]}$`)).nodes : [];
        nodes.push({ kind: 'loop', head: tag, children: first.nodes, elseChildren });
        continue;
      }
      nodes.push({ kind: 'tag', body: tag });
    }
    return { nodes, end: null };
  };
  return parseUntil(/^\0$/).nodes;
}

/** `key=value` attributes of a Smarty tag; values may be quoted, back-quoted or variables. */
function attributes(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|[^\s]+)/g)) out.set(m[1], m[2]);
  return out;
}

export class SmartyRenderer {
  constructor(private readonly templateDir: string, private readonly variant: string) {}

  renderFile(path: string, scope: Scope = new Map()): string {
    const source = readFileSync(path, 'utf8');
    return this.renderNodes(parse(tokenize(source)), scope);
  }

  private renderNodes(nodes: Node[], scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'if') {
        const branch = node.branches.find((b) => b.cond === null || this.truthy(this.evalCondition(b.cond, scope)));
        if (branch) out += this.renderNodes(branch.children, scope);
      } else if (node.kind === 'loop') out += this.renderLoop(node, scope);
      else out += this.renderTag(node.body, scope);
    }
    return out;
  }

  private renderLoop(node: Extract<Node, { kind: 'loop' }>, scope: Scope): string {
    const attrs = attributes(node.head);
    const source = this.evalOperand(attrs.get('loop') ?? attrs.get('from') ?? '', scope);
    const items = Array.isArray(source) ? source : [];
    if (!items.length) return this.renderNodes(node.elseChildren, scope);
    let out = '';
    const item = this.literal(attrs.get('item') ?? '');
    const key = this.literal(attrs.get('key') ?? '');
    for (const [k, v] of items) {
      const inner: Scope = new Map(scope);
      if (item) inner.set(item, v);
      if (key) inner.set(key, k);
      out += this.renderNodes(node.children, inner);
    }
    return out;
  }

  private renderTag(body: string, scope: Scope): string {
    if (body.startsWith('assign ')) {
      const attrs = attributes(body);
      scope.set(this.literal(attrs.get('var') ?? ''), this.evalOperand(attrs.get('value') ?? '', scope));
      return '';
    }
    if (body.startsWith('include ')) return this.renderInclude(body, scope);
    if (body.startsWith('html_options ')) {
      const options = this.evalOperand(attributes(body).get('options') ?? '', scope);
      return Array.isArray(options) ? options.map(([k, v]) => `<option value="${k}">${v}</option>`).join('\n') : '';
    }
    if (body.startsWith('html_radios ')) {
      const attrs = attributes(body);
      const options = this.evalOperand(attrs.get('options') ?? '', scope);
      const name = String(this.evalOperand(attrs.get('name') ?? '', scope) ?? '');
      const separator = this.literal(attrs.get('separator') ?? '');
      return Array.isArray(options)
        ? options.map(([k, v]) => `<label><input type="radio" name="${name}" value="${k}" />${v}</label>${separator}`).join('\n')
        : '';
    }
    if (/^["'$`]/.test(body)) {
      const value = this.evalOperand(body.split('|')[0], scope);
      return Array.isArray(value) || value === undefined || value === false ? '' : String(value);
    }
    return '';
  }

  private renderInclude(body: string, scope: Scope): string {
    const attrs = attributes(body);
    const file = String(this.evalOperand(attrs.get('file') ?? '', scope) ?? '').trim();
    if (!file) return '';
    const candidate = join(this.templateDir, `${this.variant}_${file.replace(/\.tpl$/, '').replace(/\//g, '_')}.tpl`);
    if (!existsSync(candidate)) return '';
    const inner: Scope = new Map(scope);
    for (const [k, v] of attrs) if (k !== 'file') inner.set(k, this.evalOperand(v, scope));
    return this.renderFile(candidate, inner);
  }

  private literal(raw: string): string {
    const m = /^(["'])([\s\S]*)\1$/.exec(raw);
    return m ? m[2] : raw;
  }

  private truthy(v: Value): boolean {
    if (Array.isArray(v)) return v.length > 0;
    return !!v && v !== '0';
  }

  /** `!a`, `a || b`, `a && b`, comparisons; enough for EC-CUBE's templates. */
  private evalCondition(cond: string, scope: Scope): Value {
    const ors = cond.split(/\s*\|\|\s*|\s+or\s+/);
    if (ors.length > 1) return ors.some((c) => this.truthy(this.evalCondition(c, scope)));
    const ands = cond.split(/\s*&&\s*|\s+and\s+/);
    if (ands.length > 1) return ands.every((c) => this.truthy(this.evalCondition(c, scope)));
    const cmp = /^(.+?)\s*(!==|===|!=|==|>=|<=|>|<|\beq\b|\bne\b|\bgt\b|\blt\b)\s*(.+)$/.exec(cond.trim());
    if (cmp) {
      const a = this.evalOperand(cmp[1], scope);
      const b = this.evalOperand(cmp[3], scope);
      const [na, nb] = [Number(a ?? 0), Number(b ?? 0)];
      switch (cmp[2]) {
        case '===': return a === b;
        case '!==': return a !== b;
        case '==': case 'eq': return String(a ?? '') === String(b ?? '');
        case '!=': case 'ne': return String(a ?? '') !== String(b ?? '');
        case '>': case 'gt': return na > nb;
        case '<': case 'lt': return na < nb;
        case '>=': return na >= nb;
        default: return na <= nb;
      }
    }
    const trimmed = cond.trim();
    if (trimmed.startsWith('!')) return !this.truthy(this.evalCondition(trimmed.slice(1), scope));
    return this.evalOperand(trimmed, scope);
  }

  private evalOperand(raw: string, scope: Scope): Value {
    const expr = raw.trim().split('|')[0].trim();
    if (expr === 'true') return true;
    if (expr === 'false') return false;
    if (expr === 'null' || expr === '') return undefined;
    if (/^-?\d+(?:\.\d+)?$/.test(expr)) return Number(expr);
    if (expr === '"\\n"') return '\n';
    const quoted = /^(["'])([\s\S]*)\1$/.exec(expr);
    if (quoted) return quoted[1] === '"' ? this.interpolate(quoted[2], scope) : quoted[2];
    const backtick = /^`([\s\S]*)`$/.exec(expr);
    if (backtick) return this.interpolate(backtick[1], scope);
    const constant = /^\$smarty\.const\.(\w+)$/.exec(expr);
    if (constant) return EC_CUBE_CONSTANTS[constant[1]];
    const variable = /^\$(\w+)$/.exec(expr);
    if (variable) return scope.has(variable[1]) ? scope.get(variable[1]) : EC_CUBE_ARRAYS[variable[1]];
    // Indexed values ($arrForm[$key].value, $arrErr.name01) hold nothing on a fresh form.
    return undefined;
  }

  /** Double-quoted strings and back-quoted segments: "`$prefix`name01". */
  private interpolate(text: string, scope: Scope): string {
    return text.replace(/`([^`]*)`/g, (_, inner) => {
      const v = this.evalOperand(inner, scope);
      return Array.isArray(v) || v === undefined || v === false ? '' : String(v);
    });
  }
}

/** Renders one EC-CUBE 2 template from the corpus into a full HTML document. */
export function renderEcCubeTemplate(path: string): string {
  const variant = basename(path).split('_')[0];
  const body = new SmartyRenderer(dirname(path), variant).renderFile(path);
  return `<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>${basename(path)}</title></head>\n<body>\n${body}\n</body></html>\n`;
}
