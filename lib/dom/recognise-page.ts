import type { AgentRefusal, RecogniseRequest, RecogniseResult, RecognisedField } from '../plan/types';
import { classifyFields } from '../recognise';
import { framesGuardedOrigin } from './frame-guard';
import { checkPage } from './page-guard';
import { isChoiceVisible, isVisible, measureFields, withHitTesting } from './visibility';

function visibleToPerson(el: Element): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) return isChoiceVisible(el);
  return isVisible(el);
}

/** Runs the field classifier on a page that has no mapping. Returns keys and labels, no values. */
export function recognisePage(request: RecogniseRequest): RecogniseResult | AgentRefusal {
  const refusal = checkPage(request.expected);
  if (refusal) return refusal;
  if (framesGuardedOrigin(document, request.guardedOrigins ?? [])) return { ok: false, error: 'frames-other-site' };
  const classified = withHitTesting(document, () => {
    // Every control is measured in one pass first; the classifier then reads the verdicts.
    measureFields(Array.from(document.querySelectorAll<HTMLElement>('input:not([type="hidden" i]), select, textarea')));
    return classifyFields(document, { isVisible: visibleToPerson });
  });
  const fields: RecognisedField[] = classified.map((f) => {
    // A radio group is filled as a group: address every radio of that name.
    const radio = f.element instanceof HTMLInputElement && f.element.type === 'radio' && f.element.name;
    const field: RecognisedField = {
      selector: radio ? `input[type="radio"][name="${CSS.escape(f.element.getAttribute('name')!)}"]` : f.selector,
      key: f.key,
      confidence: f.confidence,
      preselect: f.preselect,
      label: f.label,
    };
    if (f.review) field.review = f.review;
    if (f.part !== undefined && f.part !== null) field.part = f.part;
    return field;
  });
  return { ok: true, title: document.title, fields };
}
