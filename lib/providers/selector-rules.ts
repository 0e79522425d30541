// What makes a provider selector stable: it names an id or an attribute, is not positional, and does
// not lean on generated ids or class attributes. Shared by the schema and the files the extension
// writes itself (recorded mappings), without pulling the whole schema into the extension.

export const POSITIONAL = /:nth-(child|of-type|last-child|last-of-type)|:(first|last|only)-(child|of-type)/;
export const GENERATED = /#(?:ember|react-|mui-|radix-|:r)[\w:-]*\d|\[id\^=|\[class[~*^$|]?=/;

/** Every comma-separated alternative names an id or an attribute (name, autocomplete, type…). */
export function hasStableHook(selector: string): boolean {
  return selector.split(',').every((alt) => /#[\w-]|\[[\w-]+/.test(alt));
}

export function isStableSelector(selector: string): boolean {
  return selector.length > 0 && selector.length <= 300 && !POSITIONAL.test(selector) && hasStableHook(selector) && !GENERATED.test(selector);
}
