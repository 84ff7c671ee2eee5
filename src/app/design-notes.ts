import { fillTemplate } from '../domain/fill-template.ts';

/**
 * What changed when a design from outside (a share link, a saved design) was opened, as codes with
 * parameters, so each reader words it in its own language: `englishDesignNote` here (tests, logs),
 * the UI from its message tables (`designNote.<code>`, see src/ui/designs/design-note-text.ts).
 * Labels and product names arrive lower-cased, for the middle of a sentence.
 */
export type DesignNoteCode = keyof typeof DESIGN_NOTE_TEXTS;

export interface DesignNote {
  readonly code: DesignNoteCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Words a note, in the reader's language. */
export type DesignNoteWords = (note: DesignNote) => string;

/** English texts; `{name}` is a parameter, `one`/`other` are chosen by `count`. */
export const DESIGN_NOTE_TEXTS = {
  // Share links
  productGone: 'This link is for a product we no longer offer.',
  linkTooLong: 'This link is too long to be a design from our shop, so we could not open it.',
  linkUnreadable: 'We couldn\u2019t read this link, so we could not open the design.',
  newerLink: 'This link was made by a newer version of our shop; we kept what we could read.',
  designUnreadable: 'We couldn\u2019t read the design in this link, so we opened the standard {product}.',
  countryGone: "We don't deliver this product to the country in the link, so prices are shown for {market}.",
  countryGoneNoMarket: "We don't deliver this product to the country in the link, so prices are shown for our standard list.",
  quantityGone: 'The quantity in the link could not be used (at most {max}), so it is set to 1.',
  // Designs checked against today's catalog
  olderVersion:
    'This design was made with an earlier version of the catalog; we kept every choice that still exists and checked it against today\u2019s rules.',
  choicesUnreadable: 'We couldn\u2019t read the choices in this design, so we opened the standard {product}.',
  optionsGone: 'This design had options this {product} no longer has ({names}), so we left them out.',
  optionsGoneMore: 'This design had options this {product} no longer has ({names} and {more} more), so we left them out.',
  numberUnreadable: 'This design\u2019s {label} was not a number, so we kept the standard {label}.',
  numberTooHigh: 'This design asked for a {value} {unit} {label}; this {product} goes up to {max} {unit}, so we kept the standard {label}.',
  numberTooLow: 'This design asked for a {value} {unit} {label}; this {product} starts at {min} {unit}, so we kept the standard {label}.',
  numberSnapped: 'This design asked for a {value} {unit} {label}; the {label} goes in steps of {step} {unit}, so we used {snapped} {unit}.',
  valueGone: 'This design asked for a {label} we no longer offer ({value}), so we kept the standard {label}.',
  valueUnreadable: 'This design asked for a {label} we no longer offer, so we kept the standard {label}.',
  listUnreadable: 'We couldn\u2019t read the {label} in this design, so we kept the standard {label}.',
  listValuesGone: {
    one: 'We no longer offer {names} among the {label}, so we left it out.',
    other: 'We no longer offer {names} among the {label}, so we left them out.',
  },
  listValuesUnreadable: 'Some {label} in this design could not be read, so we left them out.',
  listTooMany: 'You can choose at most {count} {label}, so we kept the first {count}.',
  listTooFew: 'At least {count} {label} are needed, so we kept the standard {label}.',
  textUnreadable: 'We couldn\u2019t read the {label} in this design, so we left it out.',
  textTooLong: 'The {label} in this design is longer than {max} characters, so we left it out.',
  textMissing: 'This design had no {label}; please add one.',
  textCannotMake: 'The {label} in this design has characters we can\u2019t make, so we left it out.',
  conflict: 'We left out {value} for the {label}, as it no longer fits with your other choices under today\u2019s rules.',
  conflictRule: 'We left out {value} for the {label}, as it no longer fits with your other choices: {rule}',
  textConflict: 'We left out the text for the {label}, as it no longer fits with your other choices under today\u2019s rules.',
  textConflictRule: 'We left out the text for the {label}, as it no longer fits with your other choices: {rule}',
  moreChanges: 'Some other choices were changed too.',
} as const satisfies Readonly<Record<string, string | { readonly one: string; readonly other: string }>>;

/** A note in English. */
export const englishDesignNote: DesignNoteWords = (note) => {
  const params = note.params ?? {};
  const text: string | { readonly one: string; readonly other: string } = DESIGN_NOTE_TEXTS[note.code];
  const template = typeof text === 'string' ? text : params.count === 1 ? text.one : text.other;
  return fillTemplate(template, params);
};
