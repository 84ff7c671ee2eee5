export type ProductId = string & { readonly __brand: 'ProductId' };
export type GroupId = string & { readonly __brand: 'GroupId' };
export type ValueId = string & { readonly __brand: 'ValueId' };
export type ComponentId = string & { readonly __brand: 'ComponentId' };
export type RuleId = string & { readonly __brand: 'RuleId' };

/** Lower-case kebab-case, so ids are safe as object keys, URL parts and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Keys that would reach Object.prototype if used as plain-object keys. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype', '__proto__', 'hasownproperty', 'tostring', 'valueof']);
