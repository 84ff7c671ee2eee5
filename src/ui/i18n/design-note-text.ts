import type { DesignNoteWords } from '../../app/design-notes.ts';
import { translate, type Translate } from './i18n.ts';

/** Words the notes about an opened design (share link, saved design) in the current language. */
export function designNoteWords(t: Translate = translate): DesignNoteWords {
  return (note) => t(`designNote.${note.code}`, note.params);
}
