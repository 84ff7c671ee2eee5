import { translate } from '../i18n/i18n.ts';

/** Every text of co-design and of the "Your data" page (one place), read from the message tables (src/ui/i18n) in the current language. */
export const CODESIGN_TEXT = {
  suggest: {
    get open() {
      return translate('codesign.suggest.open');
    },
    get title() {
      return translate('codesign.suggest.title');
    },
    get what() {
      return translate('codesign.suggest.what');
    },
    get reference() {
      return translate('codesign.suggest.reference');
    },
    get submit() {
      return translate('codesign.suggest.submit');
    },
    get cancel() {
      return translate('codesign.suggest.cancel');
    },
    get empty() {
      return translate('codesign.suggest.empty');
    },
    get added() {
      return translate('codesign.suggest.added');
    },
    listTitle: (product: string) => translate('codesign.suggest.listTitle', { product }),
    get vote() {
      return translate('codesign.suggest.vote');
    },
    get voted() {
      return translate('codesign.suggest.voted');
    },
    votes: (n: number) => translate('codesign.suggest.votes', { count: n }),
    get privacy() {
      return translate('codesign.suggest.privacy');
    },
    get yourData() {
      return translate('codesign.suggest.yourData');
    },
  },
  board: {
    get title() {
      return translate('codesign.board.title');
    },
    get intro() {
      return translate('codesign.board.intro');
    },
    get export() {
      return translate('codesign.board.export');
    },
    get none() {
      return translate('codesign.board.none');
    },
    get product() {
      return translate('codesign.board.product');
    },
    get step() {
      return translate('codesign.board.step');
    },
    get suggestion() {
      return translate('codesign.board.suggestion');
    },
    get reference() {
      return translate('codesign.board.reference');
    },
    get votes() {
      return translate('codesign.board.votes');
    },
    get date() {
      return translate('codesign.board.date');
    },
    get wholeProduct() {
      return translate('codesign.board.wholeProduct');
    },
  },
  data: {
    get title() {
      return translate('codesign.data.title');
    },
    get intro() {
      return translate('codesign.data.intro');
    },
    kinds: {
      get designs() {
        return translate('codesign.data.kinds.designs');
      },
      get suggestions() {
        return translate('codesign.data.kinds.suggestions');
      },
      get quotes() {
        return translate('codesign.data.kinds.quotes');
      },
      get outbox() {
        return translate('codesign.data.kinds.outbox');
      },
      get staff() {
        return translate('codesign.data.kinds.staff');
      },
      get other() {
        return translate('codesign.data.kinds.other');
      },
    } as Record<string, string>,
    items: (n: number | null, size: number) =>
      `${n === null ? translate('codesign.data.stored') : translate('codesign.data.itemCount', { count: n })} · ${translate('codesign.data.characters', { count: size })}`,
    get delete() {
      return translate('codesign.data.delete');
    },
    get deleteAll() {
      return translate('codesign.data.deleteAll');
    },
    get nothing() {
      return translate('codesign.data.nothing');
    },
    deleted: (what: string) => translate('codesign.data.deleted', { what }),
    get everything() {
      return translate('codesign.data.everything');
    },
  },
};
