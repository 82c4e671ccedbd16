import type { z } from 'zod';
import type { ActionResult, FormAction } from './result';

type FieldKind = 'text' | 'list' | 'checkbox';

/** Never sent back to the page, even when the rest of what was typed is. */
const SECRET_FIELDS = new Set(['password']);

/** How a posted form sends a field of this type: one string, every ticked box's value, or present or not. */
function fieldKind(field: z.ZodType): FieldKind {
  const def = field.def as { type: string; in?: z.ZodType; innerType?: z.ZodType };
  if (def.type === 'array') return 'list';
  if (def.type === 'boolean') return 'checkbox';
  const inner = def.type === 'pipe' ? def.in : def.innerType; // transforms; optional, default, nullable
  return inner ? fieldKind(inner) : 'text';
}

function formFields(schema: z.ZodType): Record<string, FieldKind> {
  const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; left?: z.ZodType; right?: z.ZodType; in?: z.ZodType };
  if (def.type === 'object') return Object.fromEntries(Object.entries(def.shape ?? {}).map(([name, field]) => [name, fieldKind(field)]));
  if (def.type === 'intersection' && def.left && def.right) return { ...formFields(def.left), ...formFields(def.right) };
  if (def.type === 'pipe' && def.in) return formFields(def.in);
  return {};
}

/**
 * A posted form's fields as the object the schema expects, the same object the form's script
 * sends: a list of checkboxes is an array even with one box ticked, a lone checkbox is a boolean.
 */
export function formValues(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined);
  return Object.fromEntries(
    Object.entries(formFields(schema)).map(([name, kind]) => [
      name,
      kind === 'list' ? formData.getAll(name).filter((value) => typeof value === 'string') : kind === 'checkbox' ? formData.has(name) : text(formData.get(name)),
    ]),
  );
}

/** `action` (which validates its input with `schema`) made usable by a form posted without JavaScript too. */
export function acceptingForms<T>(schema: z.ZodType, action: (input: unknown) => Promise<ActionResult<T>>): FormAction<T> {
  return async (input, formData) => {
    if (!(formData instanceof FormData)) return action(input);
    const values = formValues(schema, formData);
    const result = await action(values);
    if (result.ok) return result;
    return { ...result, values: Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name))) };
  };
}
