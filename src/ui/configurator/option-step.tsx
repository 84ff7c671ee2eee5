import type { OptionGroup } from '../../domain/catalog-schema.ts';
import { MultiOptions, SingleOptions } from './choice-options.tsx';
import { NumberOption } from './number-option.tsx';
import { TextOption } from './text-option.tsx';

export function OptionStep({ group }: { group: OptionGroup }) {
  switch (group.kind) {
    case 'single':
      return <SingleOptions group={group} />;
    case 'multi':
      return <MultiOptions group={group} />;
    case 'number':
      return <NumberOption group={group} />;
    case 'text':
      return <TextOption group={group} />;
  }
}
