import AxeBuilder from '@axe-core/playwright';

/** Which of axe's rules one test runs, and how its title names them. */
export type AxeChecks = [name: string, only: (axe: AxeBuilder) => AxeBuilder];

/** Every rule in one run. */
export const AXE_WHOLE: AxeChecks[] = [['axe', (axe) => axe]];

/** Every rule in two runs, for a page as long as the overview (all 47 cards): colour
 *  contrast, the slowest rule, and the others, each in its own test so that neither nears
 *  its time limit on a busy machine. */
export const AXE_HALVES: AxeChecks[] = [
  ["axe's contrast check", (axe) => axe.withRules(['color-contrast'])],
  ["axe's other checks", (axe) => axe.disableRules(['color-contrast'])],
];
