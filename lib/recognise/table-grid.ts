// Places the cells of a table on a grid (rowspan and colspan included), so a cell's row header and
// column header can be found the way a reader finds them.

export interface GridPosition {
  row: number;
  col: number;
}

export interface TableGrid {
  rows: Element[][];
  grid: (Element | undefined)[][];
  positions: Map<Element, GridPosition>;
}

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT')
      for (const tr of Array.from(child.children)) if (tr.tagName === 'TR') rows.push(tr);
  }
  return rows;
}

export function buildTableGrid(table: Element): TableGrid {
  const trs = ownRows(table);
  const grid: (Element | undefined)[][] = trs.map(() => []);
  const positions = new Map<Element, GridPosition>();
  const rows: Element[][] = [];
  trs.forEach((tr, r) => {
    const cells = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    rows.push(cells);
    let col = 0;
    for (const cell of cells) {
      while (grid[r][col]) col++;
      const rowspan = Math.max(1, Math.min(50, Number(cell.getAttribute('rowspan')) || 1));
      const colspan = Math.max(1, Math.min(50, Number(cell.getAttribute('colspan')) || 1));
      positions.set(cell, { row: r, col });
      for (let dr = 0; dr < rowspan && r + dr < trs.length; dr++)
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][col + dc] = cell;
      col += colspan;
    }
  });
  return { rows, grid, positions };
}
