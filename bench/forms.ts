import type { CollectRequest, PlannedField } from '../lib/plan/types';

// Generated forms for the fill-ratio rows: N mapped fields in a table layout like the providers'
// forms (a header per row, a note beside the control), cycling through a text input, a select of 47
// options, a radio group of three and a 3-part split phone input.

export interface BenchForm {
  html: string;
  collect: CollectRequest;
  planned: PlannedField[];
  /** What the floor writes: the same final values, found by selector. */
  writes: { selector: string; kind: 'text' | 'select' | 'radio'; value: string }[];
}

const PREFS = Array.from({ length: 47 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);

export function benchForm(fields: number, url: URL): BenchForm {
  const rows: string[] = [];
  const collect: CollectRequest['fields'] = [];
  const planned: PlannedField[] = [];
  const writes: BenchForm['writes'] = [];
  let n = 0;
  const add = (id: string, selector: string, kind: 'text' | 'select' | 'radio', value: string) => {
    collect.push({ id, selectors: [selector] });
    planned.push({ id, selector, action: { kind, value } });
    writes.push({ selector: kind === 'radio' ? `${selector}[value="${value}"]` : selector, kind, value });
    n += 1;
  };
  for (let slot = 0; n < fields; slot++) {
    const kind = slot % 4;
    if (kind === 0) {
      const id = `t${slot}`;
      rows.push(`<tr><th><label for="${id}">項目${slot}</label></th><td><input id="${id}" name="${id}" type="text" maxlength="40"> <span class="note">全角で入力</span></td></tr>`);
      add(id, `#${id}`, 'text', `値${slot}`);
    } else if (kind === 1) {
      const id = `s${slot}`;
      const options = ['<option value="">選択</option>', ...PREFS.map((p) => `<option value="${p}">都道府県${p}</option>`)].join('');
      rows.push(`<tr><th><label for="${id}">選択${slot}</label></th><td><select id="${id}" name="${id}">${options}</select></td></tr>`);
      add(id, `#${id}`, 'select', PREFS[slot % PREFS.length]);
    } else if (kind === 2) {
      const name = `r${slot}`;
      const radios = ['a', 'b', 'c'].map((v) => `<label><input type="radio" name="${name}" value="${v}"> ${v}</label>`).join(' ');
      rows.push(`<tr><th>区分${slot}</th><td>${radios}</td></tr>`);
      add(name, `input[name="${name}"]`, 'radio', 'b');
    } else {
      const parts = ['090', '1234', '5678'];
      const inputs = parts.map((_, i) => `<input id="tel${slot}_${i}" name="tel${slot}_${i}" type="text" inputmode="numeric" maxlength="4" size="4">`).join('－');
      rows.push(`<tr><th>電話番号${slot}</th><td>${inputs} <span class="note">半角数字</span></td></tr>`);
      for (const [i, part] of parts.entries()) if (n < fields) add(`tel${slot}_${i}`, `#tel${slot}_${i}`, 'text', part);
    }
  }
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ベンチマーク ${fields}項目</title>
<style>table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}.note{color:#666;font-size:12px}</style></head>
<body><h1>お申し込み（${fields}項目）</h1><form id="benchForm" action="#" onsubmit="return false"><table>${rows.join('\n')}</table>
<button type="submit">確認</button></form></body></html>`;
  return {
    html,
    collect: { op: 'collect', expected: { origin: url.origin, path: url.pathname }, form: 'form#benchForm', fields: collect },
    planned,
    writes,
  };
}
