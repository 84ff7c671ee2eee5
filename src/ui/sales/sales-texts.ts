import { translate } from '../i18n/i18n.ts';

/** Every text of sales mode in one place, read from the message tables (src/ui/i18n) in the current language. */
export const SALES_TEXT = {
  signIn: {
    get title() {
      return translate('sales.signIn.title');
    },
    get intro() {
      return translate('sales.signIn.intro');
    },
    get name() {
      return translate('sales.signIn.name');
    },
    get pin() {
      return translate('sales.signIn.pin');
    },
    get submit() {
      return translate('sales.signIn.submit');
    },
    get missingName() {
      return translate('sales.signIn.missingName');
    },
    get wrongPin() {
      return translate('sales.signIn.wrongPin');
    },
  },
  desk: {
    get title() {
      return translate('sales.desk.title');
    },
    signedInAs: (name: string) => translate('sales.desk.signedInAs', { name }),
    get signOut() {
      return translate('sales.desk.signOut');
    },
    resuming: (number: string) => translate('sales.desk.resuming', { number }),
    resumed: (number: string, from: 'browser' | 'server') =>
      translate('sales.desk.resumed', { number, from: translate(from === 'browser' ? 'sales.desk.fromBrowser' : 'sales.desk.fromServer') }),
    get savedQuotes() {
      return translate('sales.desk.savedQuotes');
    },
    get noSavedQuotes() {
      return translate('sales.desk.noSavedQuotes');
    },
    get open() {
      return translate('sales.desk.open');
    },
  },
  panel: {
    get title() {
      return translate('sales.panel.title');
    },
    get terms() {
      return translate('sales.panel.terms');
    },
    get channel() {
      return translate('sales.panel.channel');
    },
    channels: {
      get retail() {
        return translate('sales.panel.channels.retail');
      },
      get trade() {
        return translate('sales.panel.channels.trade');
      },
    } as Record<string, string>,
    get country() {
      return translate('sales.panel.country');
    },
    get termsRefused() {
      return translate('sales.panel.termsRefused');
    },
    get customer() {
      return translate('sales.panel.customer');
    },
    get name() {
      return translate('sales.panel.name');
    },
    get company() {
      return translate('sales.panel.company');
    },
    get email() {
      return translate('sales.panel.email');
    },
    get phone() {
      return translate('sales.panel.phone');
    },
    get address() {
      return translate('sales.panel.address');
    },
    get addressHint() {
      return translate('sales.panel.addressHint');
    },
    get line1() {
      return translate('sales.panel.line1');
    },
    get line2() {
      return translate('sales.panel.line2');
    },
    get postalCode() {
      return translate('sales.panel.postalCode');
    },
    get city() {
      return translate('sales.panel.city');
    },
    get addressCountry() {
      return translate('sales.panel.addressCountry');
    },
    get consentOrder() {
      return translate('sales.panel.consentOrder');
    },
    get consentMarketing() {
      return translate('sales.panel.consentMarketing');
    },
    get saveCustomer() {
      return translate('sales.panel.saveCustomer');
    },
    get customerSaved() {
      return translate('sales.panel.customerSaved');
    },
    fixErrors: (n: number) => translate('sales.panel.fixErrors', { count: n }),
    get discount() {
      return translate('sales.panel.discount');
    },
    guardrails: (free: number, manager: number) => translate('sales.panel.guardrails', { free, manager }),
    get target() {
      return translate('sales.panel.target');
    },
    get wholeOrder() {
      return translate('sales.panel.wholeOrder');
    },
    get percent() {
      return translate('sales.panel.percent');
    },
    get reason() {
      return translate('sales.panel.reason');
    },
    get managerCode() {
      return translate('sales.panel.managerCode');
    },
    get applyDiscount() {
      return translate('sales.panel.applyDiscount');
    },
    discountApplied: (percent: number, target: string) => translate('sales.panel.discountApplied', { percent, target }),
    get needsManager() {
      return translate('sales.panel.needsManager');
    },
    get wrongManagerCode() {
      return translate('sales.panel.wrongManagerCode');
    },
    get needsReason() {
      return translate('sales.panel.needsReason');
    },
    /** The audit trail's reason when staff remove a discount. */
    get removedReason() {
      return translate('sales.panel.removedReason');
    },
    validityRange: (from: string, to: string) => translate('sales.panel.validityRange', { from, to }),
    get removeDiscount() {
      return translate('sales.panel.removeDiscount');
    },
    get given() {
      return translate('sales.panel.given');
    },
    get quote() {
      return translate('sales.panel.quote');
    },
    get quoteNumber() {
      return translate('sales.panel.quoteNumber');
    },
    get quoteNumberHint() {
      return translate('sales.panel.quoteNumberHint');
    },
    get validUntil() {
      return translate('sales.panel.validUntil');
    },
    get notes() {
      return translate('sales.panel.notes');
    },
    get notesHint() {
      return translate('sales.panel.notesHint');
    },
    get audit() {
      return translate('sales.panel.audit');
    },
    get noAudit() {
      return translate('sales.panel.noAudit');
    },
    get prepare() {
      return translate('sales.panel.prepare');
    },
    get preparing() {
      return translate('sales.panel.preparing');
    },
    get cannotPrepare() {
      return translate('sales.panel.cannotPrepare');
    },
  },
  document: {
    title: (number: string) => translate('sales.document.title', { number }),
    get shop() {
      return translate('sales.document.shop');
    },
    get date() {
      return translate('sales.document.date');
    },
    get validUntil() {
      return translate('sales.document.validUntil');
    },
    get preparedBy() {
      return translate('sales.document.preparedBy');
    },
    get customer() {
      return translate('sales.document.customer');
    },
    get product() {
      return translate('sales.document.product');
    },
    get price() {
      return translate('sales.document.price');
    },
    get delivery() {
      return translate('sales.document.delivery');
    },
    shipsBy: (days: number, date: string) => translate('sales.document.shipsBy', { count: days, date }),
    deliveryWindow: (from: string, to: string) => translate('sales.document.deliveryWindow', { from, to }),
    get notes() {
      return translate('sales.document.notes');
    },
    get requests() {
      return translate('sales.document.requests');
    },
    get terms() {
      return translate('sales.document.terms');
    },
    termsText: (until: string) => translate('sales.document.termsText', { until }),
    get audit() {
      return translate('sales.document.audit');
    },
    get print() {
      return translate('sales.document.print');
    },
    get save() {
      return translate('sales.document.save');
    },
    saved: (number: string, onServer: boolean) => translate(onServer ? 'sales.document.savedOnServer' : 'sales.document.savedLocally', { number }),
    get resumeLink() {
      return translate('sales.document.resumeLink');
    },
    get download() {
      return translate('sales.document.download');
    },
    get newQuote() {
      return translate('sales.document.newQuote');
    },
    get pictureSlot() {
      return translate('sales.document.pictureSlot');
    },
  },
};
