// Subset of `@kbn/config-schema` used by `server/config_schema.ts`.
export interface Type<V> {
  readonly type: V;
  validate(value: unknown, context?: Record<string, unknown>, namespace?: string): V;
}
export type TypeOf<RT extends Type<any>> = RT['type'];
type Props = Record<string, Type<any>>;
type ObjectResultType<P extends Props> = { readonly [K in keyof P]: TypeOf<P[K]> };

interface TypeOptions<T> {
  defaultValue?: T;
  validate?: (value: T) => string | void;
}
export declare const schema: {
  object<P extends Props>(props: P, options?: { unknowns?: 'allow' | 'ignore' | 'forbid' }): Type<ObjectResultType<P>>;
  string(options?: TypeOptions<string> & { minLength?: number; maxLength?: number }): Type<string>;
  boolean(options?: TypeOptions<boolean>): Type<boolean>;
  number(options?: TypeOptions<number> & { min?: number; max?: number }): Type<number>;
  arrayOf<T>(itemType: Type<T>, options?: TypeOptions<T[]> & { maxSize?: number }): Type<T[]>;
  maybe<V>(type: Type<V>): Type<V | undefined>;
};
