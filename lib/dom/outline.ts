// Marks the fields a fill left empty with an outline — no text, nothing a page script could read as
// data — which goes away as soon as the person types or chooses there.

const OUTLINE = '3px solid #cf222e';
let marked: { el: HTMLElement; outline: string; priority: string; offset: string; offsetPriority: string; off: () => void }[] = [];

function unmark(el: HTMLElement): void {
  const index = marked.findIndex((m) => m.el === el);
  if (index < 0) return;
  const [m] = marked.splice(index, 1);
  m.off();
  if (m.outline) el.style.setProperty('outline', m.outline, m.priority);
  else el.style.removeProperty('outline');
  if (m.offset) el.style.setProperty('outline-offset', m.offset, m.offsetPriority);
  else el.style.removeProperty('outline-offset');
}

export function clearOutlines(): void {
  for (const m of [...marked]) unmark(m.el);
}

/** Outlines each group of elements until any of them receives input. */
export function outlineGroups(groups: HTMLElement[][]): void {
  for (const group of groups) {
    const clear = () => group.forEach(unmark);
    for (const el of group) {
      const off = () => {
        el.removeEventListener('input', clear);
        el.removeEventListener('change', clear);
      };
      marked.push({
        el,
        outline: el.style.getPropertyValue('outline'),
        priority: el.style.getPropertyPriority('outline'),
        offset: el.style.getPropertyValue('outline-offset'),
        offsetPriority: el.style.getPropertyPriority('outline-offset'),
        off,
      });
      el.style.setProperty('outline', OUTLINE, 'important');
      el.style.setProperty('outline-offset', '2px', 'important');
      el.addEventListener('input', clear);
      el.addEventListener('change', clear);
    }
  }
}

export function outlinedElements(): HTMLElement[] {
  return marked.map((m) => m.el);
}
