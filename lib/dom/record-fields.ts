import type { AgentRefusal, PickedField, RecordRequest, RecordResult } from '../plan/types';
import { buildUniqueSelector } from '../recognise/unique-selector';
import { captionOf } from './outline-form';
import { checkPage } from './page-guard';

// 「項目を割り当て」: while recording, each field the person clicks on the page is picked (a second
// click drops it) and outlined. Only clicks the browser marks as the user's own count
// (`isTrusted`): a page script cannot pick, start or stop anything. Nothing of the profile is ever
// here — the page learns only that some fields got an outline.

const FILLABLE = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="image"]):not([type="reset"]):not([type="file"]), select, textarea';
const OUTLINE = '3px solid #0b57d0';

interface Recording {
  picked: Map<Element, PickedField>;
  outlines: Map<HTMLElement, { outline: string; offset: string }>;
  banner: HTMLElement;
  onClick: (event: MouseEvent) => void;
}

let recording: Recording | null = null;

function pickTarget(event: MouseEvent): HTMLElement | null {
  const hit = event.composedPath()[0];
  if (!(hit instanceof Element)) return null;
  if (hit.matches(FILLABLE)) return hit as HTMLElement;
  // A click on a field's <label> picks the field it names.
  const label = hit.closest('label');
  const control = label ? (label as HTMLLabelElement).control : null;
  return control && control.matches(FILLABLE) ? (control as HTMLElement) : null;
}

/** A radio group is one field: address every radio of the name, as the fill does. */
function selectorFor(el: HTMLElement): string {
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) return `input[type="radio"][name="${CSS.escape(el.name)}"]`;
  return buildUniqueSelector(el);
}

function groupOf(el: HTMLElement): HTMLElement[] {
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    return Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`));
  }
  return [el];
}

function outline(state: Recording, el: HTMLElement, on: boolean): void {
  for (const member of groupOf(el)) {
    if (on) {
      if (!state.outlines.has(member)) state.outlines.set(member, { outline: member.style.outline, offset: member.style.outlineOffset });
      member.style.outline = OUTLINE;
      member.style.outlineOffset = '2px';
    } else {
      const before = state.outlines.get(member);
      if (!before) continue;
      member.style.outline = before.outline;
      member.style.outlineOffset = before.offset;
      state.outlines.delete(member);
    }
  }
}

function showBanner(text: string): HTMLElement {
  const host = document.createElement('div');
  // A closed shadow root: page styles cannot restyle it and page scripts cannot read into it.
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = text;
  box.style.cssText =
    'position:fixed;z-index:2147483647;left:50%;bottom:16px;transform:translateX(-50%);max-width:min(560px,90vw);' +
    'padding:10px 16px;border-radius:8px;background:#0b57d0;color:#fff;font:15px/1.5 system-ui,sans-serif;' +
    'box-shadow:0 2px 12px rgba(0,0,0,.3);pointer-events:none';
  root.append(box);
  document.documentElement.append(host);
  return host;
}

function stop(): void {
  if (!recording) return;
  document.removeEventListener('click', recording.onClick, true);
  for (const el of [...recording.outlines.keys()]) outline(recording, el, false);
  recording.banner.remove();
  recording = null;
}

function listPicked(): PickedField[] {
  return recording ? [...recording.picked.values()] : [];
}

export function recordFields(request: RecordRequest): RecordResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  if (request.action === 'start') {
    if (!recording) {
      const state: Recording = {
        picked: new Map(),
        outlines: new Map(),
        banner: showBanner(request.banner),
        onClick: (event) => {
          if (!event.isTrusted || !recording) return;
          const target = pickTarget(event);
          if (!target) return;
          // Choosing a radio or checkbox must not change it.
          if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) event.preventDefault();
          const key = groupOf(target)[0];
          if (recording.picked.has(key)) {
            recording.picked.delete(key);
            outline(recording, target, false);
          } else {
            const field: PickedField = {
              selector: selectorFor(target),
              label: captionOf(target),
              tag: target.tagName.toLowerCase(),
              type: target instanceof HTMLInputElement ? target.type : target.tagName.toLowerCase(),
            };
            recording.picked.set(key, field);
            outline(recording, target, true);
          }
        },
      };
      document.addEventListener('click', state.onClick, true);
      recording = state;
    }
    return { ok: true, recording: true, picked: listPicked() };
  }
  if (request.action === 'stop') {
    const picked = listPicked();
    stop();
    return { ok: true, recording: false, picked };
  }
  return { ok: true, recording: recording !== null, picked: listPicked() };
}
