import type { CameraPreset } from '../../app/view-store.ts';
import type { DimensionUnit } from '../../domain/dimension-annotations.ts';
import { translate } from '../i18n/i18n.ts';

/**
 * Every text the preview, its controls and the product picture show (one place). Each is read
 * from the message tables (src/ui/i18n) in the current language when it is rendered.
 */
export const PREVIEW_TEXT = {
  get figure() {
    return translate('preview.figure');
  },
  get loading() {
    return translate('preview.loading');
  },
  get noWebGL() {
    return translate('preview.noWebGL');
  },
  get failed() {
    return translate('preview.failed');
  },
  get paused() {
    return translate('preview.paused');
  },
  get controls() {
    return translate('preview.controls');
  },
  get views() {
    return translate('preview.views');
  },
  view: {
    get front() {
      return translate('preview.view.front');
    },
    get side() {
      return translate('preview.view.side');
    },
    get top() {
      return translate('preview.view.top');
    },
    get 'three-quarter'() {
      return translate('preview.view.threeQuarter');
    },
  } satisfies Record<CameraPreset, string>,
  get resetView() {
    return translate('preview.resetView');
  },
  get dimensions() {
    return translate('preview.dimensions');
  },
  get units() {
    return translate('preview.units');
  },
  unit: { cm: 'cm', in: 'in' } satisfies Record<DimensionUnit, string>,
  dimensionsSummary: (labels: readonly string[]) => translate('preview.dimensionsSummary', { labels: labels.join(', ') }),
  picture: {
    get title() {
      return translate('preview.picture.title');
    },
    get making() {
      return translate('preview.picture.making');
    },
    get failed() {
      return translate('preview.picture.failed');
    },
    get download() {
      return translate('preview.picture.download');
    },
    fileName: (productId: string) => `${productId}-picture.png`,
  },
};
