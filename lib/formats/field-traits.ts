// What the format choice knows about a value and the field it goes into.

export type ValueKind =
  | 'name'
  | 'kana'
  | 'romaji'
  | 'postal'
  | 'phone'
  | 'date'
  | 'prefecture'
  | 'address'
  | 'email'
  | 'number'
  | 'text';

export interface SelectOption {
  value: string;
  text: string;
}

export interface FieldTraits {
  tag: 'input' | 'select' | 'textarea';
  /** Lowercased input type ('text', 'tel', 'date', …); 'select-one' for selects; 'textarea'. */
  type: string;
  /** Only when > 0. */
  maxLength?: number;
  pattern?: string;
  inputMode?: string;
  placeholder?: string;
  /** Visible text around the field: its label, table header, note after it (trimmed, ≤ 300 chars). */
  hint: string;
  /** Selects only. */
  options?: SelectOption[];
}
