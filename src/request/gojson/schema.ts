/**
 * A small description language for Go types, so that a JSON body can be decoded the way
 * Go's encoding/json decodes it into the daemon's structs (see decode.ts).
 *
 * Each schema both drives the decoder at run time and gives the TypeScript type of the
 * decoded value (`Infer<S>`), so the canonical request view and the Go shape cannot drift.
 */

export interface BoolSchema { readonly kind: 'bool' }
export interface IntSchema { readonly kind: 'int'; readonly bits: 8 | 16 | 32 | 64; readonly unsigned: boolean }
/** float64, or float32 (`bits: 32`: parsed like strconv.ParseFloat(s, 32), rounded to single precision). */
export interface FloatSchema { readonly kind: 'float'; readonly bits?: 32 | 64 }
export interface StringSchema { readonly kind: 'string' }
/** docker's strslice.StrSlice: a JSON array of strings or a single string; always replaced whole. */
export interface StrSliceSchema { readonly kind: 'strslice' }
/** interface{}: any JSON value is accepted; its content is validated and dropped. */
export interface AnySchema { readonly kind: 'any' }
export interface SliceSchema<E extends Schema = Schema> { readonly kind: 'slice'; readonly elem: E }
/**
 * []byte: a JSON string is standard base64 (padded; \r and \n ignored), an array is decoded
 * element by element like []uint8. The value is the bytes as numbers 0-255 (nil: null).
 */
export interface BytesSchema { readonly kind: 'bytes' }
export interface MapSchema<E extends Schema = Schema> { readonly kind: 'map'; readonly elem: E }
export interface PtrSchema<E extends Schema = Schema> { readonly kind: 'ptr'; readonly elem: E }

export type FieldMap = Readonly<Record<string, Schema>>;
/** A struct's JSON field names (already as Go's json tags give them) and their types. */
export interface StructSchema<F extends FieldMap = FieldMap, E extends EmbedMap = EmbedMap> {
  readonly kind: 'struct';
  readonly name: string;
  readonly fields: F;
  /** Embedded struct pointers (`*T` without a tag): their fields are promoted, the pointer is allocated on first use. */
  readonly embedded: E;
}
export type EmbedMap = Readonly<Record<string, StructSchema>>;

export type Schema =
  | BoolSchema
  | IntSchema
  | FloatSchema
  | StringSchema
  | StrSliceSchema
  | AnySchema
  | SliceSchema
  | BytesSchema
  | MapSchema
  | PtrSchema
  | StructSchema;

/** The TypeScript type of a value decoded with schema S. Go's nil is `null`. */
export type Infer<S> = S extends BoolSchema
  ? boolean
  : S extends IntSchema | FloatSchema
    ? number
    : S extends StringSchema
      ? string
      : S extends StrSliceSchema
        ? string[] | null
        : S extends AnySchema
          ? unknown
          : S extends BytesSchema
            ? number[] | null
          : S extends SliceSchema<infer E>
            ? Infer<E>[] | null
            : S extends MapSchema<infer E>
              ? Map<string, Infer<E>> | null
              : S extends PtrSchema<infer E>
                ? Infer<E> | null
                : S extends StructSchema<infer F, infer M>
                  ? { -readonly [K in keyof F]: Infer<F[K]> } & InferEmbedded<M>
                  : never;

/** Embedded struct pointers appear as nullable holder properties (none: no properties). */
type InferEmbedded<M> = [keyof M] extends [never] ? unknown : { -readonly [K in keyof M]: Infer<M[K]> | null };

export const bool: BoolSchema = { kind: 'bool' };
export const int64: IntSchema = { kind: 'int', bits: 64, unsigned: false };
export const int32: IntSchema = { kind: 'int', bits: 32, unsigned: false };
export const int: IntSchema = int64;
export const uint16: IntSchema = { kind: 'int', bits: 16, unsigned: true };
export const uint32: IntSchema = { kind: 'int', bits: 32, unsigned: true };
export const uint64: IntSchema = { kind: 'int', bits: 64, unsigned: true };
export const float64: FloatSchema = { kind: 'float' };
export const float32: FloatSchema = { kind: 'float', bits: 32 };
export const string: StringSchema = { kind: 'string' };
export const strslice: StrSliceSchema = { kind: 'strslice' };
export const any: AnySchema = { kind: 'any' };
export const bytes: BytesSchema = { kind: 'bytes' };
export const slice = <E extends Schema>(elem: E): SliceSchema<E> => ({ kind: 'slice', elem });
export const map = <E extends Schema>(elem: E): MapSchema<E> => ({ kind: 'map', elem });
export const ptr = <E extends Schema>(elem: E): PtrSchema<E> => ({ kind: 'ptr', elem });

/** A Go struct. Embedded non-pointer structs are written by spreading their fields (`...Resources.fields`). */
/** The embedded-struct map of a struct that embeds none: an empty object type on purpose. */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
export type NoEmbedded = Readonly<Record<never, StructSchema>>;

export function struct<F extends FieldMap>(name: string, fields: F): StructSchema<F, NoEmbedded>;
export function struct<F extends FieldMap, E extends EmbedMap>(name: string, fields: F, embedded: E): StructSchema<F, E>;
export function struct(name: string, fields: FieldMap, embedded: EmbedMap = {}): StructSchema {
  return { kind: 'struct', name, fields, embedded };
}
